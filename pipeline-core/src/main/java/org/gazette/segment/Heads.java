package org.gazette.segment;

import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.layout.Block;
import org.gazette.model.DocNumber;
import org.gazette.text.DocNumbers;
import org.gazette.text.IssuePatterns;
import org.gazette.text.Orders;
import org.gazette.text.Patterns;
import org.gazette.text.Titles;

/** The document heads found so far, by first block: where a new one may go. */
final class Heads {
  private Heads() {}

  /**
   * True when {@code h} shares a block with a head of {@code heads}. The heads of the map never
   * overlap (each is added only after this check), so only its neighbours by first block can.
   */
  static boolean overlaps(TreeMap<Integer, Head> heads, Head h) {
    var below = heads.floorEntry(h.first());
    var above = heads.ceilingEntry(h.first());
    return (below != null && below.getValue().after() > h.first())
        || (above != null && above.getKey() < h.after());
  }

  /** True when block {@code i} belongs to a head of {@code heads} (which never overlap). */
  static boolean inside(TreeMap<Integer, Head> heads, int i) {
    var below = heads.floorEntry(i);
    return below != null && i < below.getValue().after();
  }

  /**
   * True when the document before {@code i} is a 印发 notice whose title names {@code title} ({@code
   * 关于印发《关于加快…的实施意见》的通知} encloses {@code 关于加快…的实施意见}): then the title after its signature is the
   * enclosed document, not a new one.
   */
  static boolean enclosedByPrevious(
      List<Block> blocks, TreeMap<Integer, Head> heads, int i, String title) {
    java.util.Map.Entry<Integer, Head> prev = heads.lowerEntry(i);
    if (prev == null) {
      return false;
    }
    Head p = prev.getValue();
    String prevTitle = Titles.loose(Segmenter.joinFold(blocks, p.titleFrom(), p.titleTo()));
    String own = Patterns.PREFIX_BEFORE_ABOUT.matcher(Titles.loose(title)).replaceFirst("");
    if (own.length() >= 6 && Orders.ORDER_WITH_NUMBER.matcher(prevTitle).matches()) {
      return promulgates(blocks, p.after(), i, own);
    }
    return names(prevTitle, title) || HandedOver.byName(blocks, p.after(), i, title);
  }

  /**
   * True when {@code enclosing} (loose) is a 印发/批转 title naming {@code title}: {@code
   * 关于印发《关于加快…的实施意见》的通知} names {@code 关于加快…的实施意见}.
   */
  static boolean names(String enclosing, String title) {
    String own = Patterns.PREFIX_BEFORE_ABOUT.matcher(Titles.loose(title)).replaceFirst("");
    return own.length() >= 6
        && Patterns.ENCLOSING.matcher(enclosing).matches()
        && (enclosing.contains(own) || Titles.nearlyIn(own, enclosing));
  }

  /** Blocks a 公告's own title under its number may be wrapped over. */
  private static final int NOTICE_TITLE_BLOCKS = 3;

  /**
   * The head of an order, or of a 公告 printed like one, at block {@code i}; null when there is none:
   * {@code 山西省人民政府令 / 第305号}; a bare 公告 under its issuer's line ({@code 某某省人大常委会 / 公告 / （十四届第3号）});
   * a 公告 with its own title under its number ({@code 市场监管总局公告 / 2023年第5号 / 关于…的公告}); heading and
   * number on one line, the rules' title perhaps above ({@code 医疗用毒性药品管理办法 / 国务院令第23号}), or the
   * rules' title over its order in brackets ({@code …考试办法 / （卫生部令第52号）}); a numbered 公告 with its
   * title in brackets.
   */
  static Head order(List<Block> blocks, int i, TreeMap<Integer, Head> heads) {
    String f = blocks.get(i).folded();
    if (numberThenTitle(f)) {
      return new Head(i, -1, i, i, i, i + 1);
    }
    if (Orders.ORDER.matcher(f).matches()
        && i + 1 < blocks.size()
        && Orders.ORDER_NUMBER.matcher(blocks.get(i + 1).folded()).matches()) {
      int issuer =
          f.equals("公告") && i > 0 && Patterns.isOrgLine(blocks.get(i - 1).folded()) ? i - 1 : -1;
      int first = issuer >= 0 ? issuer : i;
      int title = f.endsWith("公告") ? noticeTitle(blocks, i + 2) : -1;
      return title >= 0
          ? new Head(first, issuer, i + 2, title, i + 1, title + 1)
          : new Head(first, issuer, i, i + 1, -1, i + 2);
    }
    if (Orders.ORDER_WITH_NUMBER.matcher(f).matches()) {
      int top = i > 0 && rulesTitle(blocks, i - 1, heads) ? i - 1 : i;
      return new Head(top, -1, top, i, -1, i + 1); // 重庆市人民政府令第361号 on one line
    }
    if (i + 1 < blocks.size() && rulesTitle(blocks, i, heads)) {
      String next = blocks.get(i + 1).folded();
      String bare = Orders.unbracketed(next);
      if (!bare.equals(next) && Orders.ORDER_WITH_NUMBER.matcher(bare).matches()) {
        return new Head(i, -1, i, i + 1, -1, i + 2); // 某某考试办法 / （卫生部令第52号）
      }
    }
    return null;
  }

