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
