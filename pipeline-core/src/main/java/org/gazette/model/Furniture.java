package org.gazette.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A line removed as page furniture.
 *
 * @param line raw 1-based line number (for PDF input: of the extracted text)
 * @param text the raw line text
 * @param kind one of {@code header}, {@code footer}, {@code page-number}, {@code banner}
 * @param page 1-based PDF page index, or null for TXT input
 */
public record Furniture(
    int line, String text, Kind kind, @JsonInclude(JsonInclude.Include.NON_NULL) Integer page) {

  /** What a furniture line is; serialised as {@code header}, {@code footer}, … */
  public enum Kind {
    /** A running header: gazette name, issue label, section. */
    HEADER("header"),
    /** A running footer other than the page label. */
    FOOTER("footer"),
    /** A printed page label: {@code — 12 —}. */
    PAGE_NUMBER("page-number"),
    /** A section banner standing alone in the body: {@code 【县政府文件】}. */
    BANNER("banner");

    private final String wire;

    Kind(String wire) {
      this.wire = wire;
    }

    /** The name in the output. */
    @JsonValue
    public String wire() {
      return wire;
    }
  }

  /** Furniture of a TXT line (no page). */
  public Furniture(int line, String text, Kind kind) {
    this(line, text, kind, null);
  }

  /** This entry with its page set. */
  public Furniture withPage(Integer p) {
    return new Furniture(line, text, kind, p);
  }
}
