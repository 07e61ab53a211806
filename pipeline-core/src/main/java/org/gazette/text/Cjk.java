package org.gazette.text;

import java.text.Normalizer;

/**
 * Character classes and normalisation for Chinese text extracted from PDFs.
 *
 * <p>The one place where whitespace between CJK characters is dropped ({@code 的 通知} → {@code 的通知},
 * {@code 2023 年} → {@code 2023年}), where text is folded for matching (NFKC, no whitespace), and
 * where display width is measured.
 */
public final class Cjk {
  private Cjk() {}

  /**
   * A regex character class for the Han ideographs of the Basic Multilingual Plane and 〇: what
   * {@code \\p{IsHan}} matches there, without a script lookup per character (hot patterns).
   */
  public static final String HAN_CLASS = "[\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff〇]";

  /** True for Han ideographs and 〇. */
  public static boolean isHan(int cp) {
    if (cp < 0x2E80) {
      return false; // before the first Han block (CJK radicals)
    }
    if (cp >= 0x4E00 && cp <= 0x9FFF) {
      return true; // CJK Unified Ideographs, the common case, without the script table's search
    }
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || cp == '〇';
  }

  /** True for characters that take a full cell: Han, CJK and full-width punctuation, CJK quotes. */
  public static boolean isWide(int cp) {
    return isHan(cp)
        || (cp >= 0x3000 && cp <= 0x303F)
        || (cp >= 0xFF00 && cp <= 0xFFEF)
        || (cp >= 0x2010 && cp <= 0x2027)
        || (cp >= 0x2460 && cp <= 0x24FF)
        || (cp >= 0x2160 && cp <= 0x217F)
        || cp == 0x00B7;
  }

  /** Spaces that PDF extraction inserts: ASCII space, ideographic space, no-break space. */
  public static boolean isSpace(int cp) {
    return cp == ' ' || cp == 0x3000 || cp == 0x00A0 || cp == 0x2002 || cp == 0x2003;
  }

  /**
   * {@code s} without the whitespace and spaces of {@link #isSpace} at either end: unlike {@link
   * String#strip}, a web page's no-break-space indent ({@code &nbsp;&nbsp;第一条}) goes too.
   */
  public static String strip(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && edgeSpace(s.charAt(from))) {
      from++;
    }
    while (to > from && edgeSpace(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  private static boolean edgeSpace(char c) {
    return Character.isWhitespace(c) || isSpace(c);
  }

  /**
   * Drops runs of spaces that touch a wide character on either side and trims the result; keeps a
   * single space between two narrow characters ({@code JISHANXIAN RENMIN}). Tabs are kept.
   *
   * <p>Example: {@code "实 施 方 案"} → {@code "实施方案"}; {@code "2023 年 1 月"} → {@code "2023年1月"}.
   */
  public static String collapseSpaces(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    int i = 0;
    while (i < n) {
      int cp = s.codePointAt(i);
      if (!isSpace(cp)) {
        out.appendCodePoint(cp);
        i += Character.charCount(cp);
        continue;
      }
      int j = i;
      while (j < n && isSpace(s.codePointAt(j))) {
        j += Character.charCount(s.codePointAt(j));
      }
      boolean atEdge = out.length() == 0 || j >= n;
      if (!atEdge) {
        int before = out.codePointBefore(out.length());
        int after = s.codePointAt(j);
        if (!isWide(before) && !isWide(after) && before != '\t' && after != '\t') {
          out.append(' ');
        }
      }
      i = j;
    }
    return out.toString().strip();
  }

  /**
   * Like {@link #collapseSpaces} but keeps the first space run after a leading ASCII number, so
   * that {@code "1 总 则"} becomes {@code "1 总则"} and the label stays apart from its title.
   */
  public static String collapseSpacesKeepingLead(String s) {
    String t = s.strip();
    int i = 0;
    while (i < t.length() && Character.isDigit(t.charAt(i))) {
      i++;
    }
    if (i == 0 || i >= t.length() || !isSpace(t.charAt(i))) {
      return collapseSpaces(t);
    }
    return t.substring(0, i) + " " + collapseSpaces(t.substring(i));
  }

  /** NFKC with every whitespace character removed: the form patterns and comparisons work on. */
  public static String fold(String s) {
    String fast = foldCommon(s);
    return fast != null ? fast : foldNormalized(s);
  }

  /**
   * {@link #fold} of text made only of characters whose NFKC form is known without the normaliser
   * (ASCII, CJK ideographs, CJK and general punctuation, full-width ASCII, which NFKC maps to
   * ASCII): the same result without the normaliser's passes; null for text with any other
   * character.
   */
  private static String foldCommon(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char f;
      if (c >= 0xFF01 && c <= 0xFF5E) {
        f = (char) (c - 0xFEE0);
      } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x3000) {
        if (out == null) {
          out = new StringBuilder(s.length()).append(s, 0, i);
        }
        continue;
      } else if (nfkcStable(c)) {
        f = c;
      } else {
        return null;
      }
      if (out != null) {
        out.append(f);
      } else if (f != c) {
        out = new StringBuilder(s.length()).append(s, 0, i).append(f);
      }
    }
    return out == null ? s : out.toString();
  }

