package org.gazette.table;

import java.util.ArrayList;
import java.util.List;
import org.gazette.model.SourceLine;
import org.gazette.model.Span;
import org.gazette.model.Table;
import org.gazette.model.Table.Cell;
import org.gazette.text.Cjk;

/**
 * The rows of a table being read line by line: each position's text and the lines it came from, and
 * which empty positions are covered by the filled cell above them (a merged cell).
 */
final class Grid {
  private final int columns;
  private final List<String[]> texts = new ArrayList<>();
  private final List<int[]> from = new ArrayList<>();
  private final List<int[]> to = new ArrayList<>();
  private final List<boolean[]> mergedUp = new ArrayList<>();
  private final List<Boolean> wide = new ArrayList<>();

  Grid(int columns) {
    this.columns = columns;
  }

  int columns() {
    return columns;
  }

  int rows() {
    return texts.size();
  }

  /** Starts a new row. */
  void newRow() {
    texts.add(new String[columns]);
    from.add(new int[columns]);
    to.add(new int[columns]);
    mergedUp.add(new boolean[columns]);
    wide.add(false);
  }

  /** Adds a row of one cell across all columns ({@code 王润县长对各项目标任务全面负责}). */
  void spanRow(String text, SourceLine line) {
    newRow();
    append(0, text, line);
    wide.set(wide.size() - 1, true);
  }

  /** Appends {@code piece}, read from {@code line}, to column {@code c} of the last row. */
  void append(int c, String piece, SourceLine line) {
    int r = texts.size() - 1;
    String[] row = texts.get(r);
    row[c] = row[c] == null ? piece : Cjk.join(row[c], piece);
    if (from.get(r)[c] == 0) {
      from.get(r)[c] = line.number();
    }
    to.get(r)[c] = line.number();
  }

  /** The text so far at column {@code c} of the last row, or null. */
  String last(int c) {
    return texts.isEmpty() ? null : texts.get(texts.size() - 1)[c];
  }

  /** Marks column {@code c} of the last row as covered by the cell above it when left empty. */
  void mergeUp(int c) {
    mergedUp.get(texts.size() - 1)[c] = true;
  }

  /** The table: {@code header} as its first row, then the rows read. */
  Table table(List<String> header, SourceLine headerLine, List<String> notes) {
    List<List<Cell>> rows = new ArrayList<>();
    Span hs = new Span(headerLine.number(), headerLine.number());
    List<Cell> head = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      head.add(Cell.of(c < header.size() ? header.get(c) : "", hs));
    }
    rows.add(head);
    int n = texts.size();
    int[][] span = new int[n][columns];
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < columns; c++) {
        span[r][c] = 1;
        if (r > 0 && texts.get(r)[c] == null && mergedUp.get(r)[c]) {
          int up = r - 1;
          while (up > 0 && span[up][c] == 0) {
            up--;
          }
          if (span[up][c] > 0 && texts.get(up)[c] != null && !wide.get(up)) {
            span[up][c] += 1;
            span[r][c] = 0;
          }
        }
      }
    }
    for (int r = 0; r < n; r++) {
      List<Cell> row = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        if (span[r][c] == 0 || (wide.get(r) && c > 0)) {
          continue;
        }
        String t = texts.get(r)[c];
        Span src = from.get(r)[c] == 0 ? null : new Span(from.get(r)[c], to.get(r)[c]);
        row.add(new Cell(t == null ? "" : t, span[r][c], wide.get(r) ? columns : null, src, null));
      }
      rows.add(row);
    }
    return new Table(null, 1, columns, rows, notes);
  }
}
