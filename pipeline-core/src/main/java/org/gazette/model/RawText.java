package org.gazette.model;

import java.util.List;

/**
 * The decoded input: its lines with raw 1-based numbers and the character set it was read with; for
 * PDF input also the page of each line, the pages and the furniture found by page geometry.
 *
 * @param lines every line of the input, including blank ones
 * @param encoding the detected character set name (null for PDF)
 * @param linePages 1-based page of each line (index = line number - 1), or null for TXT
 * @param pages the PDF's pages, or null for TXT
 * @param layoutFurniture furniture found from page geometry, or an empty list
 * @param displayLines for PDF input, whether each line is set apart (centred, larger or bold), or
 *     null
 * @param tables tables the source read with their structure (PDF rulings), on their lines
 */
public record RawText(
    List<SourceLine> lines,
    String encoding,
    int[] linePages,
    List<PageInfo> pages,
    List<Furniture> layoutFurniture,
    boolean[] displayLines,
    List<PlacedTable> tables) {
  public RawText {
    lines = List.copyOf(lines);
    pages = pages == null ? null : List.copyOf(pages);
    layoutFurniture = List.copyOf(layoutFurniture);
    tables = tables == null ? List.of() : List.copyOf(tables);
  }

  /** Text input: lines and encoding only. */
  public RawText(List<SourceLine> lines, String encoding) {
    this(lines, encoding, null, null, List.of(), null, List.of());
  }

  /** The table whose rows include line {@code n}, or null. */
  public PlacedTable tableAt(int n) {
    for (PlacedTable t : tables) {
      if (t.contains(n)) {
        return t;
      }
    }
    return null;
  }

  /** The line with 1-based number {@code n}. */
  public SourceLine line(int n) {
    return lines.get(n - 1);
  }

  /** Number of lines. */
  public int size() {
    return lines.size();
  }

  /** The 1-based page of line {@code n}, or null for TXT. */
  public Integer pageOf(int n) {
    return linePages == null || n < 1 || n > linePages.length ? null : linePages[n - 1];
  }

  /**
   * Whether line {@code n} is set apart on its page (PDF), or null when the source has no layout.
   */
  public Boolean displayOf(int n) {
    return displayLines == null || n < 1 || n > displayLines.length ? null : displayLines[n - 1];
  }

  /** The printed label of 1-based page {@code page}, or null. */
  public String labelOf(Integer page) {
    return pages == null || page == null || page < 1 || page > pages.size()
        ? null
        : pages.get(page - 1).label();
  }
}
