package org.gazette.table;

import java.util.ArrayList;
import java.util.List;
import org.gazette.model.SourceLine;
import org.gazette.model.Span;
import org.gazette.model.Table;
import org.gazette.model.Table.Cell;
import org.gazette.text.Cjk;

/**
 * Tables that survived extraction as tab-separated rows, one row a line; the first row is the
 * header. A word processor's export leaves merged cells as gaps, read back as merges:
 *
 * <ul>
 *   <li>empty leading cells of a body row lie under a row label merged down ({@code 能源矿产} over the
 *       rows of its minerals);
 *   <li>a row shorter than the table keeps its last cells under the last columns (as many as the
 *       header has columns right of its first), and the cell left of them spans the gap: a header
 *       {@code 税目 | 征税对象 | 税率} over a five-column body has 税目 across three columns.
 * </ul>
 *
 * A line without a tab inside the table continues the last filled cell of the row above (a header
 * cell wrapped onto a line of its own).
 */
public final class TabTables {
  private TabTables() {}

  /** True for a line that holds a tab between two pieces of text. */
  public static boolean tabRow(String line) {
    return line.strip().contains("\t");
  }

  /**
   * True when tab-separated {@code lines} are a form rather than a table: in half of them or more a
   * cell is a label waiting for its value ({@code 所在单位：\t联系方式：}).
   */
  public static boolean form(List<SourceLine> lines) {
    long labelled =
        lines.stream()
            .filter(
                l ->
                    java.util.Arrays.stream(l.text().split("\t"))
                        .map(String::strip)
                        .anyMatch(c -> c.endsWith("：") || c.endsWith(":")))
            .count();
    return labelled * 2 >= lines.size();
  }

  /** The table printed by consecutive tab-separated {@code lines}. */
  public static Table parse(List<SourceLine> lines) {
    List<List<String>> texts = new ArrayList<>();
    List<SourceLine> rowLines = new ArrayList<>();
    for (SourceLine l : lines) {
      List<String> cells = new ArrayList<>();
      for (String c : trim(l.text()).split("\t", -1)) {
        cells.add(Cjk.collapseSpaces(c));
      }
      if (cells.size() == 1 && !texts.isEmpty()) {
        List<String> above = texts.get(texts.size() - 1);
        int k = above.size() - 1;
        while (k > 0 && above.get(k).isEmpty()) {
          k--;
        }
        above.set(k, Cjk.join(above.get(k), cells.get(0)));
        continue;
      }
      texts.add(cells);
      rowLines.add(l);
    }
    int columns = texts.stream().mapToInt(List::size).max().orElse(1);
    int values = texts.get(0).size() < columns ? texts.get(0).size() - 1 : 0;
    // per row, per column: the cell's text at its first column, its column span, or null when
    // the position is covered by a cell to its left
    List<String[]> grid = new ArrayList<>();
    List<int[]> colSpan = new ArrayList<>();
    for (List<String> cells : texts) {
      String[] g = new String[columns];
      int[] span = new int[columns];
      int m = cells.size();
      int wide = m < columns && values > 0 ? m - values - 1 : -1;
      int c = 0;
      for (int i = 0; i < m; i++) {
        int s = i == wide ? columns - m + 1 : 1;
        g[c] = cells.get(i);
        span[c] = s;
        c += s;
      }
      for (; c < columns; c++) {
        g[c] = "";
        span[c] = 1;
      }
      grid.add(g);
      colSpan.add(span);
    }
    int[][] rowSpan = new int[grid.size()][columns];
    for (int r = 0; r < grid.size(); r++) {
      for (int c = 0; c < columns; c++) {
        rowSpan[r][c] = grid.get(r)[c] == null ? 0 : 1;
      }
      for (int c = 0; r > 1 && c < columns && "".equals(grid.get(r)[c]); c++) {
        int up = r - 1;
        while (up > 1 && rowSpan[up][c] == 0) {
          up--;
        }
        if (up < 1 || grid.get(up)[c] == null || grid.get(up)[c].isEmpty()) {
          break;
        }
        rowSpan[up][c]++;
        rowSpan[r][c] = 0;
      }
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (int r = 0; r < grid.size(); r++) {
      Span src = new Span(rowLines.get(r).number(), rowLines.get(r).number());
      List<Cell> row = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        if (rowSpan[r][c] > 0 && grid.get(r)[c] != null) {
          row.add(new Cell(grid.get(r)[c], rowSpan[r][c], colSpan.get(r)[c], src, null));
        }
      }
      rows.add(row);
    }
    return new Table(null, 1, columns, rows, null);
  }

  /** The line without surrounding spaces, keeping its tabs (an empty first or last cell). */
  private static String trim(String line) {
    int a = 0;
    int b = line.length();
    while (a < b && line.charAt(a) != '\t' && Character.isWhitespace(line.charAt(a))) {
      a++;
    }
    while (b > a && line.charAt(b - 1) != '\t' && Character.isWhitespace(line.charAt(b - 1))) {
      b--;
    }
    return line.substring(a, b);
  }
}