  /**
   * A 公告 numbered within its year, its own title in brackets after it: {@code
   * 海关总署公告2023年第15号（关于…的公告）}.
   */
  private static boolean numberThenTitle(String f) {
    DocNumber n = DocNumbers.find(f);
    if (n == null || n.form() != DocNumber.Form.YEAR_NUMBERED || !f.startsWith(n.raw())) {
      return false;
    }
    Matcher title = Patterns.BRACKETED.matcher(f.substring(n.raw().length()));
    return title.matches() && title.group(1).length() >= NOTICE_TITLE_MIN;
  }

  /** Shortest title a numbered 公告 carries in brackets. */
  private static final int NOTICE_TITLE_MIN = 4;

  /** The last block of a 公告's own title ({@code 关于…的公告}) starting at {@code from}, or -1. */
  private static int noticeTitle(List<Block> blocks, int from) {
    StringBuilder t = new StringBuilder();
    for (int k = from; k < Math.min(blocks.size(), from + NOTICE_TITLE_BLOCKS); k++) {
      if (!blocks.get(k).titleLike()) {
        return -1;
      }
      t.append(blocks.get(k).folded());
      if (t.toString().endsWith("公告") && Patterns.isCompleteTitle(t.toString())) {
        return k;
      }
    }
    return -1;
  }

  /** Blocks an order's promulgation sentence may take before the rules it publishes. */
  private static final int ORDER_BODY_BLOCKS = 8;

  /**
   * True when an order's body between {@code from} and {@code to} quotes {@code title} (loose,
   * without the issuer) as what it publishes: {@code 《重庆市…的决定》已经…通过，现予公布}.
   */
  private static boolean promulgates(List<Block> blocks, int from, int to, String title) {
    for (int k = from; k < Math.min(to, from + ORDER_BODY_BLOCKS); k++) {
      String f = Titles.loose(blocks.get(k).folded());
      if (f.contains("公布") && (f.contains(title) || Titles.nearlyIn(title, f))) {
        return true;
      }
    }
    return false;
  }

  /** Shortest line taken for the title of a document before the first head found. */
  private static final int MIN_LEADING_TITLE = 6;

  /**
   * A title of any wording right above a 主送 line, before the first head found and with one after
   * it: the text there is a document of its own (a reprint's {@code …平反的文件} before a judgment),
   * which would otherwise be taken for front matter.
   */
  static boolean leadsFrontText(List<Block> blocks, int i, TreeMap<Integer, Head> heads, String f) {
    return heads.lowerEntry(i) == null
        && heads.higherEntry(i + 1) != null
        && i + 1 < blocks.size()
        && f.length() >= MIN_LEADING_TITLE
        && !Patterns.TERMINAL.matcher(f).matches()
        && Patterns.isRecipients(blocks.get(i + 1).folded());
  }

  /** How far below a web page's title its article's own title is looked for. */
  private static final int ARTICLE_REACH = 12;

