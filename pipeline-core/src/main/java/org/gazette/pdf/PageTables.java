package org.gazette.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazette.model.PlacedTable;
import org.gazette.model.Span;
import org.gazette.model.Table;
import org.gazette.model.Table.Cell;

/**
 * The ruled tables of a PDF's pages, from finding them among a page's glyphs to placing them on the
 * numbered lines: each table row becomes one line of the page (its cells' text separated by tabs)
 * at the row's height, so the text stays in reading order and every character on a line; a table
 * that runs to the foot of a page and goes on at the head of the next (nothing but page furniture
 * between, the same columns) is joined into one, a header repeated on the next page dropped from
 * the grid (its line stays in the table's span).
 */
final class PageTables {
  /** Column edges this close (points) are the same columns on the next page. */
  private static final double SAME_EDGE = 3;

  /** One table on a page and the lines that carry its rows. */
  record OnPage(RuledTables.Found found, int page, List<TextLine> rows) {}

  private final Map<TextLine, OnPage> rowOf = new IdentityHashMap<>();
  private final List<OnPage> tables = new ArrayList<>();

  /**
   * The lines of a page: the glyphs outside its ruled tables built into lines, and a line per table
   * row, in order down the page.
   */
  List<TextLine> lines(List<Glyph> glyphs, List<RuledTables.Found> found, int page) {
    if (found.isEmpty()) {
      return LineBuilder.lines(glyphs, page);
    }
    Set<Glyph> used = Collections.newSetFromMap(new IdentityHashMap<>());
    found.forEach(f -> used.addAll(f.glyphs()));
    List<Glyph> rest = glyphs.stream().filter(g -> !used.contains(g)).toList();
    return withRows(new ArrayList<>(LineBuilder.lines(rest, page)), found, page);
  }

  /**
   * The lines of a page read by OCR: its rows outside the tables {@code found} (from the engine's
   * single boxes and the rulings in the image), and a line per table row, in order down the page.
   */
  List<TextLine> ocrLines(List<TextLine> rows, List<RuledTables.Found> found, int page) {
    List<TextLine> out = new ArrayList<>();
    for (TextLine l : rows) {
      double x = (l.x0() + l.x1()) / 2;
      double y = l.y() - l.size() / 3;
      boolean inside =
          found.stream()
              .anyMatch(
                  f ->
                      x >= f.edges()[0]
                          && x <= f.edges()[f.edges().length - 1]
                          && y >= f.top()
                          && y <= f.bottom());
      if (!inside) {
        out.add(l);
      }
    }
    return withRows(out, found, page);
  }

  /** {@code out} with a line for every row of the tables {@code found}, sorted down the page. */
  private List<TextLine> withRows(List<TextLine> out, List<RuledTables.Found> found, int page) {
    for (RuledTables.Found f : found) {
      List<TextLine> rows = new ArrayList<>();
      List<List<Cell>> grid = f.table().rows();
      double[] x = f.edges();
      for (int r = 0; r < grid.size(); r++) {
        StringBuilder text = new StringBuilder();
        for (Cell c : grid.get(r)) {
          text.append(text.isEmpty() ? "" : "\t").append(c.text());
        }
        double size = f.glyphs().isEmpty() ? 10 : f.glyphs().get(0).height();
        rows.add(
            new TextLine(
                text.toString(), page, x[0], x[x.length - 1], f.rowTops()[r] + 0.01, size, false));
      }
      OnPage on = new OnPage(f, page, rows);
      tables.add(on);
      rows.forEach(l -> rowOf.put(l, on));
      out.addAll(rows);
    }
    out.sort(java.util.Comparator.comparingDouble(TextLine::y));
    return out;
  }

  /** The table a page line is a row of, or null. */
  OnPage tableOf(TextLine l) {
    return rowOf.get(l);
  }

