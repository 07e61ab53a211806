package org.gazette.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.model.Cancel;
import org.gazette.model.DocNumber;
import org.gazette.text.DocNumbers;
import org.gazette.text.Patterns;
import org.gazette.text.Words;

/**
 * Takes apart a whole document flattened onto one line, as saved web pages and crawler dumps give
 * it: {@code 当前位置：首页… 岚综管综〔2015〕177号平潭…关于…的批复区土地储备中心：你中心…悉。现批复如下：一、… 平潭综合实验区管委会2015年9月6日 来源：…}. The
 * pieces keep the line's number; each becomes a block of its own. Split points are the 公文's own
 * seams: spaces, sentence ends, a 字号, the colon after 主送 or 如下, a title followed by its 主送 or its
 * first sentence, a signature with its date, a 附注.
 */
final class Unflattener {
  /** Shorter lines are paragraphs, however much they hold. */
  private static final int MIN_FLATTENED = 150;

  /** An Arabic-numeral date as pages print it: {@code 2023年3月15日}. */
  private static final String DATE = "(?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日";

  /** A remark after a signing organ: {@code （平潭综合实验区农业农村局代章）}. */
  private static final String REMARK = "(?:[（(][^（）()]{1,30}[）)])?";

  /** A signature glued to its date: {@code 平潭综合实验区管委会2015年9月6日}; groups: organ, date. */
  private static final Pattern SIGNED =
      Pattern.compile(
          "^(?<org>\\p{IsHan}{2,30}?"
              + Patterns.ORG_SUFFIX
              + REMARK
              + ")(?<date>"
              + DATE
              + ")(?<rest>.*)$");

  /** A title's last word followed by what is not title: {@code …的批复}区土地储备中心：. */
  private static final Pattern KIND_END =
      Pattern.compile("(" + Words.CORE_KINDS + "|" + Words.ISSUED_KINDS + ")");

  /** A date anywhere: what {@link #SIGNED_IN_TAIL} needs, found first at less cost. */
  private static final Pattern DATE_IN = Pattern.compile(DATE);

  /** A signature with its date near the end of a flattened page. */
  private static final Pattern SIGNED_IN_TAIL =
      Pattern.compile("[。！\\s]\\p{IsHan}{0,10}?\\p{IsHan}{2,30}?" + Patterns.ORG_SUFFIX + DATE);

  /**
   * A date standing first in a piece of a flattened page: {@code 2023年3月15日}, perhaps glued to
   * more.
   */
  private static final Pattern DATE_FIRST = Pattern.compile("^" + DATE);

  /** A signing organ standing alone, perhaps with a remark: {@code 某某局（某某局代章）}. */
  private static final Pattern ORG_PIECE =
      Pattern.compile("^\\p{IsHan}{2,30}?" + Patterns.ORG_SUFFIX + REMARK + "$");

  /** Longest piece tested as a signing organ. */
  private static final int MAX_ORG_PIECE = 60;

  /** A date glued to what follows it on a flattened page: its 附注, attachments or source line. */
  private static final Pattern DATE_THEN_TAIL =
      Pattern.compile("^(" + DATE + ")((?:[（(]此件|附件|抄送|来源).*)$");

  /** Text a 字号 of a flattened page has after it, at least (its title and body). */
  private static final int AFTER_NUMBER = 100;

  /** How far from the end of the line a signature is looked for. */
  private static final int TAIL = 200;

  static final Pattern SPACES = Pattern.compile("[ \\t\\u3000\\u00a0]+");

  private Unflattener() {}

  /**
   * True when {@code text} is a flattened document: long, and carrying a 字号 or a signature with its
   * date, which never share a line with running text in a laid-out 公文.
   */
  static boolean flattened(String text) {
    if (text.length() < MIN_FLATTENED) {
      return false;
    }
    int seen = 0;
    for (String token : SPACES.split(text)) {
      Cancel.check();
      DocNumber dn = DocNumbers.find(token);
      int at = dn == null ? -1 : token.indexOf(dn.raw());
      if (at >= 0 && standsAlone(token, at, dn) && text.length() - seen - at > AFTER_NUMBER) {
        return seen + at > 0;
      }
      seen += token.length() + 1;
    }
    String tail = SPACES.matcher(text.substring(Math.max(0, text.length() - TAIL))).replaceAll("");
    if (DATE_IN.matcher(tail).find() && SIGNED_IN_TAIL.matcher(tail).find()) {
      return true;
    }
    // A title and its 主送 on one line (…的通知县直各有关单位：, or apart by a space) never share a
    // line in laid-out text.
    String[] tokens = SPACES.split(text);
    for (int i = 0; i < tokens.length; i++) {
      int colon = tokens[i].indexOf('：');
      if (colon > 0 && titleEnd(tokens[i].substring(0, colon + 1)) > 0) {
        return true;
      }
      String head = colon > 0 ? tokens[i].substring(0, colon + 1) : tokens[i];
      if (i > 0 && Patterns.isRecipients(head) && Patterns.endsLikeTitle(tokens[i - 1])) {
        return true;
      }
    }
    // A signature and its date standing between sentences (a 印发 notice before the text it
    // encloses): 。 某某局 2023年3月15日 抄送：…
    return signedBetween(tokens);
  }

