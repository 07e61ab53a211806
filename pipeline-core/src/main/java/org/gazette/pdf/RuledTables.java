package org.gazette.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.gazette.model.Table;
import org.gazette.model.Table.Cell;
import org.gazette.text.Cjk;

/**
 * Ruled tables on a text-layer page: the rulings that cross one another form a table's frame; its
 * column edges are where its vertical rulings stand, its row edges where its horizontal ones do;
 * two neighbouring grid positions are one (merged) cell where no ruling separates them. Each glyph
 * belongs to the cell its centre falls in; a cell's text is its glyphs read line by line (a
 * vertical label, one character a line, reads top to bottom).
 */
final class RuledTables {
  /** Rulings this close (points) meet or stand at one edge. */
  private static final double NEAR = 2.0;

  /** Glyphs smaller than this share of a cell's usual height are note marks. */
  private static final double MARK = 0.72;

  private RuledTables() {}

  /**
   * A table found on a page.
   *
   * @param table the table (cells carry their boxes; no line sources yet)
   * @param rowTops the top of each row, to place the row's text among the page's lines
   * @param glyphs the glyphs inside the table's frame
   * @param top the frame's top
   * @param bottom the frame's bottom
   * @param edges the column edges
   */
  record Found(
      Table table,
      double[] rowTops,
      List<Glyph> glyphs,
      double top,
      double bottom,
      double[] edges) {}

  /** The ruled tables among {@code rulings}, with the glyphs they hold. */
  static List<Found> find(List<Rulings.Line> rulings, List<Glyph> glyphs) {
    List<Found> out = new ArrayList<>();
    List<Rulings.Line> lone = new ArrayList<>(); // rules crossing no other: maybe a 三线表's
    for (List<Rulings.Line> frame : frames(rulings)) {
      Found f = table(frame, glyphs);
      if (f != null) {
        out.add(f);
      } else if (frame.stream().allMatch(Rulings.Line::horizontal)) {
        lone.addAll(frame);
      }
    }
    out.addAll(RuleBoundTables.find(lone, glyphs));
    out.sort(Comparator.comparingDouble(Found::top));
    return out;
  }

  /** Groups of rulings that touch one another (union-find over crossing pairs). */
  private static List<List<Rulings.Line>> frames(List<Rulings.Line> rulings) {
    int n = rulings.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (touch(rulings.get(i), rulings.get(j))) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
    java.util.Map<Integer, List<Rulings.Line>> groups = new java.util.LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(rulings.get(i));
    }
    return new ArrayList<>(groups.values());
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static boolean touch(Rulings.Line a, Rulings.Line b) {
    if (a.horizontal() == b.horizontal()) {
      return a.horizontal()
          ? Math.abs(a.y0() - b.y0()) < NEAR && a.x0() <= b.x1() + NEAR && b.x0() <= a.x1() + NEAR
          : Math.abs(a.x0() - b.x0()) < NEAR && a.y0() <= b.y1() + NEAR && b.y0() <= a.y1() + NEAR;
    }
    Rulings.Line h = a.horizontal() ? a : b;
    Rulings.Line v = a.horizontal() ? b : a;
    return v.x0() >= h.x0() - NEAR
        && v.x0() <= h.x1() + NEAR
        && h.y0() >= v.y0() - NEAR
        && h.y0() <= v.y1() + NEAR;
  }

