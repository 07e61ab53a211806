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
  private final List<int[]> across = new ArrayList<>(); // a cell's column span, 0 for one

  /** A value in a table cell: a number, an amount, a share. */
  static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("[-+]?[\\d.,，]+[%％]?");

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
    across.add(new int[columns]);
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

  /**
   * Sets a totals row that has fewer values than columns ({@code 合计 7 144 73 53 18}) out under the
   * columns that hold numbers in every row above it, in order (fewer values than such columns:
   * under the last of them), its label over the columns before the first; left as read when there
   * are more values than such columns.
   */
  void alignTotal() {
    int r = texts.size() - 1;
    if (r < 2
        || texts.get(r)[0] == null
        || !org.gazette.text.TablePatterns.TOTAL_ROW.matcher(texts.get(r)[0]).matches()) {
      return;
    }
    String[] row = texts.get(r);
    List<Integer> filled = new ArrayList<>();
    for (int c = 1; c < columns; c++) {
      if (row[c] != null) {
        filled.add(c);
      }
    }
    List<Integer> numeric = new ArrayList<>();
    for (int c = 1; c < columns; c++) {
      boolean all = true;
      for (int up = 0; up < r && all; up++) {
        String t = texts.get(up)[c];
        all = !wide.get(up) && t != null && NUMBER.matcher(t).matches();
      }
      if (all) {
        numeric.add(c);
      }
    }
    if (filled.isEmpty() || numeric.size() < filled.size()) {
      return;
    }
    // fewer values than numeric columns: they total the last ones
    numeric = numeric.subList(numeric.size() - filled.size(), numeric.size());
    if (numeric.get(0) < 2) {
      return;
    }
    String[] moved = new String[columns];
    int[] f = new int[columns];
    int[] t = new int[columns];
    moved[0] = row[0];
    f[0] = from.get(r)[0];
    t[0] = to.get(r)[0];
    for (int k = 0; k < filled.size(); k++) {
      int src = filled.get(k);
      if (!NUMBER.matcher(row[src]).matches()) {
        return;
      }
      moved[numeric.get(k)] = row[src];
      f[numeric.get(k)] = from.get(r)[src];
      t[numeric.get(k)] = to.get(r)[src];
    }
    texts.set(r, moved);
    from.set(r, f);
    to.set(r, t);
    across.get(r)[0] = numeric.get(0);
  }

  /** The table: {@code header} as its first row, then the rows read. */
  Table table(List<String> header, SourceLine headerLine, List<String> notes) {
    Span hs = new Span(headerLine.number(), headerLine.number());
    List<Cell> head = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      head.add(Cell.of(c < header.size() ? header.get(c) : "", hs));
    }
    return table(List.of(head), notes);
  }

  /** The table: the header rows {@code head} (cells with their spans), then the rows read. */
  Table table(List<List<Cell>> head, List<String> notes) {
    List<List<Cell>> rows = new ArrayList<>(head);
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
        int wideAs = wide.get(r) ? columns : across.get(r)[c];
        row.add(new Cell(t == null ? "" : t, span[r][c], wideAs > 1 ? wideAs : null, src, null));
        c += Math.max(0, across.get(r)[c] - 1);
      }
      rows.add(row);
    }
    return new Table(null, head.size(), columns, rows, notes);
  }
}
