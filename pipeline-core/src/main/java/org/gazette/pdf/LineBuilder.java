package org.gazette.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gazette.text.Cjk;
import org.gazette.text.Columns;

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
    if (Columns.tocPage(rows, Glyph::text)) {
      // A TOC set in two columns is read column by column (gutters tried every 2 points).
      rows = Columns.read(rows, Glyph::x, g -> g.x() + g.width(), 2);
    } else {
      // so is a body page set in two columns
      rows = Columns.body(rows, Glyph::x, g -> g.x() + g.width(), medianWidth(sorted));
    }
    List<TextLine> out = new ArrayList<>();
    for (List<Glyph> r : rows) {
      out.add(line(r, page));
    }
    return out;
  }

  /** The median glyph width: a character's width on the page (0 for no glyphs). */
  private static double medianWidth(List<Glyph> glyphs) {
    double[] w = glyphs.stream().mapToDouble(Glyph::width).sorted().toArray();
    return w.length == 0 ? 0 : w[w.length / 2];
  }

  /**
   * The line's size: its median glyph height, so that a few digits or Latin letters in a font with
   * a taller box (Times beside 仿宋) do not make a body line read as a larger, title-like one.
   */
  private static double medianHeight(List<Glyph> glyphs) {
    double[] h = glyphs.stream().mapToDouble(Glyph::height).sorted().toArray();
    return h[h.length / 2];
  }

  private static TextLine line(List<Glyph> r, int page) {
    r.sort(Comparator.comparingDouble(Glyph::x));
    double avg =
        r.stream().mapToDouble(g -> Math.max(g.width(), 0.3 * g.height())).average().orElse(5);
    StringBuilder sb = new StringBuilder();
    Glyph prev = null;
    int bold = 0;
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
      prev = g;
    }
    Glyph last = r.get(r.size() - 1);
    return new TextLine(
        sb.toString(),
        page,
        r.get(0).x(),
        last.x() + last.width(),
        r.get(0).y(),
        medianHeight(r),
        bold * 2 > r.size());
  }

  private static boolean wide(String s) {
    return !s.isEmpty() && Cjk.isWide(s.codePointAt(s.length() - 1));
  }
}
