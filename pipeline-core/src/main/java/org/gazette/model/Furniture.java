package org.gazette.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A line removed as page furniture.
 *
 * @param line raw 1-based line number (for PDF input: of the extracted text)
 * @param text the raw line text
 * @param kind one of {@code header}, {@code footer}, {@code page-number}, {@code banner}
 * @param page 1-based PDF page index, or null for TXT input
 */
public record Furniture(
    int line, String text, String kind, @JsonInclude(JsonInclude.Include.NON_NULL) Integer page) {
  /** Furniture of a TXT line (no page). */
  public Furniture(int line, String text, String kind) {
    this(line, text, kind, null);
  }

  /** This entry with its page set. */
  public Furniture withPage(Integer p) {
    return new Furniture(line, text, kind, p);
  }
}
