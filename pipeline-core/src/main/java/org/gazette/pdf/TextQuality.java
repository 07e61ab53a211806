package org.gazette.pdf;

import java.util.List;
import org.gazette.text.Cjk;

/**
 * Whether a page's text layer can be trusted: enough characters, and few of the kinds a broken font
 * mapping produces (private-use code points, U+FFFD, controls, accented Latin and box drawing where
 * a Chinese page should have Han characters).
 */
final class TextQuality {
  private static final int MIN_CHARS = 10;
  private static final double MAX_BAD_SHARE = 0.3;

  private TextQuality() {}

  /**
   * Share of ASCII symbols that ordinary text and tables seldom use ({@code
   * !"#$&'*+/:;<=>?@[\]^_`{|}~}) above which a page with few Han characters is read as glyph
   * numbers: a font without a Unicode mapping whose codes run through ASCII in glyph order ({@code
   * !"#$%&'()*+,}). Measured on real pages: at most 0.03 on good ones, at least 0.14 on such broken
   * ones.
   */
  private static final double MAX_RARE_SYMBOL_SHARE = 0.08;

  /** Below this share of Han characters a page may be a broken mapping (good pages: 0.5 and up). */
  private static final double MIN_HAN_SHARE = 0.3;

  private static final String RARE_SYMBOLS = "!\"#$&'*+/:;<=>?@[\\]^_`{|}~";

  static boolean usable(List<TextLine> lines) {
    return clean(lines) && chars(lines) >= MIN_CHARS;
  }

  /**
   * Whether what text the page has reads as text, however little there is (a page label printed
   * beside a scanned image): none of the marks of a broken font mapping.
   */
  static boolean clean(List<TextLine> lines) {
    int total = 0;
    int bad = 0;
    int rare = 0;
    int han = 0;
    for (TextLine l : lines) {
      for (int i = 0; i < l.text().length(); ) {
        int cp = l.text().codePointAt(i);
        i += Character.charCount(cp);
        if (Character.isWhitespace(cp)) {
          continue;
        }
        total++;
        if (suspicious(cp)) {
          bad++;
        } else if (cp < 0x80 && RARE_SYMBOLS.indexOf(cp) >= 0) {
          rare++;
        } else if (Cjk.isHan(cp)) {
          han++;
        }
      }
    }
    boolean glyphNumbers = rare > MAX_RARE_SYMBOL_SHARE * total && han < MIN_HAN_SHARE * total;
    return bad <= MAX_BAD_SHARE * total && !glyphNumbers;
  }

  private static int chars(List<TextLine> lines) {
    int total = 0;
    for (TextLine l : lines) {
      total += (int) l.text().codePoints().filter(cp -> !Character.isWhitespace(cp)).count();
    }
    return total;
  }

  static boolean suspicious(int cp) {
    if (Cjk.isWide(cp) || (cp >= 0x20 && cp < 0x7F)) {
      return false;
    }
    return (cp >= 0xE000 && cp <= 0xF8FF)
        || cp == 0xFFFD
        || Character.isISOControl(cp)
        || (cp >= 0x00A0 && cp <= 0x024F)
        || (cp >= 0x2500 && cp <= 0x25FF)
        || Character.getType(cp) == Character.UNASSIGNED
        || Character.getType(cp) == Character.PRIVATE_USE;
  }
}
