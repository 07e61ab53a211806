package org.gazette.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gazette.text.Cjk;

/**
 * Groups a page's glyphs into lines by baseline and joins each line's characters in x order: no
 * space between CJK characters (PDFs often carry stray ones), one space where Latin words are
 * apart, a tab across a wide gap (table cells, TOC page numbers).
 */
final class LineBuilder {
  /** Baselines closer than this share of the glyph height are one line. */
  private static final double SAME_LINE = 0.45;

  /** A gap wider than this many average character widths separates cells. */
  private static final double CELL_GAP = 3.5;

  private LineBuilder() {}

  static List<TextLine> lines(List<Glyph> glyphs, int page) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
    List<List<Glyph>> rows = new ArrayList<>();
    List<Glyph> row = new ArrayList<>();
    double rowY = Double.NaN;
    for (Glyph g : sorted) {
      double tol = Math.max(1.0, SAME_LINE * Math.max(g.height(), 4));
      if (!row.isEmpty() && Math.abs(g.y() - rowY) > tol) {
        rows.add(row);
        row = new ArrayList<>();
      }
      if (row.isEmpty()) {
        rowY = g.y();
      }
      row.add(g);
    }
    if (!row.isEmpty()) {
      rows.add(row);
    }
    if (isTocPage(rows)) {
      rows = readColumns(rows);
    }
    List<TextLine> out = new ArrayList<>();
    for (List<Glyph> r : rows) {
      out.add(line(r, page));
    }
    return out;
  }

  /** A page carrying the 目录 heading: the one place where two-column layout is common. */
  private static boolean isTocPage(List<List<Glyph>> rows) {
    for (List<Glyph> r : rows) {
      StringBuilder sb = new StringBuilder();
      r.forEach(g -> sb.append(g.text()));
      if (org.gazette.text.IssuePatterns.TOC_HEAD.matcher(Cjk.fold(sb.toString())).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Two columns side by side (a TOC set in two columns): when a vertical gutter near the middle of
   * the page is empty on most rows that have text on both sides, every row is cut there and the
   * left column is read before the right one.
   */
  static List<List<Glyph>> readColumns(List<List<Glyph>> rows) {
    double min = rows.stream().flatMap(List::stream).mapToDouble(Glyph::x).min().orElse(0);
    double max =
        rows.stream().flatMap(List::stream).mapToDouble(g -> g.x() + g.width()).max().orElse(0);
    double best = Double.NaN;
    int bestBoth = 0;
    for (double g = min + 0.35 * (max - min); g <= min + 0.65 * (max - min); g += 2) {
      int both = 0;
      int crossing = 0;
      for (List<Glyph> r : rows) {
        final double x = g;
        boolean left = r.stream().anyMatch(q -> q.x() + q.width() <= x);
        boolean right = r.stream().anyMatch(q -> q.x() >= x);
        boolean cross = r.stream().anyMatch(q -> q.x() < x && q.x() + q.width() > x);
        both += left && right && !cross ? 1 : 0;
        crossing += cross ? 1 : 0;
      }
      if (crossing <= rows.size() / 10 && both > bestBoth) {
        bestBoth = both;
        best = g;
      }
    }
    if (Double.isNaN(best) || bestBoth < Math.max(3, rows.size() / 3)) {
      return rows;
    }
    final double cut = best;
    int first = -1;
    int last = -1;
    for (int i = 0; i < rows.size(); i++) {
      boolean l = rows.get(i).stream().anyMatch(q -> q.x() + q.width() <= cut);
      boolean r = rows.get(i).stream().anyMatch(q -> q.x() >= cut);
      if (l && r) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    List<List<Glyph>> out = new ArrayList<>(rows.subList(0, first));
    List<List<Glyph>> left = new ArrayList<>();
    List<List<Glyph>> right = new ArrayList<>();
    for (List<Glyph> r : rows.subList(first, last + 1)) {
      final double x = cut;
      List<Glyph> l = r.stream().filter(q -> q.x() < x).toList();
      List<Glyph> rr = r.stream().filter(q -> q.x() >= x).toList();
      if (!l.isEmpty()) {
        left.add(new ArrayList<>(l));
      }
      if (!rr.isEmpty()) {
        right.add(new ArrayList<>(rr));
      }
    }
    out.addAll(left);
    out.addAll(right);
    out.addAll(rows.subList(last + 1, rows.size()));
    return out;
  }

  private static TextLine line(List<Glyph> r, int page) {
    r.sort(Comparator.comparingDouble(Glyph::x));
    double avg =
        r.stream().mapToDouble(g -> Math.max(g.width(), 0.3 * g.height())).average().orElse(5);
    StringBuilder sb = new StringBuilder();
    Glyph prev = null;
    int bold = 0;
    double size = 0;
    for (Glyph g : r) {
      if (prev != null) {
        double gap = g.x() - (prev.x() + prev.width());
        if (gap > CELL_GAP * avg) {
          sb.append('\t');
        } else if (gap > 0.25 * avg && !(wide(prev.text()) && wide(g.text()))) {
          sb.append(' ');
        }
      }
      sb.append(g.text());
      bold += g.bold() ? 1 : 0;
      size = Math.max(size, g.height());
      prev = g;
    }
    Glyph last = r.get(r.size() - 1);
    return new TextLine(
        sb.toString(),
        page,
        r.get(0).x(),
        last.x() + last.width(),
        r.get(0).y(),
        size,
        bold * 2 > r.size());
  }

  private static boolean wide(String s) {
    return !s.isEmpty() && Cjk.isWide(s.codePointAt(s.length() - 1));
  }
}
