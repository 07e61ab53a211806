package org.gazette.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Two columns of text side by side (a TOC set in two columns), on text-layer and OCR'd pages alike:
 * rows of items (glyphs, text boxes) are cut at the gutter and read left column first.
 */
public final class Columns {
  private Columns() {}

  /** True when a row's text is the 目录 heading: the one place where two-column layout is common. */
  public static <T> boolean tocPage(List<List<T>> rows, Function<T, String> text) {
    for (List<T> row : rows) {
      StringBuilder sb = new StringBuilder();
      row.forEach(item -> sb.append(text.apply(item)));
      if (IssuePatterns.TOC_HEAD.matcher(Cjk.fold(sb.toString())).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The rows read column by column: when a gutter near the middle (tried every {@code step}) is
   * crossed by no item on nine rows in ten and has items on both sides on a third of the rows, the
   * rows that straddle it are cut there and the left column is read before the right; else the rows
   * as they are.
   */
  public static <T> List<List<T>> read(
      List<List<T>> rows, ToDoubleFunction<T> left, ToDoubleFunction<T> right, double step) {
    double min = rows.stream().flatMap(List::stream).mapToDouble(left).min().orElse(0);
    double max = rows.stream().flatMap(List::stream).mapToDouble(right).max().orElse(0);
    double best = Double.NaN;
    int bestBoth = 0;
    for (double g = min + 0.35 * (max - min); g <= min + 0.65 * (max - min); g += step) {
      int both = 0;
      int crossing = 0;
      for (List<T> r : rows) {
        final double x = g;
        boolean l = r.stream().anyMatch(q -> right.applyAsDouble(q) <= x);
        boolean rr = r.stream().anyMatch(q -> left.applyAsDouble(q) >= x);
        boolean cross =
            r.stream().anyMatch(q -> left.applyAsDouble(q) < x && right.applyAsDouble(q) > x);
        both += l && rr && !cross ? 1 : 0;
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
      boolean l = rows.get(i).stream().anyMatch(q -> right.applyAsDouble(q) <= cut);
      boolean r = rows.get(i).stream().anyMatch(q -> left.applyAsDouble(q) >= cut);
      if (l && r) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    List<List<T>> out = new ArrayList<>(rows.subList(0, first));
    List<List<T>> leftColumn = new ArrayList<>();
    List<List<T>> rightColumn = new ArrayList<>();
    for (List<T> r : rows.subList(first, last + 1)) {
      List<T> l = new ArrayList<>(r.stream().filter(q -> left.applyAsDouble(q) < cut).toList());
      List<T> rr = new ArrayList<>(r.stream().filter(q -> left.applyAsDouble(q) >= cut).toList());
      if (!l.isEmpty()) {
        leftColumn.add(l);
      }
      if (!rr.isEmpty()) {
        rightColumn.add(rr);
      }
    }
    out.addAll(leftColumn);
    out.addAll(rightColumn);
    out.addAll(rows.subList(last + 1, rows.size()));
    return out;
  }
}
