package org.gazette.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

/**
 * A table as printed: its caption, header rows and a grid of cells in which a merged cell stands
 * once, at its top-left position, with its spans (as HTML writes it: the positions it covers are
 * left out of the rows below and to its right).
 *
 * @param caption the heading printed above the table (表1 …, …情况表), or null
 * @param headerRows how many leading rows are header rows (0 when the table prints none)
 * @param columns the width of the grid, spans counted
 * @param rows the rows, each its cells left to right, covered positions left out
 * @param notes lines printed with the table (单位：万元 above it, 注：… / 说明：… below it), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Table(
    String caption, int headerRows, int columns, List<List<Cell>> rows, List<String> notes) {
  public Table {
    rows = rows.stream().map(List::copyOf).toList();
    notes = notes == null || notes.isEmpty() ? null : List.copyOf(notes);
    if (headerRows < 0 || headerRows > rows.size()) {
      throw new IllegalArgumentException("bad header row count " + headerRows);
    }
  }

  /**
   * The full grid: every position of every row, a merged cell's text at its top-left position and
   * null at the positions it covers.
   */
  public List<List<String>> grid() {
    String[][] g = new String[rows.size()][columns];
    boolean[][] covered = new boolean[rows.size()][columns];
    for (int r = 0; r < rows.size(); r++) {
      int c = 0;
      for (Cell cell : rows.get(r)) {
        while (c < columns && covered[r][c]) {
          c++;
        }
        if (c >= columns) {
          break;
        }
        g[r][c] = cell.text();
        for (int dr = 0; dr < cell.rows() && r + dr < rows.size(); dr++) {
          for (int dc = 0; dc < cell.cols() && c + dc < columns; dc++) {
            covered[r + dr][c + dc] = true;
          }
        }
        c += cell.cols();
      }
    }
    List<List<String>> out = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        row.add(g[r][c] != null ? g[r][c] : covered[r][c] ? null : "");
      }
      out.add(row);
    }
    return out;
  }

  /**
   * One printed cell.
   *
   * @param text the cell's text, wrapped lines joined
   * @param rowSpan rows it covers when more than one, else null
   * @param colSpan columns it covers when more than one, else null
   * @param source the raw lines (and for PDF input, pages) it was read from, or null
   * @param box for PDF input, the cell's region on its page in points from the top-left corner
   *     [left, top, right, bottom], else null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Cell(String text, Integer rowSpan, Integer colSpan, Span source, List<Double> box) {
    public Cell {
      rowSpan = rowSpan == null || rowSpan <= 1 ? null : rowSpan;
      colSpan = colSpan == null || colSpan <= 1 ? null : colSpan;
      box = box == null ? null : List.copyOf(box);
    }

    /** A one-position cell read from {@code source}. */
    public static Cell of(String text, Span source) {
      return new Cell(text, null, null, source, null);
    }

    /** Rows covered (1 when not merged). */
    public int rows() {
      return rowSpan == null ? 1 : rowSpan;
    }

    /** Columns covered (1 when not merged). */
    public int cols() {
      return colSpan == null ? 1 : colSpan;
    }

    /** This cell covering {@code r} rows. */
    public Cell withRowSpan(int r) {
      return new Cell(text, r, colSpan, source, box);
    }
  }
}