  private static Found table(List<Rulings.Line> frame, List<Glyph> glyphs) {
    double[] xs = edges(frame, false);
    double[] ys = OpenEnds.of(frame, xs, edges(frame, true), glyphs);
    int rows = ys.length - 1;
    int cols = xs.length - 1;
    if (rows < 1 || cols < 2) {
      return null; // a box around text, a lone rule, or a frame of one column (a 红头's masthead
      // boxed with its 字号): text read in its order, no table
    }
    int[] parent = new int[rows * cols];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        double midY = (ys[r] + ys[r + 1]) / 2;
        double midX = (xs[c] + xs[c + 1]) / 2;
        if (c + 1 < cols && !ruled(frame, false, xs[c + 1], ys[r], ys[r + 1], midY)) {
          parent[find(parent, r * cols + c)] = find(parent, r * cols + c + 1);
        }
        if (r + 1 < rows && !ruled(frame, true, ys[r + 1], xs[c], xs[c + 1], midX)) {
          parent[find(parent, r * cols + c)] = find(parent, (r + 1) * cols + c);
        }
      }
    }
    // each cell: the bounding grid rectangle of its positions
    int[] r0 = new int[parent.length];
    int[] r1 = new int[parent.length];
    int[] c0 = new int[parent.length];
    int[] c1 = new int[parent.length];
    java.util.Arrays.fill(r0, Integer.MAX_VALUE);
    java.util.Arrays.fill(c0, Integer.MAX_VALUE);
    java.util.Arrays.fill(r1, -1);
    java.util.Arrays.fill(c1, -1);
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        int k = find(parent, r * cols + c);
        r0[k] = Math.min(r0[k], r);
        r1[k] = Math.max(r1[k], r);
        c0[k] = Math.min(c0[k], c);
        c1[k] = Math.max(c1[k], c);
      }
    }
    double top = ys[0];
    double bottom = ys[rows];
    List<Glyph> inside = new ArrayList<>();
    List<List<Glyph>> byCell = new ArrayList<>();
    for (int i = 0; i < parent.length; i++) {
      byCell.add(new ArrayList<>());
    }
    for (Glyph g : glyphs) {
      double cx = g.x() + g.width() / 2;
      double cy = g.y() - g.height() / 3;
      if (cx < xs[0] || cx > xs[cols] || cy < top || cy > bottom) {
        continue;
      }
      inside.add(g);
      int c = Math.min(cols - 1, Math.max(0, slot(xs, cx)));
      int r = Math.min(rows - 1, Math.max(0, slot(ys, cy)));
      byCell.get(find(parent, r * cols + c)).add(g);
    }
    List<List<Cell>> grid = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      List<Cell> row = new ArrayList<>();
      for (int c = 0; c < cols; c++) {
        int k = find(parent, r * cols + c);
        if (r0[k] != r || c0[k] != c) {
          continue; // covered by a merged cell, or not its top-left position
        }
        List<Double> box = List.of(xs[c], ys[r], xs[c1[k] + 1], ys[r1[k] + 1]);
        row.add(new Cell(text(byCell.get(k)), r1[k] - r + 1, c1[k] - c + 1, null, box));
      }
      grid.add(row);
    }
    int header = 1;
    for (Cell c : grid.get(0)) {
      header = Math.max(header, c.rows());
    }
    double[] tops = new double[rows];
    System.arraycopy(ys, 0, tops, 0, rows);
    Table t = new Table(null, Math.min(header, rows), cols, grid, null);
    return new Found(t, tops, inside, top, bottom, xs);
  }

  /** The index of the slot of {@code v} among {@code edges}. */
  private static int slot(double[] edges, double v) {
    for (int i = 0; i + 1 < edges.length; i++) {
      if (v < edges[i + 1]) {
        return i;
      }
    }
    return edges.length - 2;
  }

  /** Distinct positions of the horizontal (or vertical) rulings, merged within {@link #NEAR}. */
  private static double[] edges(List<Rulings.Line> frame, boolean horizontal) {
    Set<Double> raw = new TreeSet<>();
    for (Rulings.Line l : frame) {
      if (l.horizontal() == horizontal) {
        raw.add(horizontal ? l.y0() : l.x0());
      }
    }
    List<Double> out = new ArrayList<>();
    for (double v : raw) {
      if (out.isEmpty() || v - out.get(out.size() - 1) > NEAR) {
        out.add(v);
      }
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /**
   * Whether a ruling at {@code at} (a y for horizontal rulings, an x for vertical ones) covers the
   * middle {@code mid} of the span from {@code from} to {@code to} along it.
   */
  private static boolean ruled(
      List<Rulings.Line> frame, boolean horizontal, double at, double from, double to, double mid) {
    for (Rulings.Line l : frame) {
      if (l.horizontal() != horizontal) {
        continue;
      }
      double pos = horizontal ? l.y0() : l.x0();
      double lo = horizontal ? l.x0() : l.y0();
      double hi = horizontal ? l.x1() : l.y1();
      if (Math.abs(pos - at) <= NEAR && lo <= mid && hi >= mid) {
        return true;
      }
    }
    return false;
  }

  /**
   * A cell's text: its glyphs in lines by baseline, each line in x order, lines joined; note marks
   * set small above the text (a superscript 2, *, §) go at the end, after the words they annotate.
   */
  static String text(List<Glyph> glyphs) {
    if (glyphs.isEmpty()) {
      return "";
    }
    double[] heights = glyphs.stream().mapToDouble(Glyph::height).sorted().toArray();
    double median = heights[heights.length / 2];
    List<Glyph> marks = new ArrayList<>();
    List<Glyph> sorted = new ArrayList<>();
    for (Glyph g : glyphs) {
      (g.height() < MARK * median ? marks : sorted).add(g);
    }
    String body = lines(sorted);
    return marks.isEmpty() ? body : body + lines(marks);
  }

  /** Glyphs read line by line (by baseline), each line in x order. */
  private static String lines(List<Glyph> sorted) {
    if (sorted.isEmpty()) {
      return "";
    }
    sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
    StringBuilder out = new StringBuilder();
    List<Glyph> line = new ArrayList<>();
    double y = sorted.get(0).y();
    for (Glyph g : sorted) {
      if (!line.isEmpty() && Math.abs(g.y() - y) > 0.45 * Math.max(g.height(), 4)) {
        out.replace(0, out.length(), Cjk.join(out.toString(), join(line)));
        line.clear();
      }
      if (line.isEmpty()) {
        y = g.y();
      }
      line.add(g);
    }
    return Cjk.join(out.toString(), join(line));
  }

  private static String join(List<Glyph> line) {
    line.sort(Comparator.comparingDouble(Glyph::x));
    StringBuilder sb = new StringBuilder();
    Glyph prev = null;
    for (Glyph g : line) {
      if (prev != null) {
        double gap = g.x() - (prev.x() + prev.width());
        boolean wide =
            Cjk.isWide(prev.text().codePointAt(0)) && Cjk.isWide(g.text().codePointAt(0));
        if (gap > 0.25 * Math.max(g.width(), 0.3 * g.height()) && !wide) {
          sb.append(' ');
        }
      }
      sb.append(g.text());
      prev = g;
    }
    return sb.toString();
  }
}
