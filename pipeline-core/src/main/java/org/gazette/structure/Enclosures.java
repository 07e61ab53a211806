package org.gazette.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.layout.Block;
import org.gazette.text.Dates;
import org.gazette.text.Label;
import org.gazette.text.Patterns;
import org.gazette.text.Titles;
import org.gazette.text.WebPages;

/** A 印发/批转/转发 notice and the document it encloses: whether it does, and where that title ends. */
final class Enclosures {
  private Enclosures() {}

  /** Blocks an enclosed title may take: an issuer's line and a title wrapped over three. */
  private static final int MAX_TITLE_BLOCKS = 4;

  /**
   * The 版记's line saying how the notice is made public ({@code 公开方式：主动公开}, {@code 信息公开选项：依申请公开}),
   * printed between the signature and the enclosed title: no title.
   */
  static final Pattern DISCLOSURE = Pattern.compile("^(信息|政府信息)?公开(方式|属性|选项|类型)[:：].{0,12}$");

  /** Longest second or third line of an enclosed title. */
  private static final int CONTINUATION_CHARS = 24;

  /**
   * A 印发/转发 notice: so says its title, or, where the title is not its own (a web page's), its first
   * paragraph ({@code 现将《…》印发给你们}).
   */
  static boolean encloses(String title, DocBlocks d) {
    if (Patterns.ENCLOSING.matcher(title).matches()) {
      return true;
    }
    List<Block> body = d.unused(d.pos, d.end);
    return !body.isEmpty() && Patterns.ENCLOSING_SENTENCE.matcher(body.get(0).folded()).matches();
  }

