package org.gazette.pdf;

import java.util.Arrays;
import java.util.List;
import java.util.stream.DoubleStream;

/**
 * The rows of a ruled table left open by a page break: the part of a table continued on the next
 * page is often printed without the rule over its first row (a browser's print), or the part before
 * the break without the rule under its last.
 */
final class OpenEnds {
  /** How far (points) the column rulings must run past the outer horizontal rule. */
  private static final double REACH = 4.0;

  /** The open row is no taller than this share of the table's tallest closed row. */
  private static final double ROW = 1.5;

  private OpenEnds() {}

  /**
   * {@code ys} with the open ends of a table cut by a page break: where the column rulings run on
   * above the first horizontal rule (or below the last) and text stands between them there, that
   * row is the table's, bounded by the rulings' ends (a browser prints the part of a table
   * continued on the next page without a rule over its first row). The table has two rows at least,
   * and the open row is no taller than they are.
   */
  static double[] of(List<Rulings.Line> frame, double[] xs, double[] ys, List<Glyph> glyphs) {
    if (ys.length < 3 || xs.length < 3) {
      return ys; // a frame of one row (a seal's ring, a box) has no rows to go on from
    }
    double tallest = 0;
    for (int i = 1; i < ys.length; i++) {
      tallest = Math.max(tallest, ys[i] - ys[i - 1]);
    }
    double up = ys[0];
    double down = ys[ys.length - 1];
    int above = 0;
    int below = 0;
    for (Rulings.Line l : frame) {
      if (!l.horizontal() && l.y0() < ys[0] - REACH && l.y0() >= ys[0] - tallest * ROW) {
        above++;
        up = Math.min(up, l.y0());
      }
      if (!l.horizontal()
          && l.y1() > ys[ys.length - 1] + REACH
          && l.y1() <= ys[ys.length - 1] + tallest * ROW) {
        below++;
        down = Math.max(down, l.y1());
      }
    }
    double[] out = ys;
    if (above >= xs.length - 1 && holdsText(glyphs, xs, up, ys[0])) {
      out = DoubleStream.concat(DoubleStream.of(up), Arrays.stream(out)).toArray();
    }
    if (below >= xs.length - 1 && holdsText(glyphs, xs, ys[ys.length - 1], down)) {
      out = DoubleStream.concat(Arrays.stream(out), DoubleStream.of(down)).toArray();
    }
    return out;
  }

  /**
   * True when a glyph's middle stands between the outer columns, from {@code top} to {@code
   * bottom}.
   */
  private static boolean holdsText(List<Glyph> glyphs, double[] xs, double top, double bottom) {
    for (Glyph g : glyphs) {
      double cx = g.x() + g.width() / 2;
      double cy = g.y() - g.height() / 3;
      if (cx > xs[0] && cx < xs[xs.length - 1] && cy > top && cy < bottom) {
        return true;
      }
    }
    return false;
  }
}
