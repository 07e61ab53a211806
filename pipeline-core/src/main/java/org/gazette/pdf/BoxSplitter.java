package org.gazette.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * OCR text boxes cut where a table's vertical ruling crosses them: a detector may read the
 * characters of neighbouring narrow cells ({@code 1 2 3 4}, {@code 姓名性别}) as one box. The box's
 * characters are taken as evenly spaced, as printed CJK text and table digits are.
 */
final class BoxSplitter {
  /** A ruling this far (points) inside a box's edge cuts it. */
  private static final double INSIDE = 2;

  private BoxSplitter() {}

  /** {@code boxes} with every box a vertical ruling crosses cut at that ruling. */
  static List<Glyph> split(List<Glyph> boxes, List<Rulings.Line> rulings) {
    List<Glyph> out = new ArrayList<>();
    for (Glyph b : boxes) {
      double mid = b.y() - b.height() / 2;
      List<Double> cuts = new ArrayList<>();
      for (Rulings.Line l : rulings) {
        if (!l.horizontal()
            && l.x0() > b.x() + INSIDE
            && l.x0() < b.x() + b.width() - INSIDE
            && l.y0() <= mid
            && l.y1() >= mid) {
          cuts.add(l.x0());
        }
      }
      if (cuts.isEmpty()) {
        out.add(b);
        continue;
      }
      cuts.sort(Double::compare);
      int[] cps = b.text().codePoints().toArray();
      int n = cps.length;
      double left = b.x();
      int from = 0;
      cuts.add(b.x() + b.width());
      for (double cut : cuts) {
        int to = (int) Math.round((cut - b.x()) / b.width() * n);
        to = Math.max(from, Math.min(n, to));
        String piece = new String(cps, from, to - from).strip();
        if (!piece.isEmpty()) {
          out.add(new Glyph(piece, left, b.y(), cut - left, b.height(), b.bold()));
        }
        from = to;
        left = cut;
      }
    }
    return out;
  }
}
