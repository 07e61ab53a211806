package org.gazette.model;

import java.util.Objects;

/**
 * One raw line of the input with its 1-based line number.
 *
 * @param number 1-based line number in the raw file
 * @param text the line without its terminator, exactly as decoded
 */
public record SourceLine(int number, String text) {
  public SourceLine {
    if (number < 1) {
      throw new IllegalArgumentException("line number must be >= 1: " + number);
    }
    Objects.requireNonNull(text, "text");
  }

  /**
   * True when the line holds nothing but whitespace, no-break spaces among it (a web export's
   * {@code &nbsp;} line is as blank as an empty one).
   */
  public boolean isBlank() {
    return text.isBlank()
        || text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
  }
}
