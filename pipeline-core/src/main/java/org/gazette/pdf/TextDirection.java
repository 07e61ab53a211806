package org.gazette.pdf;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/**
 * Tells vertical (columns, right to left) from horizontal text on a page image by its projection
 * profiles: horizontal lines leave empty pixel rows between them, vertical columns leave empty
 * pixel columns.
 */
final class TextDirection {
  /** Grey level below which a pixel is ink. */
  private static final int INK = 128;

  /** How much more empty columns than empty rows makes a page vertical. */
  private static final double MARGIN = 1.5;

  private TextDirection() {}

  static boolean vertical(BufferedImage image) {
    Raster r = image.getRaster();
    int w = image.getWidth();
    int h = image.getHeight();
    boolean[] rowInk = new boolean[h];
    boolean[] colInk = new boolean[w];
    int step = Math.max(1, Math.min(w, h) / 600);
    int[] px = new int[r.getNumBands()];
    for (int y = 0; y < h; y += step) {
      for (int x = 0; x < w; x += step) {
        r.getPixel(x, y, px);
        if (px[0] < INK) {
          rowInk[y] = true;
          colInk[x] = true;
        }
      }
    }
    double rows = emptyShare(rowInk, step);
    double cols = emptyShare(colInk, step);
    return cols > MARGIN * rows && cols > 0.2;
  }

  /** Share of sampled positions without ink, between the first and the last inked one. */
  private static double emptyShare(boolean[] ink, int step) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < ink.length; i += step) {
      if (ink[i]) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0 || last <= first) {
      return 0;
    }
    int empty = 0;
    int all = 0;
    for (int i = first; i <= last; i += step) {
      all++;
      empty += ink[i] ? 0 : 1;
    }
    return (double) empty / all;
  }
}
