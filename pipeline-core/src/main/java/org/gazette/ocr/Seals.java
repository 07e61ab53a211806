package org.gazette.ocr;

import java.awt.image.BufferedImage;

/**
 * Red seal ink over black print. A 公文's seal is stamped over the signature and the date, and its
 * red strokes cross the characters under them, which the recogniser then misreads (年 as 每, a name
 * as another). Where a text box holds both black print and red ink, the red is lifted: each reddish
 * pixel takes the brightness of its red channel, which for red ink is near the paper's white and
 * for black print over red stays dark. A box printed all in red (a red masthead, a red title) has
 * no black print in it and is read as it is.
 */
final class Seals {
  /** A pixel is reddish when its red channel exceeds both others by this much. */
  private static final int RED_MARGIN = 15;

  /** Share of a box's brightest pixels taken to be paper. */
  private static final double PAPER_SHARE = 0.5;

  /** A pixel is black print when no channel is brighter than this. */
  private static final int DARK = 110;

  /** Share of a box's pixels that must be red ink, and black print, for the red to be lifted. */
  private static final double MIN_SHARE = 0.015;

  private Seals() {}

  /** {@code crop} with red ink lifted where it lies over black print; else {@code crop} itself. */
  static BufferedImage lifted(BufferedImage crop) {
    int w = crop.getWidth();
    int h = crop.getHeight();
    int[] rgb = crop.getRGB(0, 0, w, h, null, 0, w);
    int red = 0;
    int dark = 0;
    for (int p : rgb) {
      int r = (p >> 16) & 0xff;
      int g = (p >> 8) & 0xff;
      int b = p & 0xff;
      if (reddish(r, g, b)) {
        red++;
      } else if (Math.max(r, Math.max(g, b)) < DARK) {
        dark++;
      }
    }
    double min = MIN_SHARE * rgb.length;
    if (red < min || dark < min) {
      return crop;
    }
    // the red channel alone, stretched so that the paper is white again: red ink fades into the
    // paper, black print stays black
    int[] hist = new int[256];
    for (int p : rgb) {
      hist[(p >> 16) & 0xff]++;
    }
    int paper = 255;
    for (int seen = 0, v = 255; v > 0; v--) {
      seen += hist[v];
      if (seen >= PAPER_SHARE * rgb.length) {
        paper = Math.max(v, DARK + 1);
        break;
      }
    }
    for (int i = 0; i < rgb.length; i++) {
      int v = Math.min(255, ((rgb[i] >> 16) & 0xff) * 255 / paper);
      rgb[i] = 0xff000000 | v << 16 | v << 8 | v;
    }
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    out.setRGB(0, 0, w, h, rgb, 0, w);
    return out;
  }

  private static boolean reddish(int r, int g, int b) {
    return r - Math.max(g, b) >= RED_MARGIN;
  }
}
