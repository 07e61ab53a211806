package org.gazette.read;

import java.util.List;
import org.gazette.model.SourceLine;

/**
 * The decoded input: its lines with raw 1-based numbers and the character set it was read with.
 *
 * @param lines every line of the input, including blank ones
 * @param encoding the detected character set name
 */
public record RawText(List<SourceLine> lines, String encoding) {
  public RawText {
    lines = List.copyOf(lines);
  }

  /** The line with 1-based number {@code n}. */
  public SourceLine line(int n) {
    return lines.get(n - 1);
  }

  /** Number of lines. */
  public int size() {
    return lines.size();
  }
}
