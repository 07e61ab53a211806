package org.gazette.table;

import java.util.ArrayList;
import java.util.List;
import org.gazette.model.Cancel;
import org.gazette.model.SourceLine;
import org.gazette.model.Span;
import org.gazette.model.Table;
import org.gazette.text.Cjk;

/**
 * A web page's table as a crawler writes its text: each cell's text on lines of its own, the cells
 * of a row apart by a line holding only a tab, the rows by nothing but the line break ({@code 序号} /
 * {@code ⇥} / {@code 申请时应提供的证明材料} / {@code ⇥} / … / {@code 核发部门或机构} / {@code 1} / {@code ⇥} / …). A
 * cell's wrapped lines stand apart by blank lines. The header row gives the column count: its cells
 * are one line each, and its last cell shares the stretch between two tabs with the first cell of
 * the next row. Where the first column is a serial number ({@code 序号}), a row starts at the line
 * holding the next number, however many cells the row above had (cells merged from above).
 */
public final class TabLineTables {
  /** Fewest cell separators a table has: a header and one row of two columns at least. */
  private static final int MIN_TABS = 3;

  /** Most lines of text between two separators: a cell (or a row's last and next first) wrapped. */
  private static final int MAX_BETWEEN = 8;

  private TabLineTables() {}

  /**
   * A table found among raw lines (blank lines kept).
   *
   * @param to index after its last line
   */
  public record Found(int to, Table table) {}

  /** True for a line that holds nothing but a tab (and spaces): a cell separator. */
  static boolean separator(SourceLine l) {
    return l.text().indexOf('\t') >= 0 && l.text().isBlank();
  }

  /** The table whose first cell is line {@code i} of {@code lines}, or null. */
  public static Found at(List<SourceLine> lines, int i) {
    SourceLine first = lines.get(i);
    if (first.isBlank()) {
      return null;
    }
    int n = next(lines, i + 1);
    if (n >= lines.size() || !separator(lines.get(n))) {
      return null;
    }
    int lastSep = n; // the run goes on while separators come within a few lines of each other
    int tabs = 1;
    int text = 0;
    for (int k = n + 1; k < lines.size() && text <= MAX_BETWEEN; k++) {
      Cancel.check();
      if (separator(lines.get(k))) {
        lastSep = k;
        tabs++;
        text = 0;
      } else if (!lines.get(k).isBlank()) {
        text++;
      }
    }
    if (tabs < MIN_TABS) {
      return null;
    }
    // the last row's last cell: the line after the last separator
    int end = next(lines, lastSep + 1);
    end = end < lines.size() && !lines.get(end).isBlank() ? end + 1 : lastSep + 1;
    List<List<SourceLine>> stretches = new ArrayList<>();
    stretches.add(new ArrayList<>(List.of(first)));
    for (int k = n; k < end; k++) {
      if (separator(lines.get(k))) {
        stretches.add(new ArrayList<>());
      } else if (!lines.get(k).isBlank()) {
        stretches.get(stretches.size() - 1).add(lines.get(k));
      }
    }
    Table t = parse(stretches);
    return t == null ? null : new Found(end, t);
  }

  private static int next(List<SourceLine> lines, int k) {
    while (k < lines.size() && lines.get(k).isBlank() && !separator(lines.get(k))) {
      k++;
    }
    return k;
  }

  /** The rows the stretches make, or null when they make no table. */
  static Table parse(List<List<SourceLine>> stretches) {
    int h = 0;
    while (h < stretches.size() && stretches.get(h).size() < 2) {
      h++;
    }
    if (h == 0 || h >= stretches.size() - 1) {
      return null; // no header row of two or more one-line cells
    }
    int columns = h + 1;
    boolean serial = Cjk.fold(stretches.get(0).get(0).text()).startsWith("序");
    List<List<Table.Cell>> rows = new ArrayList<>();
    List<Table.Cell> row = new ArrayList<>();
    for (int s = 0; s < h; s++) {
      row.add(cell(stretches.get(s)));
    }
    int expected = 1;
    for (int s = h; s < stretches.size(); s++) {
      List<SourceLine> st = stretches.get(s);
      boolean last = s == stretches.size() - 1;
      boolean numbered = serial && st.size() >= 2 && isNumber(st.get(st.size() - 1), expected);
      // a full row's last cell and a line more: the next row starts there, under the serial of
      // the row above when it is no number (a row's second line, its 序号 merged)
      boolean full = row.size() == columns - 1 && st.size() >= 2;
      boolean bound = numbered || full;
      if (!bound || last && !serial && st.size() < 2) {
        row.add(cell(st));
        if (last) {
          rows.add(pad(row, columns));
        }
        continue;
      }
      row.add(cell(st.subList(0, st.size() - 1)));
      rows.add(pad(row, columns));
      row = new ArrayList<>();
      if (serial && !numbered) {
        row.add(Table.Cell.of("", null)); // under the 序号 of the row above
      } else {
        expected++;
      }
      row.add(cell(st.subList(st.size() - 1, st.size())));
      if (last) {
        rows.add(pad(row, columns));
      }
    }
    if (rows.size() < 2 || rows.stream().anyMatch(r -> r.size() > columns)) {
      return null;
    }
    return new Table(null, 1, columns, rows, null);
  }

  private static boolean isNumber(SourceLine l, int n) {
    return Cjk.fold(l.text()).equals(Integer.toString(n));
  }

  private static List<Table.Cell> pad(List<Table.Cell> row, int columns) {
    List<Table.Cell> out = new ArrayList<>(row);
    while (out.size() < columns) {
      out.add(Table.Cell.of("", row.get(row.size() - 1).source()));
    }
    return out;
  }

  private static Table.Cell cell(List<SourceLine> lines) {
    StringBuilder t = new StringBuilder();
    for (SourceLine l : lines) {
      t.append(Cjk.collapseSpaces(l.text()));
    }
    int from = lines.isEmpty() ? 0 : lines.get(0).number();
    int to = lines.isEmpty() ? 0 : lines.get(lines.size() - 1).number();
    return Table.Cell.of(t.toString(), lines.isEmpty() ? null : new Span(from, to));
  }
}
