package org.gazette.layout;

import org.gazette.text.Cjk;
import org.gazette.text.Dates;
import org.gazette.text.DocNumbers;
import org.gazette.text.IssuePatterns;
import org.gazette.text.Label;
import org.gazette.text.Orders;
import org.gazette.text.Patterns;
import org.gazette.text.WebPages;

/**
 * Lines that start or end an element of a 公文 whatever their neighbours: the reflow never joins
 * across them.
 */
final class LineKinds {
  /** Longest title of a {@code 1 总则} heading taken as a line start. */
  private static final int DEC1_TITLE = 16;

  private LineKinds() {}

  /** Lines that begin a new element whatever precedes them. */
  static boolean startsStructure(String rawLine, String f) {
    String raw = rawLine.strip();
    // each pattern runs only where the characters it needs are there (most lines are body text)
    return hardStart(raw)
        || hardStart(f)
        || pageControl(f)
        || isLabel(raw)
        || DocNumbers.whole(f) != null
        || Dates.onlyDateIso(f) != null
        || (bracketed(f)
            && (Patterns.NOTE.matcher(f).matches() || Patterns.ADOPTION_NOTE.matcher(f).matches()))
        || (f.endsWith("录") && IssuePatterns.TOC_HEAD.matcher(f).matches())
        || Patterns.isOrgLine(f)
        || ((f.indexOf('：') > 0 || f.indexOf(':') > 0)
            && IssuePatterns.PAGE_METADATA.matcher(f).matches())
        || (!raw.isEmpty()
            && raw.charAt(0) < 0x80
            && IssuePatterns.ASCII_FIELD.matcher(raw).matches())
        || (!f.isEmpty()
            && "=-_*~#".indexOf(f.charAt(0)) >= 0
            && IssuePatterns.SEPARATOR_LINE.matcher(f).matches());
  }

  /**
   * {@link Patterns#HARD_START}, tried only on a line starting with one of its first characters.
   */
  private static boolean hardStart(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    return ("附抄印主—【-•●(（".indexOf(c) >= 0 || c >= '\u2460' && c <= '\u2473')
        && Patterns.HARD_START.matcher(s).matches();
  }

  private static boolean bracketed(String f) {
    return f.length() >= 2
        && (f.charAt(0) == '(' || f.charAt(0) == '（')
        && (f.endsWith(")") || f.endsWith("）"));
  }

  private static boolean isLabel(String raw) {
    Label l = Label.parse(raw, true);
    return l != null && (l.style() != Label.Style.DEC1 || l.rest().length() <= DEC1_TITLE);
  }

  /** A web page's button or control line ({@code 收藏}, {@code 分享到:}): a block of its own. */
  private static boolean pageControl(String f) {
    return f.length() <= CONTROL
        && (IssuePatterns.PAGE_CHROME.matcher(f).matches()
            || WebPages.PAGE_FOOTER.matcher(f).matches());
  }

  /** Longest control line looked at. */
  private static final int CONTROL = 20;

  /** A link at a line's end ({@code 原文链接：https://…}): nothing wraps after an address. */
  private static final java.util.regex.Pattern URL_AT_END =
      java.util.regex.Pattern.compile("https?://[\\x21-\\x7e]+$");

  /** A title of any length ending like one, then the 主送 line ({@code 各…：}, a short {@code …：}). */
  static boolean titleThenRecipients(String c, String n) {
    return Patterns.endsLikeTitle(c) && recipients(n);
  }

  /** A 主送 line or a 称呼: {@code 各…：}, or a short {@code …：} ({@code 华主席、党中央：}). */
  static boolean recipients(String n) {
    return (n.startsWith("各") || n.length() <= 30) && Patterns.isRecipients(n);
  }

  /**
   * Among whole-paragraph lines, a line {@code c} (raw: {@code raw}) labelled 一、 or （一） that holds
   * no sentence and ends no clause ({@code 三、制定和贯彻具体政策，解决与…的问题}) over a longer paragraph {@code n}
   * ending a sentence: a heading, commas and all.
   */
  static boolean headingOverParagraph(String raw, String c, String n) {
    Label l = Label.parse(Cjk.strip(raw), false);
    return l != null
        && (l.style() == Label.Style.CN || l.style() == Label.Style.PCN)
        && Cjk.width(c) <= LONG_HEADING
        && !SENTENCE_END.matcher(c).find()
        && !Patterns.CLOSED_LINE.matcher(c).matches()
        && !c.endsWith("，")
        && !c.endsWith("、")
        && n.endsWith("。")
        && n.length() > c.length();
  }

  private static final java.util.regex.Pattern SENTENCE_END =
      java.util.regex.Pattern.compile("[。；！？;!?]");

  /** Widest heading line read as one among whole-paragraph lines, in full-width characters. */
  private static final int LONG_HEADING = 40;

  /** A line with no comma, semicolon or full stop: a heading's, not a sentence's. */
  static boolean commaless(String f) {
    return !SENTENCE_MARK.matcher(f).find();
  }

  private static final java.util.regex.Pattern SENTENCE_MARK =
      java.util.regex.Pattern.compile("[，。；,;]");