  /**
   * The head of a saved web page's document: the page's title ({@code <title>}, with the site's
   * name beside it) comes first, the breadcrumb and the page's fields follow, and then the
   * article's own title. When the same complete title is printed again below the first head (the
   * most of it: not a breadcrumb's last word), with no sentence in between, the document starts
   * there and what is above is the page's front matter: the first of {@code heads} moves there, or
   * gives way to the next head when that is where it starts.
   */
  static void articleTitle(List<Block> blocks, List<Head> heads) {
    heads.replaceAll(h -> PageTitles.printedTwice(blocks, h));
    Head h = heads.get(0);
    if (h.titleFrom() < 0 || h.number() >= 0) {
      return;
    }
    String title = "";
    for (int k = h.titleFrom(); k <= h.titleTo(); k++) {
      title += blocks.get(k).folded();
    }
    int limit = Math.min(blocks.size(), h.after() + ARTICLE_REACH);
    for (int k = h.after(); k < limit; k++) {
      String f = blocks.get(k).folded();
      if (f.contains("。")) {
        return;
      }
      if (f.length() * 5 >= title.length() * 3
          && title.contains(f)
          && blocks.get(k).titleLike()
          && Patterns.isCompleteTitle(f)) {
        if (heads.size() > 1 && heads.get(1).titleFrom() == k) {
          heads.remove(0);
        } else if (heads.size() == 1 || heads.get(1).first() > k) {
          heads.set(0, new Head(k, -1, k, k, -1, k + 1));
        }
        return;
      }
    }
  }

  /** Longest title of rules printed above the order that promulgates them. */
  private static final int RULES_TITLE_CHARS = 40;

  /**
   * True when block {@code k} is the complete title of rules printed right above their order
   * ({@code 医疗用毒性药品管理办法} / {@code 国务院令第23号}), not yet part of another head.
   */
  static boolean rulesTitle(List<Block> blocks, int k, TreeMap<Integer, Head> heads) {
    String f = blocks.get(k).folded();
    return blocks.get(k).titleLike()
        && f.length() <= RULES_TITLE_CHARS
        && !f.contains("。")
        && !f.contains("关于")
        && Patterns.isCompleteTitle(f)
        && !heads.containsKey(k)
        && !inside(heads, k);
  }

  /** Block {@code i} is the value under a 字号 field's bare name ({@code 文号:}): metadata, no head. */
  static boolean numberFieldValue(List<Block> blocks, int i) {
    return i > 0
        && IssuePatterns.PAGE_NUMBER_FIELD_NAME.matcher(blocks.get(i - 1).folded()).matches();
  }

  /** An ornament on a line of its own: {@code ★}, {@code ◆◆◆}, {@code ——★——}. */
  private static final Pattern ORNAMENT = Pattern.compile("^[★☆◆◇●○▲△■□※＊*—–\\-─━·]{1,20}$");

  /** A 字号 printed above its title (版头 style): title blocks below it, then 主送 or body. */
  static Head below(List<Block> blocks, int n) {
    int first =
        n > 0 && Patterns.MASTHEAD.matcher(blocks.get(n - 1).folded()).matches() ? n - 1 : n;
    // a 文件 masthead names the issuer; a letterhead (某某部用笺) is only the paper it is printed on
    int issuer = first < n && !blocks.get(first).folded().endsWith("用笺") ? first : -1;
    int j = n + 1;
    while (j < blocks.size() && ORNAMENT.matcher(blocks.get(j).folded()).matches()) {
      j++; // the star set in the red rule under the 字号
    }
    while (j < blocks.size()
        && j - n <= Segmenter.MAX_ISSUER_LINES
        && Patterns.isOrgName(blocks.get(j).folded())) {
      issuer = issuer < 0 ? j : issuer; // joint issuers under the 字号, over the title
      j++;
    }
    int title = j;
    while (j < blocks.size()
        && j - title < Segmenter.MAX_TITLE_BLOCKS
        && blocks.get(j).titleLike()) {
      if (Patterns.isCompleteTitle(Segmenter.joinFold(blocks, title, j))) {
        return new Head(first, issuer, title, j, n, j + 1);
      }
      j++;
    }
    return null;
  }
}