  /**
   * A signature standing apart by spaces from what precedes it: an organ (or the last of several,
   * for joint documents), perhaps with a remark ({@code （某某局代章）}), with its date glued to it or in
   * the next piece.
   */
  private static boolean signedBetween(String[] tokens) {
    for (int i = 1; i < tokens.length; i++) {
      String t = tokens[i];
      if (SIGNED.matcher(t).lookingAt()) {
        return true;
      }
      if (i + 1 < tokens.length
          && t.length() <= MAX_ORG_PIECE
          && ORG_PIECE.matcher(t).matches()
          && DATE_FIRST.matcher(tokens[i + 1]).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** The pieces of a flattened line, in order, none empty. */
  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    for (String s : SPACES.split(FlatHeadings.apart(text.strip()))) {
      Cancel.check();
      for (String sentence : afterEach(s, "。！？")) {
        splitSentence(sentence, out);
      }
    }
    out.removeIf(String::isBlank);
    return out;
  }

  private static void splitSentence(String s, List<String> out) {
    int heading = FlatHeadings.end(s);
    if (heading > 0) {
      out.add(s.substring(0, heading));
      splitSentence(s.substring(heading), out);
      return;
    }
    Matcher signed = SIGNED.matcher(s);
    if (signed.matches()) {
      out.add(signed.group("org"));
      out.add(signed.group("date"));
      splitSentence(signed.group("rest"), out);
      return;
    }
    Matcher dated = DATE_THEN_TAIL.matcher(s);
    if (dated.matches()) {
      out.add(dated.group(1));
      splitSentence(dated.group(2), out);
      return;
    }
    int close = s.indexOf('）');
    if ((s.startsWith("（此件") || s.startsWith("(此件")) && close > 0 && close < s.length() - 1) {
      out.add(s.substring(0, close + 1));
      splitSentence(s.substring(close + 1), out);
      return;
    }
    int note = s.indexOf("（此件");
    if (note > 0) {
      splitSentence(s.substring(0, note), out);
      splitSentence(s.substring(note), out);
      return;
    }
    DocNumber dn = DocNumbers.find(s);
    int at = dn == null ? -1 : s.indexOf(dn.raw());
    if (at >= 0 && standsAlone(s, at, dn) && (at > 0 || dn.raw().length() < s.length())) {
      add(s.substring(0, at), out);
      out.add(dn.raw());
      splitSentence(s.substring(at + dn.raw().length()), out);
      return;
    }
    int colon = s.indexOf('：');
    if (colon > 0 && colon < s.length() - 1) {
      String head = s.substring(0, colon + 1);
      if (Patterns.isRecipients(head) || head.endsWith("如下：")) {
        splitTitle(head, out);
        splitSentence(s.substring(colon + 1), out);
        return;
      }
    }
    splitTitle(s, out);
  }

  /**
   * A 关于 title glued to its 主送 ({@code …的批复区土地储备中心：}) or to its first sentence ({@code
   * …的工作方案为全面贯彻落实…}): split after the title's last word.
   */
  private static void splitTitle(String s, List<String> out) {
    int cut = titleEnd(s);
    if (cut > 0) {
      out.add(s.substring(0, cut));
      out.add(s.substring(cut));
      return;
    }
    add(s, out);
  }

  /**
   * Where a 关于 title glued to its 主送 or first sentence ends: after the last title word whose rest
   * reads as 主送 or as a body opener ({@code …的工作方案的通知|区直各单位…：}); -1 when there is none.
   */
  private static int titleEnd(String s) {
    int about = s.indexOf("关于");
    if (about < 0) {
      return -1;
    }
    int cut = -1;
    Matcher k = KIND_END.matcher(s);
    while (k.find()) {
      String rest = s.substring(k.end());
      if (k.start() > about
          && !rest.isEmpty()
          && !rest.startsWith("的")
          && (Patterns.isRecipients(rest) || Patterns.BODY_OPENER.matcher(rest).matches())) {
        cut = k.end();
      }
    }
    return cut;
  }

  /** Words before a 字号 cited in running text: {@code 根据中央〔1978〕55号文件}. */
  private static final Pattern CITED_AFTER =
      Pattern.compile(".*(根据|按照|依据|依照|参照|遵照|执行|贯彻|落实|和|及|与|、)$");

  /**
   * Words after a 字号 cited in running text: {@code …55号文件精神}, {@code …6号的规定}, and a reply's opening
   * {@code 4月10日某发〔1981〕41号请示报告收悉}.
   */
  private static final Pattern CITED_BEFORE =
      Pattern.compile("^(文|的|精神|规定|要求|等|和|及|、|请示|报告|函|通知|来函|收悉|悉).*");

  /**
   * A 字号 standing in the text ({@code dn} at {@code at}), not cited: in brackets ({@code
   * （岚党群通〔2017〕136号）}) or in running text ({@code 根据中央〔1978〕55号文件关于…}).
   */
  private static boolean standsAlone(String s, int at, DocNumber dn) {
    if (at > 0 && "（(《".indexOf(s.charAt(at - 1)) >= 0) {
      return false;
    }
    String before = s.substring(Math.max(0, at - 2), at);
    String after = s.substring(Math.min(s.length(), at + dn.raw().length()));
    return !CITED_AFTER.matcher(before).matches() && !CITED_BEFORE.matcher(after).matches();
  }

  private static List<String> afterEach(String s, String ends) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      if (ends.indexOf(s.charAt(i)) >= 0) {
        out.add(s.substring(from, i + 1));
        from = i + 1;
      }
    }
    out.add(s.substring(from));
    return out;
  }

  private static void add(String s, List<String> out) {
    if (!s.isBlank()) {
      out.add(s);
    }
  }
}