  /**
   * The tables placed on their numbered lines: {@code lineOf} gives each row line's number; lines
   * whose numbers are in {@code furniture} may stand between the parts of a table continued over a
   * page break.
   */
  List<PlacedTable> place(Map<TextLine, Integer> lineOf, Set<Integer> furniture) {
    List<PlacedTable> out = new ArrayList<>();
    OnPage prev = null;
    for (OnPage t : tables) {
      if (!lineOf.containsKey(t.rows().get(0))) {
        continue; // its page was read by OCR instead
      }
      PlacedTable p = placed(t, lineOf);
      PlacedTable last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && continues(prev, t, last.endLine(), p.startLine(), furniture)) {
        out.set(out.size() - 1, join(last, regrid(p, prev.found().edges())));
        // the joined table keeps the first part's columns, and may go on over the next page
        prev = new OnPage(prev.found(), t.page(), t.rows());
        continue;
      } else {
        out.add(p);
      }
      prev = t;
    }
    return out;
  }

  private static PlacedTable placed(OnPage t, Map<TextLine, Integer> lineOf) {
    int[] lines = t.rows().stream().mapToInt(lineOf::get).toArray();
    List<List<Cell>> rows = new ArrayList<>();
    List<List<Cell>> grid = t.found().table().rows();
    for (int r = 0; r < grid.size(); r++) {
      List<Cell> row = new ArrayList<>();
      for (Cell c : grid.get(r)) {
        int end = lines[Math.min(lines.length - 1, r + c.rows() - 1)];
        Span src = new Span(lines[r], end, t.page(), t.page(), null, null);
        row.add(new Cell(c.text(), c.rowSpan(), c.colSpan(), src, c.box()));
      }
      rows.add(row);
    }
    Table old = t.found().table();
    Table table = new Table(null, old.headerRows(), old.columns(), rows, null);
    return new PlacedTable(lines[0], lines[lines.length - 1], table);
  }

  private static boolean continues(
      OnPage a, OnPage b, int aEnd, int bStart, Set<Integer> furniture) {
    if (a == null || b.page() != a.page() + 1) {
      return false;
    }
    double[] x = a.found().edges();
    double[] y = b.found().edges();
    // the same frame: the outer edges agree and every column edge below is one of those above
    if (Math.abs(x[0] - y[0]) > SAME_EDGE
        || Math.abs(x[x.length - 1] - y[y.length - 1]) > SAME_EDGE) {
      return false;
    }
    for (double e : y) {
      if (Math.abs(x[nearest(x, e)] - e) > SAME_EDGE) {
        return false;
      }
    }
    for (int n = aEnd + 1; n < bStart; n++) {
      if (!furniture.contains(n)) {
        return false;
      }
    }
    return true;
  }

  /** The index of the edge of {@code edges} nearest {@code x}. */
  private static int nearest(double[] edges, double x) {
    int best = 0;
    for (int i = 1; i < edges.length; i++) {
      if (Math.abs(edges[i] - x) < Math.abs(edges[best] - x)) {
        best = i;
      }
    }
    return best;
  }

  /** {@code p}'s cells set on the columns {@code edges} (a continuation ruled more sparsely). */
  private static PlacedTable regrid(PlacedTable p, double[] edges) {
    List<List<Cell>> rows = new ArrayList<>();
    for (List<Cell> row : p.table().rows()) {
      List<Cell> out = new ArrayList<>();
      for (Cell c : row) {
        int from = nearest(edges, c.box().get(0));
        int to = nearest(edges, c.box().get(2));
        out.add(new Cell(c.text(), c.rowSpan(), Math.max(1, to - from), c.source(), c.box()));
      }
      rows.add(out);
    }
    Table t = p.table();
    return new PlacedTable(
        p.startLine(), p.endLine(), new Table(null, t.headerRows(), edges.length - 1, rows, null));
  }

  /** {@code b} appended to {@code a}, its header rows dropped when they repeat {@code a}'s. */
  private static PlacedTable join(PlacedTable a, PlacedTable b) {
    Table ta = a.table();
    Table tb = b.table();
    int skip = 0;
    int h = ta.headerRows();
    if (h > 0 && tb.rows().size() > h && ta.grid().subList(0, h).equals(tb.grid().subList(0, h))) {
      skip = h;
    }
    List<List<Cell>> rows = new ArrayList<>(ta.rows());
    rows.addAll(tb.rows().subList(skip, tb.rows().size()));
    return new PlacedTable(
        a.startLine(), b.endLine(), new Table(null, h, ta.columns(), rows, null));
  }
}
