package org.gazette.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gazette.model.Table;
import org.gazette.model.Table.Cell;
import org.gazette.text.Patterns;

/**
 * Tables ruled by horizontal rules only (三线表): three or more rules of the same width, one above the
 * header, one under it, one under the last row. Columns are where no glyph of the table stands (a
 * gap down its whole height); rows are its text lines, a line that follows closer than the rows are
 * apart belonging to the row above it (a cell wrapped onto two lines); the lines between the first
 * two rules are the header.
 */
final class RuleBoundTables {
  /** Rules whose ends are this close (points) are of one table. */
  private static final double SAME_END = 3;

  /** A column gap is at least this many times the median glyph width. */
  private static final double GAP = 1.5;

  /** The header between the first two rules is at most this tall (points). */
  private static final double HEADER_MAX = 80;

  /** Lines closer than this share of the usual row pitch are one row. */
  private static final double SAME_ROW = 0.6;

  private RuleBoundTables() {}

  /** The rule-bound tables among the lone horizontal {@code rules}. */
  static List<RuledTables.Found> find(List<Rulings.Line> rules, List<Glyph> glyphs) {
    List<Rulings.Line> sorted = new ArrayList<>(rules);
    sorted.sort(Comparator.comparingDouble(Rulings.Line::y0));
    List<RuledTables.Found> out = new ArrayList<>();
    boolean[] used = new boolean[sorted.size()];
    for (int i = 0; i < sorted.size(); i++) {
      if (used[i]) {
        continue;
      }
      List<Rulings.Line> set = new ArrayList<>(List.of(sorted.get(i)));
      for (int j = i + 1; j < sorted.size(); j++) {
        if (!used[j] && sameEnds(sorted.get(i), sorted.get(j))) {
          set.add(sorted.get(j));
          used[j] = true;
        }
      }
      // three rules at a time: above the header (no taller than a few lines), under it, under
      // the last row
      int k = 0;
      while (k + 2 < set.size()) {
        RuledTables.Found f =
            set.get(k + 1).y0() - set.get(k).y0() <= HEADER_MAX
                ? table(set.subList(k, k + 3), glyphs)
                : null;
        if (f != null) {
          out.add(f);
        }
        k += f != null ? 3 : 1;
      }
    }
    return out;
  }

  private static boolean sameEnds(Rulings.Line a, Rulings.Line b) {
    return Math.abs(a.x0() - b.x0()) <= SAME_END && Math.abs(a.x1() - b.x1()) <= SAME_END;
  }

  private static RuledTables.Found table(List<Rulings.Line> rules, List<Glyph> glyphs) {
    double top = rules.get(0).y0();
    double head = rules.get(1).y0();
    double bottom = rules.get(rules.size() - 1).y0();
    double left = rules.get(0).x0();
    double right = rules.get(0).x1();
    List<Glyph> inside = new ArrayList<>();
    for (Glyph g : glyphs) {
      double cx = g.x() + g.width() / 2;
      double cy = g.y() - g.height() / 3;
      if (cx >= left && cx <= right && cy >= top && cy <= bottom) {
        inside.add(g);
      }
    }
    if (inside.isEmpty()) {
      return null;
    }
    double[] edges = columns(inside, left, right);
    List<List<Glyph>> lines = lines(inside);
    List<Double> pitches = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      pitches.add(baseline(lines.get(i)) - baseline(lines.get(i - 1)));
    }
    double pitch =
        pitches.isEmpty() ? 0 : pitches.stream().sorted().toList().get(pitches.size() / 2);
    // rows: lines grouped; a new row at the header rule, and where a line is a full pitch below
    List<List<Glyph>> rows = new ArrayList<>();
    List<Double> tops = new ArrayList<>();
    int headerRows = 0;
    for (int i = 0; i < lines.size(); i++) {
      double y = baseline(lines.get(i));
      boolean underHeader = y > head;
      boolean newRow =
          i == 0
              || (underHeader && baseline(lines.get(i - 1)) < head)
              || y - baseline(lines.get(i - 1)) >= SAME_ROW * pitch;
      if (newRow) {
        rows.add(new ArrayList<>());
        tops.add(i == 0 ? top : y - lines.get(i).get(0).height());
        if (!underHeader) {
          headerRows++;
        }
      }
      rows.get(rows.size() - 1).addAll(lines.get(i));
    }
    int cols = edges.length - 1;
    if (cols < 2 || rows.size() - headerRows < 2 || headerRows == 0) {
      return null; // not a table: a 版记's rules around 抄送 and 印发 lines, a boxed note
    }
    List<List<Cell>> grid = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<List<Glyph>> cells = new ArrayList<>();
      for (int c = 0; c < cols; c++) {
        cells.add(new ArrayList<>());
      }
      for (Glyph g : rows.get(r)) {
        double cx = g.x() + g.width() / 2;
        int c = 0;
        while (c + 1 < cols && cx >= edges[c + 1]) {
          c++;
        }
        cells.get(c).add(g);
      }
      double rowTop = tops.get(r);
      double rowBottom = r + 1 < rows.size() ? tops.get(r + 1) : bottom;
      List<Cell> row = new ArrayList<>();
      for (int c = 0; c < cols; c++) {
        List<Double> box = List.of(edges[c], rowTop, edges[c + 1], rowBottom);
        row.add(new Cell(RuledTables.text(cells.get(c)), null, null, null, box));
      }
      grid.add(row);
    }
    long named = grid.get(0).stream().filter(c -> !c.text().isBlank()).count();
    if (named < 2 || Patterns.HARD_START.matcher(grid.get(0).get(0).text()).matches()) {
      return null; // a header names at least two columns, and is no 抄送/印发 line
    }
    double[] rowTops = tops.stream().mapToDouble(Double::doubleValue).toArray();
    Table t = new Table(null, headerRows, cols, grid, null);
    return new RuledTables.Found(t, rowTops, inside, top, bottom, edges);
  }

  /** Column edges: the rules' ends and the middle of every gap no glyph crosses. */
  private static double[] columns(List<Glyph> glyphs, double left, double right) {
    double[] widths = glyphs.stream().mapToDouble(Glyph::width).sorted().toArray();
    double gap = GAP * widths[widths.length / 2];
    List<double[]> spans = new ArrayList<>();
    glyphs.stream()
        .sorted(Comparator.comparingDouble(Glyph::x))
        .forEach(
            g -> {
              double[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
              if (last != null && g.x() <= last[1] + gap) {
                last[1] = Math.max(last[1], g.x() + g.width());
              } else {
                spans.add(new double[] {g.x(), g.x() + g.width()});
              }
            });
    double[] edges = new double[spans.size() + 1];
    edges[0] = left;
    for (int i = 1; i < spans.size(); i++) {
      edges[i] = (spans.get(i - 1)[1] + spans.get(i)[0]) / 2;
    }
    edges[spans.size()] = right;
    return edges;
  }

  /** Glyphs in lines by baseline, top to bottom. */
  private static List<List<Glyph>> lines(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::y));
    List<List<Glyph>> out = new ArrayList<>();
    for (Glyph g : sorted) {
      List<Glyph> last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && Math.abs(g.y() - baseline(last)) <= 0.45 * Math.max(g.height(), 4)) {
        last.add(g);
      } else {
        out.add(new ArrayList<>(List.of(g)));
      }
    }
    return out;
  }

  private static double baseline(List<Glyph> line) {
    return line.get(0).y();
  }
}