  /**
   * True when the title printed right under a signed cover ({@code coverEnd}) is named whole in the
   * cover's text ({@code 华主席、党中央批准某部关于…的请示报告。} / signature / {@code 某部关于…的请示报告}): the cover hands
   * it over, whatever its own title says. A 附件 label in between makes it an attachment.
   */
  static boolean namedBelow(DocBlocks d, int coverEnd) {
    int k = coverEnd + 1;
    while (k < d.end && d.used.contains(k)) {
      k++;
    }
    if (k >= d.end || !d.at(k).titleLike()) {
      return false;
    }
    String named = looseTitle(d, k);
    if (!named.contains("关于") || !Patterns.isCompleteTitle(named)) {
      return false;
    }
    // named whole, or from after its 关于 when that says enough (同意某专案组对某某的审查报告 / 关于某某的审查报告;
    // 你院《关于…的请示》收悉 / 某院关于…的请示)
    String own = named.substring(named.indexOf("关于") + 2);
    String mention = named.contains("关于") && own.length() >= MIN_OWN_NAME ? own : named;
    for (int j = d.pos; j < k; j++) {
      if (!d.used.contains(j) && Titles.loose(d.at(j).folded()).contains(mention)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the text after the cover ending at block {@code coverEnd} is a document the cover
   * hands over: the title says so ({@link #encloses}) or the cover names it ({@link #namedBelow}).
   */
  static boolean handsOver(String title, DocBlocks d, int coverEnd) {
    return encloses(title, d) || namedBelow(d, coverEnd);
  }

  /**
   * The bare {@code 附：} over a document the text names ({@code 你院《关于…的请示》收悉} / {@code 附：} / {@code
   * 某院关于…的请示}), or -1: a reply printed with the request it answers encloses it.
   */
  static int answered(DocBlocks d) {
    int k = marker(d);
    return k >= 0 && namedBelow(d, k) ? k : -1;
  }

  /** Fewest characters after its 关于 by which the cover may name the title under it. */
  private static final int MIN_OWN_NAME = 10;

  /**
   * End (exclusive) of the enclosed title starting at {@code k}: its first block, then short
   * continuation lines ({@code 实 施 方 案}) until the title reads complete, then its edition on a line
   * of its own ({@code （修订）}).
   */
  static int titleEnd(DocBlocks d, int k) {
    int t = k;
    String title = "";
    while (t < d.end && t - k < MAX_TITLE_BLOCKS && !d.used.contains(t)) {
      String f = d.at(t).folded();
      if (t > k && Patterns.EDITION.matcher(f).matches()) {
        return t + 1; // the title's edition on a line of its own ends it: （修订）
      }
      if (!d.at(t).titleLike() || Label.parse(d.at(t).firstRaw(), true) != null) {
        break;
      }
      // A continuation line set apart like the title (PDF layout) may be long; plain text may not.
      boolean shown =
          Boolean.TRUE.equals(d.at(t).display()) && Boolean.TRUE.equals(d.at(k).display());
      if (t > k
          && ((f.length() > CONTINUATION_CHARS && !shown)
              || Patterns.BODY_OPENER.matcher(f).matches()
              || Patterns.isCompleteTitle(title))) {
        break;
      }
      title += f;
      t++;
    }
    return t;
  }

  /** The enclosing verb of a notice's title, with what it hands over after it. */
  private static final Pattern HANDS_OVER =
      Pattern.compile("(?:批转|转发|印发|关于批准)(.+?)(?:的(?:通知|批示|批复|决定|决议))?$");

  /** Shortest name of a handed-over document looked for (广东省经济特区条例). */
  private static final int MIN_NAMED = 6;

  /** A document's name in 《》 in running text. */
  private static final Pattern QUOTED = Pattern.compile("《([^《》]{6,80})》");

  /** Opening characters an enclosed title must share with the document the notice's title names. */
  private static final int ECHO_PREFIX = 12;

  /**
   * The block where the document named in an unsigned notice's {@code title} is printed under it,
   * or -1: {@code 中央批转中央统战部关于…的请示} / 批示 / {@code 中央统战部关于…的请示}. From their 关于 on ({@link
   * Titles#loose}), the enclosed title reads as the named document's, or as the notice's own title,
   * or opens like one of them (at least {@value #ECHO_PREFIX} characters) and reads complete, as
   * when a title folds the document's kind into its own ({@code 转发某委关于…意见的通知} / {@code 某委关于…的意见};
   * {@code 某厅关于贯彻执行…的通知} / {@code 关于贯彻执行…的意见}).
   */
  static int echo(String title, DocBlocks d) {
    String loose = Titles.loose(title);
    Matcher m = HANDS_OVER.matcher(loose);
    List<String> named = new ArrayList<>();
    if (m.find()) {
      named.add(withoutIssuer(m.group(1))); // 转发某省委《关于…的请示报告》的通知
    }
    if (loose.contains("关于")) {
      named.add(loose.substring(loose.indexOf("关于"))); // 某厅关于贯彻执行…的通知 / 关于贯彻执行…的意见
    }
    List<Block> body = d.unused(d.pos, d.end);
    if (!body.isEmpty() && Patterns.ENCLOSING_SENTENCE.matcher(body.get(0).folded()).matches()) {
      Matcher q = QUOTED.matcher(body.get(0).folded()); // 省委同意某小组《关于…的报告》，现发给你们
      while (q.find()) {
        named.add(withoutIssuer(Titles.loose(q.group(1))));
      }
    }
    named.removeIf(n -> n.length() < MIN_NAMED); // shorter than ECHO_PREFIX: matched whole only
    for (int k = d.pos + 1; k < d.end && !named.isEmpty(); k++) {
      if (d.used.contains(k) || !d.at(k).titleLike() || Dates.tail(d.text(k)) != null) {
        continue; // a signature's date line starts no title
      }
      String whole = looseTitle(d, k);
      if (!loose.startsWith("关于") && whole.contains(loose)) {
        continue; // the notice's own title, hand-over verb and all, named again (摘由　中共中央批发…)
      }
      String printed = withoutIssuer(whole);
      for (String n : named) {
        if (printed.equals(n)
            || printed.startsWith("关于")
                && Patterns.isCompleteTitle(printed)
                && commonPrefix(printed, n) >= ECHO_PREFIX) {
          return k;
        }
      }
    }
    return -1;
  }

  /** The title starting at block {@code k}, its lines joined ({@link Titles#loose}). */
  private static String looseTitle(DocBlocks d, int k) {
    StringBuilder sb = new StringBuilder();
    for (int t = k, end = titleEnd(d, k); t < end; t++) {
      sb.append(d.at(t).folded());
    }
    return Titles.loose(sb.toString());
  }

  /** A title from its 关于, without the issuer before it. */
  private static String withoutIssuer(String loose) {
    return Patterns.PREFIX_BEFORE_ABOUT.matcher(loose).replaceFirst("");
  }

  private static int commonPrefix(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return n;
  }

  /**
   * The bare {@code 附：} (or {@code 附件}) line of an unsigned 批转/印发 notice, right above the title of
   * the document it encloses, or -1: the cover notice ends there.
   */
  static int marker(DocBlocks d) {
    for (int k = d.pos; k + 1 < d.end; k++) {
      if (Patterns.ATTACHMENT_BARE.matcher(d.at(k).folded()).matches()
          && d.at(k + 1).titleLike()
          && !WebPages.isLinkedFile(d.at(k + 1).folded())) { // a page's link lists a file
        return k;
      }
    }
    return -1;
  }
}
