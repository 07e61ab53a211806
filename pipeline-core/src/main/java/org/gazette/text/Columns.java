package org.gazette.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Two columns of text side by side (a TOC set in two columns, a body page set in two columns), on
 * text-layer and OCR'd pages alike: rows of items (glyphs, text boxes) are cut at the gutter and
 * read left column first.
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
      split(
          r,
          q -> left.applyAsDouble(q) < cut,
          q -> left.applyAsDouble(q) >= cut,
          leftColumn,
          rightColumn);
    }
    out.addAll(leftColumn);
    out.addAll(rightColumn);
    out.addAll(rows.subList(last + 1, rows.size()));
    return out;
  }

  /**
   * A body page set in two columns, read column by column; any other page as it is. The columns are
   * told by their gutter and by their text:
   *
   * <ul>
   *   <li>a band at least one character wide, between 35% and 65% of the page's text width, that no
   *       item enters on nine rows in ten, with items left of it on a quarter of the rows and right
   *       of it on a quarter (the two columns' baselines need not line up);
   *   <li>on each side, seven rows in ten are a run of text without a wide gap (a table's cells
   *       have gaps) and a quarter are full lines reaching the side's edge (justified running text;
   *       a list is ragged).
   * </ul>
   *
   * Rows that cross the gutter (a title or heading across both columns) stay where they are; the
   * column rows between two such rows are read left column first.
   *
   * @param em a character's width on the page (glyph width, or a text box's height)
   */
  public static <T> List<List<T>> body(
      List<List<T>> rows, ToDoubleFunction<T> left, ToDoubleFunction<T> right, double em) {
    if (rows.size() < MIN_ROWS || !(em > 0)) {
      return rows;
    }
    double min = rows.stream().flatMap(List::stream).mapToDouble(left).min().orElse(0);
    double max = rows.stream().flatMap(List::stream).mapToDouble(right).max().orElse(0);
    if (max - min < 16 * em) {
      return rows;
    }
    double best = Double.NaN;
    int bestScore = 0;
    for (double g = min + 0.35 * (max - min); g <= min + 0.65 * (max - min); g += em / 4) {
      int score = gutterScore(rows, left, right, g - em / 2, g + em / 2, max, em);
      if (score > bestScore) {
        bestScore = score;
        best = g;
      }
    }
    if (Double.isNaN(best)) {
      return rows;
    }
    double from = best - em / 2;
    double to = best + em / 2;
    List<List<T>> out = new ArrayList<>();
    List<List<T>> leftColumn = new ArrayList<>();
    List<List<T>> rightColumn = new ArrayList<>();
    boolean leftBegun = false;
    for (List<T> r : rows) {
      leftBegun |= r.stream().anyMatch(q -> right.applyAsDouble(q) <= from);
      if (!leftBegun) {
        out.add(r); // above where the left column begins: a running header set right, stays on top
        continue;
      }
      if (crosses(r, left, right, from, to)) {
        out.addAll(leftColumn);
        out.addAll(rightColumn);
        leftColumn.clear();
        rightColumn.clear();
        out.add(r);
        continue;
      }
      split(
          r,
          q -> right.applyAsDouble(q) <= from,
          q -> left.applyAsDouble(q) >= to,
          leftColumn,
          rightColumn);
    }
    out.addAll(leftColumn);
    out.addAll(rightColumn);
    return out;
  }

  /** Adds the items of row {@code r} in each column, if any, to that column's rows. */
  private static <T> void split(
      List<T> r,
      java.util.function.Predicate<T> inLeft,
      java.util.function.Predicate<T> inRight,
      List<List<T>> leftColumn,
      List<List<T>> rightColumn) {
    List<T> l = new ArrayList<>(r.stream().filter(inLeft).toList());
    List<T> rr = new ArrayList<>(r.stream().filter(inRight).toList());
    if (!l.isEmpty()) {
      leftColumn.add(l);
    }
    if (!rr.isEmpty()) {
      rightColumn.add(rr);
    }
  }

  /** Fewest rows on which two columns are told. */
  private static final int MIN_ROWS = 8;

  /**
   * How well the band {@code [from, to]} separates two columns of text: the rows with text on
   * either side, or 0 when it is no gutter (see {@link #body}).
   */
  private static <T> int gutterScore(
      List<List<T>> rows,
      ToDoubleFunction<T> left,
      ToDoubleFunction<T> right,
      double from,
      double to,
      double max,
      double em) {
    int crossing = 0;
    int[] lefts = new int[3]; // rows, runs without a wide gap, runs reaching the gutter
    int[] rights = new int[3]; // rows, runs without a wide gap, runs reaching the right edge
    for (List<T> r : rows) {
      if (crosses(r, left, right, from, to)) {
        crossing++;
        continue;
      }
      count(
          r.stream().filter(q -> right.applyAsDouble(q) <= from).toList(),
          left,
          right,
          from,
          em,
          lefts);
      count(
          r.stream().filter(q -> left.applyAsDouble(q) >= to).toList(),
          left,
          right,
          max,
          em,
          rights);
    }
    int n = rows.size();
    boolean gutter = crossing * 10 <= n && lefts[0] * 4 >= n && rights[0] * 4 >= n;
    return gutter && text(lefts) && text(rights) ? lefts[0] + rights[0] : 0;
  }

  /**
   * True when a column's rows read as running text: seven in ten are one run without a wide gap (a
   * table's cells have gaps), and a quarter are full lines reaching the column's edge (a list of
   * short items is ragged; titles, signatures and dates between full lines are allowed).
   */
  private static boolean text(int[] side) {
    return side[1] * 10 >= side[0] * 7 && side[2] * 4 >= side[0];
  }

  /** Adds a row's items on one side of the gutter to the counts of {@link #text}. */
  private static <T> void count(
      List<T> side,
      ToDoubleFunction<T> left,
      ToDoubleFunction<T> right,
      double edge,
      double em,
      int[] counts) {
    if (side.isEmpty()) {
      return;
    }
    List<T> sorted = new ArrayList<>(side);
    sorted.sort(java.util.Comparator.comparingDouble(left));
    double end = right.applyAsDouble(sorted.get(0));
    boolean run = true;
    for (T q : sorted) {
      run &= left.applyAsDouble(q) - end < 2 * em;
      end = Math.max(end, right.applyAsDouble(q));
    }
    counts[0]++;
    counts[1] += run ? 1 : 0;
    counts[2] += run && edge - end <= 2 * em ? 1 : 0;
  }

  /** True when some item of {@code r} enters the band {@code [from, to]}. */
  private static <T> boolean crosses(
      List<T> r, ToDoubleFunction<T> left, ToDoubleFunction<T> right, double from, double to) {
    return r.stream().anyMatch(q -> left.applyAsDouble(q) < to && right.applyAsDouble(q) > from);
  }
}
