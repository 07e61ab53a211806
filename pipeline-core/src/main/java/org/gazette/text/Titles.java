package org.gazette.text;

import java.util.regex.Pattern;

/** Loose title comparison: punctuation, brackets and an issuer prefix before 关于 do not count. */
public final class Titles {
  private static final Pattern PUNCT =
      Pattern.compile("[\\p{P}\\p{S}\\s\u3000（）〔〕《》〈〉【】“”‘’、，。：；！？·—…-]+");

  /** Longest title, folded, in characters. */
  public static final int MAX_CHARS = 120;

  private Titles() {}

  /**
   * True when a block's text could be (part of) a title: short, unpunctuated, not a heading, date,
   * 附注, 附件 or 字号 line.
   *
   * @param folded the block's {@link Cjk#fold folded} text
   * @param firstRaw its first raw line, stripped (heading labels are read from it)
   */
  public static boolean titleShaped(String folded, String firstRaw) {
    String f = folded;
    if (f.isEmpty() || f.length() > MAX_CHARS) {
      return false;
    }
    if (prose(f) || f.endsWith("，") || f.endsWith(",")) {
      return false;
    }
    return Dates.onlyDateIso(f) == null
        && Cjk.hanCount(f) > 0 // not a rule (---) or a number alone
        && !f.contains("](") // a Markdown link: [附件.pdf](./附件.pdf)
        && !f.contains("://")
        && !Patterns.isDateline(f)
        && !Patterns.NOTE.matcher(f).matches()
        && !f.startsWith("附件")
        && !f.startsWith("抄送")
        && !Patterns.BRACKETED.matcher(f).matches()
        && Label.parse(firstRaw, false) == null
        && DocNumbers.whole(f) == null;
  }

  /** A sentence's end with more text after it: {@code 国务院任免国家工作人员。任命…}. */
  private static final Pattern SENTENCE_INSIDE = Pattern.compile("[。！？!?][\\p{IsHan}]");

  /**
   * True when {@code folded} reads as running text, not a title: it ends like a sentence or a
   * clause (。！？；：), or a sentence ends inside it and another begins.
   */
  public static boolean prose(String folded) {
    return Patterns.TERMINAL.matcher(folded).matches() || SENTENCE_INSIDE.matcher(folded).find();
  }

  /**
   * True when nearly every pair of neighbouring characters of {@code title} occurs in {@code in}:
   * an enclosed document's title as its 批转 notice words it ({@code …的计划落实会议的报告} in {@code
   * …的安置计划落实会议的报告和…}).
   */
  public static boolean nearlyIn(String title, String in) {
    if (title.length() < 2) {
      return false;
    }
    int found = 0;
    for (int i = 0; i + 2 <= title.length(); i++) {
      if (in.contains(title.substring(i, i + 2))) {
        found++;
      }
    }
    return found >= NEARLY * (title.length() - 1);
  }

  /** Share of a title's character pairs {@link #nearlyIn} wants found. */
  private static final double NEARLY = 0.9;

  /** Folded, without punctuation. */
  public static String loose(String s) {
    return s == null ? "" : PUNCT.matcher(Cjk.fold(s)).replaceAll("");
  }

  /**
   * Length from which a TOC title may match a body title that merely contains it (or vice versa).
   */
  private static final int MIN_CONTAINED = 10;

  /**
   * One title holds the other whole ({@code 稷山县人民政府关于…的通知} and the TOC's {@code 关于…的通知}), both long
   * enough for that to mean something.
   */
  public static boolean contains(String a, String b) {
    if (a.length() < MIN_CONTAINED || b.length() < MIN_CONTAINED) {
      return false;
    }
    return (a.endsWith(b) || b.endsWith(a))
        && Math.min(a.length(), b.length()) * 10 >= Math.max(a.length(), b.length()) * 7;
  }

  /** Equal once an issuer prefix before 关于 is dropped from either side. */
  public static boolean same(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (a.equals(b)) {
      return true;
    }
    String sa = Patterns.PREFIX_BEFORE_ABOUT.matcher(a).replaceFirst("");
    String sb = Patterns.PREFIX_BEFORE_ABOUT.matcher(b).replaceFirst("");
    return sa.equals(sb) || sa.equals(b) || a.equals(sb);
  }
}
