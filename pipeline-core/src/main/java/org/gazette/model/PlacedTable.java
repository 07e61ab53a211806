package org.gazette.model;

/**
 * A table a source read with its structure (a ruled table of a PDF page), placed on the raw lines
 * that hold its text: one line a row, the row's cells separated by tabs.
 *
 * @param startLine the first line of its rows
 * @param endLine the last line of its rows (across pages when it continues)
 * @param table the table, its cells' sources set
 */
public record PlacedTable(int startLine, int endLine, Table table) {
  /** True when line {@code n} is one of the table's. */
  public boolean contains(int n) {
    return n >= startLine && n <= endLine;
  }
}
