package org.gazette.table;

import java.util.ArrayList;
import java.util.List;
import org.gazette.model.SourceLine;
import org.gazette.model.Span;
import org.gazette.model.Table.Cell;
import org.gazette.text.Cjk;

/**
 * A header of several rows that a PDF-to-text extraction linearised before numbered rows: a {@code
 * 序号} line, then the header's cells group by group ({@code 序号 乡镇} / {@code 公益性公墓（骨灰堂）} / {@code 乡镇级
 * 完成时限 村级} / {@code 完成时限} / {@code 2021} {@code 年} …), then the first row ({@code 1 …}) with one
 * cell per column. Lines without a blank line between them are one cell wrapped ({@code 2021} /
 * {@code 年}). With m cells over n columns the header has m − n + 1 rows, each of them its columns'
 * own cells (reaching down to the last header row) and, last, one cell over the columns of the rows
 * below it; such a spanning cell stands alone in its group right after a group of several cells.
 * The bottom row is its columns' last names.
 *
 * @param rows the header rows, each its cells left to right (a merged cell once, at its top-left)
 * @param columns the number of columns
 * @param last index of the header's last line
 */
record StackedHeader(List<List<Cell>> rows, int columns, int last) {
  /** Lines a header may take. */
  private static final int MAX_LINES = 16;

  /** The header starting at line {@code i}, or null. */
  static StackedHeader read(List<SourceLine> lines, int i) {
    List<String> first = Tokens.of(lines.get(i).text().strip());
    if (first.isEmpty() || Header.serialColumn(first) != 0) {
      return null;
    }
    int end = -1; // the first row's line
    for (int j = i + 1; j < lines.size() && j <= i + MAX_LINES; j++) {
      List<String> t = Tokens.of(lines.get(j).text().strip());
      if (!t.isEmpty() && t.get(0).equals("1") && t.size() >= 3) {
        end = j;
        break;
      }
      if (LinearTables.SENTENCE_END.matcher(lines.get(j).text().strip()).matches()) {
        return null;
      }
    }
    if (end < 0) {
      return null;
    }
    int n = Tokens.of(lines.get(end).text().strip()).size();
    List<List<Group>> groups = groups(lines, i, end);
    List<Group> cells = new ArrayList<>();
    List<Integer> parents = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      List<Group> group = groups.get(g);
      if (group.size() == 1 && g > 0 && groups.get(g - 1).size() > 1) {
        parents.add(cells.size());
      }
      cells.addAll(group);
    }
    int rows = cells.size() - n + 1;
    if (rows < 2 || parents.size() != rows - 1) {
      return null;
    }
    return layout(cells, parents, n, end - 1);
  }

  /** A header cell: its text and the lines it came from. */
  private record Group(String text, Span source) {}

  /** The header's groups: lines with no blank line between them, each a list of cells. */
  private static List<List<Group>> groups(List<SourceLine> lines, int from, int to) {
    List<List<Group>> out = new ArrayList<>();
    int j = from;
    while (j < to) {
      int k = j;
      while (k + 1 < to && lines.get(k + 1).number() == lines.get(k).number() + 1) {
        k++;
      }
      if (k == j) {
        List<Group> cells = new ArrayList<>();
        for (String t : Tokens.of(lines.get(j).text().strip())) {
          cells.add(new Group(t, new Span(lines.get(j).number(), lines.get(j).number())));
        }
        out.add(cells);
      } else {
        StringBuilder sb = new StringBuilder();
        for (int x = j; x <= k; x++) {
          sb.append(Cjk.collapseSpaces(lines.get(x).text()).replace(" ", ""));
        }
        Span s = new Span(lines.get(j).number(), lines.get(k).number());
        out.add(List.of(new Group(sb.toString(), s)));
      }
      j = k + 1;
    }
    return out;
  }

  /**
   * Sets the cells out bottom up: the last row's cells over the last columns, then each row above
   * its own cells left of them (reaching down) and its spanning cell over them.
   */
  private static StackedHeader layout(List<Group> cells, List<Integer> parents, int n, int last) {
    List<List<Group>> rows = new ArrayList<>();
    int start = 0;
    for (int p : parents) {
      rows.add(cells.subList(start, p + 1));
      start = p + 1;
    }
    rows.add(cells.subList(start, cells.size()));
    int k = rows.size();
    List<List<Cell>> out = new ArrayList<>();
    int[] begin = new int[k];
    begin[k - 1] = n - rows.get(k - 1).size();
    for (int r = k - 2; r >= 0; r--) {
      begin[r] = begin[r + 1] - (rows.get(r).size() - 1);
    }
    if (begin[0] != 0 || begin[k - 1] < 0) {
      return null;
    }
    for (int r = 0; r < k; r++) {
      List<Cell> row = new ArrayList<>();
      List<Group> own = rows.get(r);
      boolean bottom = r == k - 1;
      for (int c = 0; c < own.size(); c++) {
        Group g = own.get(c);
        boolean spanning = !bottom && c == own.size() - 1;
        Integer rowSpan = spanning || bottom ? null : k - r;
        Integer colSpan = spanning ? n - begin[r + 1] : null;
        row.add(new Cell(g.text(), rowSpan, colSpan, g.source(), null));
      }
      out.add(row);
    }
    return new StackedHeader(out, n, last);
  }
}
