package org.gazette.links;

import java.util.List;
import org.gazette.model.SourceLine;
import org.gazette.text.Cjk;

/**
 * A paragraph's lines joined into one text that remembers, for every character, the raw line it
 * came from. Line breaks are dropped, and so is whitespace, except one space between two Latin
 * letters or digits ({@code GB/T 9704}).
 */
final class LinedText {
  private final String text;

  /** Where each source line's characters start in the text, ascending. */
  private final int[] starts;

  /** The raw line number of each of {@code starts}. */
  private final int[] numbers;

  private LinedText(String text, int[] starts, int[] numbers) {
    this.text = text;
    this.starts = starts;
    this.numbers = numbers;
  }

  /** The joined text of {@code lines}. */
  static LinedText of(List<SourceLine> lines) {
    StringBuilder sb = new StringBuilder();
    int[] starts = new int[lines.size()];
    int[] numbers = new int[lines.size()];
    int k = 0;
    for (SourceLine l : lines) {
      String s = l.text();
      starts[k] = sb.length();
      numbers[k++] = l.number();
      boolean pendingSpace = false;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Cjk.isSpace(c)) {
          pendingSpace = sb.length() > 0;
          continue;
        }
        if (pendingSpace && latin(sb.charAt(sb.length() - 1)) && latin(c)) {
          sb.append(' ');
        }
        pendingSpace = false;
        sb.append(c);
      }
    }
    return new LinedText(sb.toString(), starts, numbers);
  }

  private static boolean latin(char c) {
    return c < 0x80 && Character.isLetterOrDigit(c);
  }

  /** The joined text. */
  String text() {
    return text;
  }

  /** The raw line of the character at {@code offset} (a line that gave no character: the next). */
  int line(int offset) {
    if (numbers.length == 0) {
      return 0;
    }
    int i = java.util.Arrays.binarySearch(starts, offset);
    if (i < 0) {
      i = -i - 2; // the last line starting before the offset
    } else {
      while (i + 1 < starts.length && starts[i + 1] == offset) {
        i++; // lines that gave nothing start where the next does: the character is the next's
      }
    }
    return numbers[Math.max(0, i)];
  }

  /**
   * A text a document prints of itself, blanked out before references are read.
   *
   * @param text the text (its whitespace is ignored)
   * @param inQuotes whether an occurrence inside 《》 is blanked too
   */
  record Mask(String text, boolean inQuotes) {
    Mask {
      text = text.replaceAll("\\s+", ""); // once, not per paragraph
    }
  }

  /** This text with every occurrence of {@code masks} replaced by spaces (lines kept). */
  LinedText masked(List<Mask> masks) {
    char[] c = text.toCharArray();
    boolean changed = false;
    for (Mask m : masks) {
      String needle = m.text();
      if (needle.length() < 4) {
        continue;
      }
      for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
        if (m.inQuotes() || i == 0 || "《〈<".indexOf(text.charAt(i - 1)) < 0) {
          java.util.Arrays.fill(c, i, i + needle.length(), ' ');
          changed = true;
        }
      }
    }
    return changed ? new LinedText(new String(c), starts, numbers) : this;
  }

  /** This text with its first {@code end} characters blanked (read with the piece before it). */
  LinedText blankedBefore(int end) {
    char[] c = text.toCharArray();
    java.util.Arrays.fill(c, 0, Math.min(end, c.length), ' ');
    return new LinedText(new String(c), starts, numbers);
  }
}