  /** Lines after which a new element starts: issuer lines, complete short titles, 字号, dates. */
  static boolean endsStructure(String f) {
    return Patterns.isOrgLine(f)
        || pageControl(f)
        || Patterns.isDateline(f)
        || signedDate(f)
        || endsWithNumber(f)
        || DocNumbers.whole(f) != null
        || Dates.onlyDateIso(f) != null
        || Patterns.NOTE.matcher(f).matches()
        || IssuePatterns.COPIES.matcher(f).matches()
        || Patterns.REPORT_SUBTITLE.matcher(f).matches()
        || Patterns.ADOPTION_NOTE.matcher(f).matches()
        || URL_AT_END.matcher(f).find()
        || WebPages.isLinkedFile(f) // nothing wraps after a linked file's name
        || (f.length() <= 40 && f.contains("关于") && Patterns.endsLikeTitle(f));
  }

  /**
   * A signature's date, alone or after its signer on the same line, with or without a year: {@code
   * 五月十二日}, {@code 国务院一九六七年二月七日}, {@code 毛 泽 东一月十七日}.
   */
  private static boolean signedDate(String f) {
    Dates.Tail t = f.endsWith("日") ? Dates.tail(f) : null;
    if (t == null) {
      return false;
    }
    String before = Patterns.withoutSeal(Cjk.squeeze(t.before()));
    return before.isEmpty() || Patterns.isOrgLine(before) || Cjk.hanRun(before, 1, 4);
  }

  /** A title line that carries its 字号 at the end: {@code …的通知 某政发〔2024〕4号}. */
  static boolean endsWithNumber(String f) {
    if (!f.endsWith("号") && !f.endsWith("号)") && !f.endsWith("号）")) {
      return false;
    }
    int at = DocNumbers.start(f);
    if (at <= 0) {
      return false;
    }
    org.gazette.model.DocNumber n = DocNumbers.find(f.substring(at));
    return n != null && f.length() - at <= n.raw().length() + 1;
  }

  /** A whole title on one line ({@code 稷山县…工作方案》的实施意见}): what follows is not its continuation. */
  static boolean completeTitle(String f) {
    if (f.length() > LONG_TITLE || !Patterns.isCompleteTitle(f)) {
      return false;
    }
    // a web export's character references (《学习&lt;…&gt;的通知》) hold no clause mark
    String g = CHARACTER_REFERENCE.matcher(f).replaceAll("");
    java.util.regex.Matcher clause = CLAUSE.matcher(g);
    // a clause's comma before any 关于 is running text ending on a word like 规定 (…申请租房提取的，规定 /
    // 比例从70%提高至100%…); a short title may hold one after its 关于 (关于…，…的通知)
    return !clause.find()
        || g.length() <= SHORT_TITLE && g.indexOf("关于") >= 0 && g.indexOf("关于") < clause.start();
  }

  /** A line this short ending like a title is one, even with a clause mark after its 关于. */
  private static final int SHORT_TITLE = 40;

  /** Longest title on one line; beyond {@link #SHORT_TITLE} only without a clause's comma. */
  private static final int LONG_TITLE = 100;

  /** Punctuation that sets clauses of running text apart, never used inside a title. */
  private static final java.util.regex.Pattern CLAUSE = java.util.regex.Pattern.compile("[，,。；;]");

  /** An HTML character reference left in exported text: {@code &lt;}, {@code &#8220;}. */
  private static final java.util.regex.Pattern CHARACTER_REFERENCE =
      java.util.regex.Pattern.compile("&(?:[a-zA-Z]{2,8}|#\\d{2,7});");

  /** Width of a run of spaces inside a line that sets columns apart, in full-width characters. */
  private static final double GAP = 2;

  /**
   * A line with a wide run of spaces or a tab inside it ({@code 卫生部部长　　　　刘湘屏}): a row of an aligned
   * list or a signature, never prose wrapped at the margin.
   */
  static boolean columnGap(String s) {
    double run = 0;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == '\t') {
        return true; // a tab sets cells apart: 某某市“一港双城”（城镇化）\t某某市行政审批局
      }
      if (c == ' ' || c == '\u3000' || c == '\u00a0') {
        run += c == '\u3000' ? 1 : 0.5;
        if (run >= GAP) {
          return true;
        }
      } else {
        run = 0;
      }
    }
    return false;
  }

  /** A paragraph's first line indented by two or more spaces (full-width or ASCII). */
  static boolean indented(String raw) {
    return raw.startsWith("\u3000\u3000")
        || raw.startsWith("  ")
        || raw.startsWith("\u3000 ")
        || raw.startsWith(" \u3000");
  }

  /** True when line {@code k} of {@code folded} names an order and the next gives its number. */
  static boolean orderAt(String[] folded, int k) {
    return k + 1 < folded.length
        && (folded[k].endsWith("令") || folded[k].endsWith("公告"))
        && Orders.ORDER.matcher(folded[k]).matches()
        && Orders.ORDER_NUMBER.matcher(folded[k + 1]).matches();
  }

  /** Longest widget line of a page that names no 位置 (a breadcrumb may run on). */
  private static final int WIDGET = 20;

  /** A web page's widget or breadcrumb ({@code 打印本页}, {@code 我的位置:首页>…}). */
  static boolean chrome(String folded) {
    return (folded.length() <= WIDGET || folded.contains("位置"))
        && IssuePatterns.PAGE_CHROME.matcher(folded).matches();
  }
}
