package org.gazette.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Short marks in a page's top and bottom margins: page labels ({@code — 3 —}, {@code -1-}) and the
 * like, set apart from the text by a blank band. The detector, run on the whole page scaled down,
 * misses them or boxes them so tightly that thin dashes read as 1 ({@code 13-}): they are found
 * here from the ink itself (rows of dark pixels, then runs of columns) and boxed with room around
 * them, so the recogniser reads each in one piece whatever the detector made of it.
 */
final class MarginMarks {
  /** Share of the page's height searched for marks at the top (running heads)... */
  static final double TOP_BAND = 0.10;

  /** ... and at the bottom (page labels under a text block that ends about 87% down). */
  static final double BOTTOM_BAND = 0.15;

  /** A pixel is ink when its luminance is below this (and it is not a seal's red). */
  private static final int DARK = 160;

  /**
   * A line of marks is this share of the page's height tall, at least and at most (5–20 pt on A4).
   */
  private static final double MIN_HEIGHT = 0.006;

  private static final double MAX_HEIGHT = 0.024;

  /** A row with fewer ink pixels than this is blank (specks of the scan). */
  private static final int MIN_INK = 2;

  /** A mark read with less confidence than this leaves the detector's reading of it standing. */
  private static final double MIN_CONFIDENCE = 0.5;

  /** A mark is at most this share of the page's width wide. */
  private static final double MAX_WIDTH = 0.4;

  /** Ink nearer an edge than this share of the page is the scan's border, not a mark. */
  private static final double EDGE = 0.02;

  /** Columns apart by more than this many line heights are two marks. */
  private static final double GAP_EMS = 2;

  /** Room left around a mark's ink, in line heights: across, and above and below. */
  private static final double PAD_X = 0.3;

  private static final double PAD_Y = 1.0;

  private MarginMarks() {}

  /**
   * The boxes of the marks of {@code page}: each line of ink in a margin band set apart from the
   * ink above and below it by a blank gap of its own height, cut where its columns part by more
   * than two line heights, padded. Only lines whose every piece is a mark count (a line of text
   * running across the page is the detector's to read).
   */
  static List<TextBoxes.Box> find(BufferedImage page) {
    int w = page.getWidth();
    int h = page.getHeight();
    int x0 = (int) (w * EDGE);
    int x1 = w - x0;
    int edge = (int) (h * EDGE);
    int top = (int) (h * TOP_BAND);
    int bottom = h - (int) (h * BOTTOM_BAND);
    int[] rows = new int[h];
    for (int y = edge; y < top; y++) {
      rows[y] = ink(page, y, x0, x1);
    }
    for (int y = bottom; y < h - edge; y++) {
      rows[y] = ink(page, y, x0, x1);
    }
    List<TextBoxes.Box> marks = new ArrayList<>();
    marks.addAll(band(page, rows, edge, top, false, x0, x1));
    marks.addAll(band(page, rows, bottom, h - edge, true, x0, x1));
    return marks;
  }

