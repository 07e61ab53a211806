package org.gazette.model;

/**
 * An inclusive range of raw 1-based line numbers.
 *
 * @param startLine first line
 * @param endLine last line, {@code >= startLine}
 */
public record Span(int startLine, int endLine) {
  public Span {
    if (startLine < 1 || endLine < startLine) {
      throw new IllegalArgumentException("bad span " + startLine + ".." + endLine);
    }
  }

  /** True when {@code line} lies inside this span. */
  public boolean contains(int line) {
    return line >= startLine && line <= endLine;
  }
}
