package org.gazette.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An inclusive range of raw 1-based line numbers and, for PDF input, the pages it stands on.
 *
 * @param startLine first line
 * @param endLine last line, {@code >= startLine}
 * @param startPage 1-based PDF page index of the first line, or null (TXT)
 * @param endPage 1-based PDF page index of the last line, or null (TXT)
 * @param startPageLabel the printed page label of the first page (— 12 —), or null
 * @param endPageLabel the printed page label of the last page, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Span(
    int startLine,
    int endLine,
    Integer startPage,
    Integer endPage,
    String startPageLabel,
    String endPageLabel) {
  public Span {
    if (startLine < 1 || endLine < startLine) {
      throw new IllegalArgumentException("bad span " + startLine + ".." + endLine);
    }
  }

  /** A span of lines without page information. */
  public Span(int startLine, int endLine) {
    this(startLine, endLine, null, null, null, null);
  }

  /** True when {@code line} lies inside this span. */
  public boolean contains(int line) {
    return line >= startLine && line <= endLine;
  }

  /** This span with its pages set. */
  public Span withPages(Integer first, Integer last, String firstLabel, String lastLabel) {
    return new Span(startLine, endLine, first, last, firstLabel, lastLabel);
  }
}
