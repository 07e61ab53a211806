package org.gazette.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A line removed as page furniture.
 *
 * @param line raw 1-based line number (for PDF input: of the extracted text)
 * @param text the raw line text
 * @param kind one of {@code header}, {@code footer}, {@code page-number}, {@code banner}
 * @param page 1-based PDF page index, or null for TXT input
 * @param glued true when {@code text} is a page label glued inside the line ({@code …工作。—1 —确保…}):
 *     the rest of the line stays body text; null for a whole line
 */
public record Furniture(
    int line,
    String text,
    Kind kind,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer page,
    @JsonInclude(JsonInclude.Include.NON_NULL) Boolean glued) {

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
    this(line, text, kind, null, null);
  }

  /** Furniture of a whole line on PDF page {@code page}. */
  public Furniture(int line, String text, Kind kind, Integer page) {
    this(line, text, kind, page, null);
  }

  /** A page label glued inside line {@code line}. */
  public static Furniture glued(int line, String label) {
    return new Furniture(line, label, Kind.PAGE_NUMBER, null, Boolean.TRUE);
  }

  /** True for a page label glued inside a line of body text. */
  @JsonIgnore
  public boolean isGlued() {
    return Boolean.TRUE.equals(glued);
  }

  /** This entry with its page set. */
  public Furniture withPage(Integer p) {
    return new Furniture(line, text, kind, p, glued);
  }
}
