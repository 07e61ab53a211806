package org.gazette.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A page's text edges: the common left and right edges of its lines and, on a page set in two
 * columns, the second column's left edge (a paragraph's first line is indented from its column's
 * edge, not the page's).
 *
 * @param left the most common left edge of the page's lines
 * @param right the most common right edge
 * @param second the second column's left edge, or NaN
 */
record Margins(double left, double right, double second) {
  /** The edges of {@code page}. */
  static Margins of(List<TextLine> page) {
    double left = commonEdge(page, TextLine::x0);
    return new Margins(left, commonEdge(page, TextLine::x1), secondColumn(page, left));
  }

  /**
   * The left edge of a second column of text on a page set in two (the common left edge of a
   * quarter of the page's lines, at least a third of the page's text width away from {@code
   * margin}), or NaN.
   */
  private static double secondColumn(List<TextLine> page, double margin) {
    double min = page.stream().mapToDouble(TextLine::x0).min().orElse(0);
    double max = page.stream().mapToDouble(TextLine::x1).max().orElse(0);
    Map<Long, Integer> counts = new HashMap<>();
    for (TextLine l : page) {
      if (Math.abs(l.x0() - margin) >= (max - min) / 3) {
        counts.merge(Math.round(l.x0()), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .filter(e -> e.getValue() * 4 >= page.size())
        .max(Map.Entry.comparingByValue())
        .map(e -> (double) e.getKey())
        .orElse(Double.NaN);
  }

  /** The left edge of the column {@code l} stands in: the second column's when it starts there. */
  double columnLeft(TextLine l) {
    double margin = left;
    if (Double.isNaN(second)) {
      return margin;
    }
    double low = Math.min(margin, second);
    double high = Math.max(margin, second);
    return l.x0() >= high - 1 ? high : low;
  }

  /** The most common value of {@code edge} over a page's lines (to one point). */
  private static double commonEdge(
      List<TextLine> page, java.util.function.ToDoubleFunction<TextLine> edge) {
    Map<Long, Integer> counts = new HashMap<>();
    for (TextLine l : page) {
      counts.merge(Math.round(edge.applyAsDouble(l)), 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(e -> (double) e.getKey())
        .orElse(0.0);
  }
}
