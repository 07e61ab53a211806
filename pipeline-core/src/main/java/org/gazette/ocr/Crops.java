package org.gazette.ocr;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Image operations for the models' input: scaling and turning crops, and their tensor form. */
final class Crops {
  private Crops() {}

  /** {@code src} scaled to {@code w} × {@code h}, bilinear, as RGB. */
  static BufferedImage scaled(BufferedImage src, int w, int h) {
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(src, 0, 0, w, h, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  /** A column crop turned a quarter counter-clockwise, so that its text runs left to right. */
  static BufferedImage turned(BufferedImage src) {
    int w = src.getWidth();
    int h = src.getHeight();
    BufferedImage out = new BufferedImage(h, w, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        out.setRGB(y, w - 1 - x, src.getRGB(x, y));
      }
    }
    return out;
  }

  /** {@code src} (a whole page) turned half a turn. */
  static BufferedImage halfTurned(BufferedImage src) {
    int w = src.getWidth();
    int h = src.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        out.setRGB(w - 1 - x, h - 1 - y, src.getRGB(x, y));
      }
    }
    return out;
  }

  /**
   * Writes {@code crop}, scaled to {@code w} × {@code h}, into {@code input} as the PP-OCR models
   * take it: three planes (the image's channels in the models' order) of {@code h} rows of {@code
   * rowWidth} values from {@code base}, each pixel mapped to [-1, 1]; the rest of a row stays as it
   * is (zero: mid grey, the padding).
   */
  static void put(BufferedImage crop, int w, int h, float[] input, int base, int rowWidth) {
    int[] rgb = scaled(crop, w, h).getRGB(0, 0, w, h, null, 0, w);
    int plane = h * rowWidth;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int p = rgb[y * w + x];
        int at = base + y * rowWidth + x;
        input[at] = (p & 0xff) / 127.5f - 1f;
        input[at + plane] = ((p >> 8) & 0xff) / 127.5f - 1f;
        input[at + 2 * plane] = ((p >> 16) & 0xff) / 127.5f - 1f;
      }
    }
  }
}