  /**
   * The marks of the band of rows [from, to): lines of ink set apart by their own height from the
   * ink beside them and from the band's inner edge ({@code from} for the bottom band).
   */
  private static List<TextBoxes.Box> band(
      BufferedImage page, int[] rows, int from, int to, boolean bottom, int x0, int x1) {
    int h = page.getHeight();
    List<int[]> runs = runs(rows, from, to, Math.max(1, (int) (h * MIN_HEIGHT / 4)));
    List<TextBoxes.Box> marks = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      int[] run = runs.get(i);
      int lh = run[1] - run[0];
      int above = i > 0 ? runs.get(i - 1)[1] : bottom ? from : Integer.MIN_VALUE / 2;
      int below = i + 1 < runs.size() ? runs.get(i + 1)[0] : bottom ? Integer.MAX_VALUE / 2 : to;
      boolean apart = run[0] - above >= lh && below - run[1] >= lh;
      if (apart && lh >= h * MIN_HEIGHT && lh <= h * MAX_HEIGHT) {
        marks.addAll(pieces(page, run[0], run[1], x0, x1));
      }
    }
    return marks;
  }

  /**
   * {@code reads} settled between the detector's boxes and the {@code marks}: a mark read with
   * confidence stands for the boxes on its line, which are dropped; a mark read with less leaves
   * them standing and is dropped itself.
   */
  static List<OcrRows.Read> settle(List<OcrRows.Read> reads, List<TextBoxes.Box> marks) {
    List<OcrRows.Read> out = new ArrayList<>(reads);
    for (OcrRows.Read r : reads) {
      if (!marks.contains(r.box())) {
        continue;
      }
      if (r.text().confidence() >= MIN_CONFIDENCE) {
        out.removeIf(o -> !marks.contains(o.box()) && onLine(o.box(), r.box()));
      } else {
        out.remove(r);
      }
    }
    return out;
  }

  /**
   * Whether the detector's box {@code b} is on the line of {@code mark}: across it, its middle
   * within the mark's ink (the middle third of the mark's box; a line above or below reaches into
   * the room left around the ink, but is not on it).
   */
  private static boolean onLine(TextBoxes.Box b, TextBoxes.Box mark) {
    int middle = (b.top() + b.bottom()) / 2;
    int third = mark.height() / 3;
    return b.left() < mark.right()
        && mark.left() < b.right()
        && middle >= mark.top() + third
        && middle <= mark.bottom() - third;
  }

  /** The marks of the line of ink between rows {@code top} and {@code bottom}, or none. */
  private static List<TextBoxes.Box> pieces(
      BufferedImage page, int top, int bottom, int x0, int x1) {
    int lh = bottom - top;
    int[] cols = new int[x1];
    for (int y = top; y < bottom; y++) {
      int[] row = page.getRGB(x0, y, x1 - x0, 1, null, 0, x1 - x0);
      for (int x = x0; x < x1; x++) {
        cols[x] += isInk(row[x - x0]) ? 1 : 0;
      }
    }
    List<int[]> runs = runs(cols, x0, x1, (int) (GAP_EMS * lh));
    List<TextBoxes.Box> out = new ArrayList<>();
    for (int[] r : runs) {
      if (r[1] - r[0] > page.getWidth() * MAX_WIDTH || r[0] <= x0 || r[1] >= x1) {
        return List.of();
      }
      out.add(padded(page, r[0], top, r[1], bottom));
    }
    return out;
  }

  /**
   * The box of the ink [left, right) × [top, bottom) with room around it, and at least as wide as
   * it is tall (a narrower box would be read as a column of vertical text).
   */
  private static TextBoxes.Box padded(
      BufferedImage page, int left, int top, int right, int bottom) {
    int lh = bottom - top;
    int up = Math.max(0, top - (int) (PAD_Y * lh));
    int down = Math.min(page.getHeight(), bottom + (int) (PAD_Y * lh));
    int pad = Math.max((int) (PAD_X * lh), (down - up - (right - left) + 1) / 2);
    return new TextBoxes.Box(
        Math.max(0, left - pad), up, Math.min(page.getWidth(), right + pad), down, 1.0);
  }

  /**
   * Runs of non-zero {@code counts} in [from, to), a gap of up to {@code join} zeros inside one.
   */
  private static List<int[]> runs(int[] counts, int from, int to, int join) {
    List<int[]> runs = new ArrayList<>();
    int start = -1;
    int last = -1;
    for (int i = from; i < to; i++) {
      if (counts[i] == 0) {
        continue;
      }
      if (start >= 0 && i - last - 1 > join) {
        runs.add(new int[] {start, last + 1});
        start = -1;
      }
      if (start < 0) {
        start = i;
      }
      last = i;
    }
    if (start >= 0) {
      runs.add(new int[] {start, last + 1});
    }
    return runs;
  }

  private static int ink(BufferedImage page, int y, int x0, int x1) {
    int[] row = page.getRGB(x0, y, x1 - x0, 1, null, 0, x1 - x0);
    int n = 0;
    for (int p : row) {
      n += isInk(p) ? 1 : 0;
    }
    return n >= MIN_INK ? n : 0;
  }

  private static boolean isInk(int rgb) {
    int r = (rgb >> 16) & 0xff;
    int g = (rgb >> 8) & 0xff;
    int b = rgb & 0xff;
    boolean red = r > g + 40 && r > b + 40;
    return !red && (r * 299 + g * 587 + b * 114) / 1000 < DARK;
  }
}
