package org.gazette.ocr;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Image operations for the recogniser's input: scaling and turning crops. */
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
}
