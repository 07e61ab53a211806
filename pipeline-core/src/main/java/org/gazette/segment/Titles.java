package org.gazette.segment;

import java.util.regex.Pattern;
import org.gazette.text.Cjk;

/** Loose title comparison: punctuation, brackets and an issuer prefix before 关于 do not count. */
public final class Titles {
  private static final Pattern PUNCT =
      Pattern.compile("[\\p{P}\\p{S}\\s\u3000（）〔〕《》〈〉【】“”‘’、，。：；！？·—…-]+");
  private static final Pattern PREFIX = Pattern.compile("^\\p{IsHan}{2,30}?(?=关于)");

  private Titles() {}

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
    String sa = PREFIX.matcher(a).replaceFirst("");
    String sb = PREFIX.matcher(b).replaceFirst("");
    return sa.equals(sb) || sa.equals(b) || a.equals(sb);
  }
}