  /** Characters NFKC leaves alone, whatever stands beside them (none of them combines). */
  static boolean nfkcStable(char c) {
    return (c > ' ' && c < 0x7F)
        || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0x3001 && c <= 0x303F && c != 0x3036 && (c < 0x3038 || c > 0x303A))
        || (c >= 0x2010 && c <= 0x2027 && c != 0x2011 && c != 0x2017 && (c < 0x2024 || c > 0x2026))
        || c == 0x00B7;
  }

  /** {@link #fold} by the normaliser: any text. */
  static String foldNormalized(String s) {
    String nfkc = Normalizer.normalize(s, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(nfkc.length());
    nfkc.codePoints()
        .filter(cp -> !Character.isWhitespace(cp) && !isSpace(cp))
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /** {@code s} with every whitespace character removed and nothing else changed: output values. */
  public static String squeeze(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .filter(cp -> !Character.isWhitespace(cp) && !isSpace(cp))
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /** Display width: wide characters count 1, others 0.5. Used to tell full (wrapped) lines. */
  public static double width(String s) {
    double w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += isWide(cp) ? 1.0 : (Character.isWhitespace(cp) ? 0.25 : 0.5);
      i += Character.charCount(cp);
    }
    return w;
  }

  /**
   * Joins two wrapped pieces of one paragraph; a space survives only between two narrow characters.
   */
  public static String join(String left, String right) {
    if (left.isEmpty()) {
      return right;
    }
    if (right.isEmpty()) {
      return left;
    }
    return spaceBetween(left, right) ? left + " " + right : left + right;
  }

  /**
   * True when {@link #join} puts a space between {@code left} and {@code right} (both non-empty): a
   * Latin letter or digit before a Latin letter.
   */
  public static boolean spaceBetween(CharSequence left, CharSequence right) {
    int a = Character.codePointBefore(left, left.length());
    int b = Character.codePointAt(right, 0);
    return Character.isLetterOrDigit(a) && !isWide(a) && Character.isLetter(b) && !isWide(b);
  }

  /** True when {@code s} is {@code min} to {@code max} characters, all Han (a short name). */
  public static boolean hanRun(String s, int min, int max) {
    return s.length() >= min && s.length() <= max && s.codePoints().allMatch(Cjk::isHan);
  }

  /** Number of Han characters in {@code s}. */
  public static int hanCount(String s) {
    return (int) s.codePoints().filter(Cjk::isHan).count();
  }

  /**
   * True when {@code s} is mostly Latin: more ASCII letters than Han characters, and at least three
   * letters ({@code Circular of the State Council on … 12}).
   */
  public static boolean mostlyLatin(String s) {
    int latin = 0;
    int han = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        latin++;
      } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        han++;
      }
    }
    return latin >= 3 && latin > han;
  }

  /** Opening brackets; any closer ends any opener, as OCR mixes them ({@code 〔2021]}). */
  public static final String OPENERS = "《（(〔【[［";

  /** Closing brackets, in the order of {@link #OPENERS}. */
  public static final String CLOSERS = "》）)〕】]］";

  /** Brackets {@code s} opens minus those it closes ({@code 乘用车〔按发动机汽缸} 1, {@code 分档〕} -1). */
  public static int bracketDepth(String s) {
    int d = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      d += OPENERS.indexOf(ch) >= 0 ? 1 : CLOSERS.indexOf(ch) >= 0 ? -1 : 0;
    }
    return d;
  }
}
