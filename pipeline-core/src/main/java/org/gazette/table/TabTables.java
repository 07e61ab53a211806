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
 *   <li>a row of one cell spans the table (a group's label over its rows, {@code 第三届});
 *   <li>a row shorter than the table keeps its last cells under the last columns (as many as the
 *       header has columns right of its first), and the cell left of them spans the gap: a header
 *       {@code 税目 | 征税对象 | 税率} over a five-column body has 税目 across three columns.
 * </ul>
 *
 * A cell's line breaks are exported as they are: how a row taken over several lines is put back
 * together is told at {@link #group}.
 */
public final class TabTables {
  private TabTables() {}

  /** True for a line that holds a tab between two pieces of text. */
  public static boolean tabRow(String line) {
    return line.strip().contains("\t");
  }

  /**
   * True when tab-separated {@code lines} are a form rather than a table: in half of them or more a
   * cell is a label waiting for its value, with nothing or another label after it ({@code
   * 所在单位：\t联系方式：}). A label followed by its value is a table's row label ({@code
   * 第一界别：\t工商、金融界\t300人}).
   */
  public static boolean form(List<SourceLine> lines) {
    long labelled = lines.stream().filter(l -> waiting(l.text().strip().split("\t"))).count();
    return labelled * 2 >= lines.size();
  }

  private static boolean waiting(String[] cells) {
    for (int i = 0; i < cells.length; i++) {
      if (label(cells[i])
          && (i + 1 == cells.length || cells[i + 1].isBlank() || label(cells[i + 1]))) {
        return true;
      }
    }
    return false;
  }

  private static boolean label(String cell) {
    String c = cell.strip();
    return c.endsWith("：") || c.endsWith(":");
  }

  /** The table printed by consecutive tab-separated {@code lines}. */
  public static Table parse(List<SourceLine> lines) {
    List<List<String>> texts = new ArrayList<>();
    List<SourceLine> rowLines = new ArrayList<>();
    group(lines, texts, rowLines);
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
      int wide = m == 1 ? 0 : m < columns && values > 0 ? m - values - 1 : -1;
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

  /**
   * Reads {@code lines} into rows ({@code texts}, with each row's first line in {@code rowLines}).
   * A word processor writes a cell's line breaks into the export as they are, so a row may take
   * several lines:
   *
   * <ul>
   *   <li>short rows at the top, together no wider than the table, are one header row wrapped cell
   *       by cell ({@code 税目 | 计税} / {@code 单位 | 年基准} / {@code 税额 | 备注});
   *   <li>a line without a tab continues the last filled cell above ({@code 平均税额} / {@code
   *       （元/平方米）}); but it fills the row's empty last cell where that column is filled in most
   *       rows ({@code 第四界别： | 立法会议员…等界 |} / {@code 300人}), and starts the next row's first cell
   *       where that column is mostly empty ({@code 其他} / {@code 车辆 | 专用作业车 | …}) or the row above
   *       ends in a value, which never wraps into words ({@code 劳工…等界 | 200人} / {@code
   *       立法会议员、区域性组织代} / {@code 表、…的代表 |});
   *   <li>a line that closes a bracket the next row's first cell leaves open ends that cell, though
   *       the export wrote it first ({@code 容量（排气量）分档〕} / {@code 乘用车〔按发动机汽缸 | …}).
   * </ul>
   */
  private static void group(
      List<SourceLine> lines, List<List<String>> texts, List<SourceLine> rowLines) {
    List<List<String>> split = new ArrayList<>();
    for (SourceLine l : lines) {
      List<String> cells = new ArrayList<>();
      for (String c : trim(l.text()).split("\t", -1)) {
        cells.add(Cjk.collapseSpaces(c));
      }
      split.add(cells);
    }
    int columns = split.stream().mapToInt(List::size).max().orElse(1);
    boolean lastFilled = filled(split, columns - 1);
    String before = "";
    String after = "";
    for (int i = 0; i < split.size(); i++) {
      List<String> cells = split.get(i);
      List<String> next =
          i + 1 < split.size() && split.get(i + 1).size() > 1 ? split.get(i + 1) : null;
      if (cells.size() == 1 && !texts.isEmpty()) {
        String f = cells.get(0);
        List<String> above = texts.get(texts.size() - 1);
        int last = above.size() - 1;
        if (next != null && closes(f, next.get(0))) {
          after = Cjk.join(after, f);
        } else if (above.size() == columns && above.get(last).isEmpty() && lastFilled) {
          above.set(last, f);
        } else if (next != null
            && !next.get(0).isEmpty()
            && LinearTables.VALUE.matcher(above.get(last)).matches()
            && TabExtent.groupLabel(f)) {
          texts.add(new ArrayList<>(List.of(f))); // a row across the table heading the rows below
          rowLines.add(lines.get(i));
        } else if (next != null
            && !next.get(0).isEmpty()
            && (above.size() == columns && above.get(last).isEmpty()
                || LinearTables.VALUE.matcher(above.get(last)).matches())) {
          before = Cjk.join(before, f);
        } else {
          int k = last;
          while (k > 0 && above.get(k).isEmpty()) {
            k--;
          }
          above.set(k, Cjk.join(above.get(k), f));
        }
        continue;
      }
      cells = new ArrayList<>(cells);
      if (!before.isEmpty() || !after.isEmpty()) {
        cells.set(0, Cjk.join(Cjk.join(before, cells.get(0)), after));
        before = "";
        after = "";
      }
      if (texts.size() == 1 && headerWraps(texts.get(0), cells, columns)) {
        List<String> head = texts.get(0);
        head.set(head.size() - 1, Cjk.join(head.get(head.size() - 1), cells.get(0)));
        head.addAll(cells.subList(1, cells.size()));
        continue;
      }
      texts.add(cells);
      rowLines.add(lines.get(i));
    }
  }

  /**
   * Both rows shorter than the table and together no wider: one header row wrapped in its cells.
   */
  private static boolean headerWraps(List<String> head, List<String> row, int columns) {
    return head.size() < columns
        && row.size() > 1
        && row.size() < columns
        && head.size() + row.size() - 1 <= columns
        && !row.get(0).isEmpty();
  }

  /** True when {@code column} is filled in most full-width rows. */
  private static boolean filled(List<List<String>> rows, int column) {
    int full = 0;
    int set = 0;
    for (List<String> r : rows) {
      if (r.size() > column && r.size() > 1) {
        full++;
        set += r.get(column).isEmpty() ? 0 : 1;
      }
    }
    return set * 2 > full;
  }

  /** True when {@code fragment} closes a bracket that {@code cell} opens and leaves open. */
  private static boolean closes(String fragment, String cell) {
    int open = Cjk.bracketDepth(cell);
    int close = Cjk.bracketDepth(fragment);
    return open > 0 && close < 0 && open + close == 0;
  }

  /** The line without surrounding spaces, keeping its tabs (an empty first or last cell). */
  static String trim(String line) {
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
