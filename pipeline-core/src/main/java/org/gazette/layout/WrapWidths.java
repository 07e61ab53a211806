package org.gazette.layout;

import org.gazette.model.Cancel;

/**
 * The width a text was wrapped at, line by line: TXT dumps of gazettes keep the printed line
 * breaks, and a line that fills the local wrap width continues in the next one. The window around
 * each line slides in sorted order, one insertion and one removal a line.
 */
final class WrapWidths {
  /** Neighbouring non-blank lines (each side) used to estimate the local wrap width. */
  private static final int WINDOW = 30;

  /** Share of neighbours that must sit near the wrap width for a region to count as wrapped. */
  private static final double WRAPPED_SHARE = 0.35;

  /** An upper-quartile width no printed page line reaches: the text is not wrapped at all. */
  private static final double UNWRAPPED = 60;

  private WrapWidths() {}

  /**
   * Local wrap width per line, or 0 where the neighbourhood is not wrapped at a fixed width, or -1
   * where its lines are whole paragraphs (a web page or export that never wraps): the upper
   * quartile of the widths around the line, where enough of them come near it (at least {@code
   * full} of it).
   */
  static double[] of(double[] widths, double full) {
    double[] wrap = new double[widths.length];
    // the window around line k, kept sorted as it slides: one insertion and one removal a line
    double[] window = new double[2 * WINDOW + 1];
    int size = 0;
    int from = 0;
    int to = 0;
    for (int k = 0; k < widths.length; k++) {
      Cancel.check();
      for (int start = Math.max(0, k - WINDOW); from < start; from++) {
        size = remove(window, size, widths[from]);
      }
      for (int end = Math.min(widths.length, k + WINDOW + 1); to < end; to++) {
        size = insert(window, size, widths[to]);
      }
      double p75 = window[(int) Math.floor(0.75 * (size - 1))];
      if (p75 > UNWRAPPED) {
        wrap[k] = -1; // lines longer than any printed line: each is a whole paragraph
        continue;
      }
      if (p75 < 10) {
        continue;
      }
      int near = above(window, size, 1.08 * p75 + 0.5) - atLeast(window, size, full * p75);
      if (near >= WRAPPED_SHARE * size) {
        wrap[k] = p75;
      }
    }
    return wrap;
  }

  private static int insert(double[] sorted, int size, double w) {
    int at = atLeast(sorted, size, w);
    System.arraycopy(sorted, at, sorted, at + 1, size - at);
    sorted[at] = w;
    return size + 1;
  }

  private static int remove(double[] sorted, int size, double w) {
    int at = atLeast(sorted, size, w);
    System.arraycopy(sorted, at + 1, sorted, at, size - at - 1);
    return size - 1;
  }

  /** Index of the first of {@code sorted}'s {@code size} values that is at least {@code w}. */
  private static int atLeast(double[] sorted, int size, double w) {
    return firstAbove(sorted, size, w, false);
  }

  /** Index of the first of {@code sorted}'s {@code size} values above {@code w}. */
  private static int above(double[] sorted, int size, double w) {
    return firstAbove(sorted, size, w, true);
  }

  /** Binary search for the first value above {@code w} (or equal to it, unless {@code strict}). */
  private static int firstAbove(double[] sorted, int size, double w, boolean strict) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < w || strict && sorted[mid] == w) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
