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

  static boolean usable(List<TextLine> lines) {
    int total = 0;
    int bad = 0;
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
        }
      }
    }
    return total >= MIN_CHARS && bad <= MAX_BAD_SHARE * total;
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
