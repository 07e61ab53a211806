package org.gazette.pdf;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The ruling lines of a scanned page: runs of dark pixels far longer than any character's stroke,
 * horizontal and vertical, a thick or slightly broken line taken as one. Returned in page points
 * (the image's pixels scaled by {@code 72 / dpi}), as {@link Rulings} gives them for drawn pages.
 * Red ink is no ruling's: a seal's ring, stamped over the signature, would otherwise frame it as a
 * table and cut its text into cells.
 */
final class ImageRulings {
  /** A run at least this long (inches) is a ruling, not a stroke. */
  private static final double MIN_INCHES = 0.4;

  /** Light pixels this many long inside a run do not break it (scan noise). */
  private static final int BRIDGE = 3;

  /** Grey level below which a pixel is ink. */
  private static final int INK = 150;

  /** A pixel whose red channel exceeds both others by this much is red ink: no ruling's. */
  private static final int RED_MARGIN = 50;

  private ImageRulings() {}

  /** The rulings of {@code image}, scanned at {@code dpi}. */
  static List<Rulings.Line> find(BufferedImage image, double dpi) {
    int w = image.getWidth();
    int h = image.getHeight();
    boolean[] ink = new boolean[w * h];
    if (image.getType() == BufferedImage.TYPE_BYTE_GRAY
        && image.getRaster().getDataBuffer() instanceof java.awt.image.DataBufferByte grey
        && grey.getData().length == w * h) {
      byte[] px = grey.getData(); // a rendered page: read the grey levels directly
      for (int i = 0; i < px.length; i++) {
        ink[i] = (px[i] & 0xff) < INK;
      }
      return lines(ink, w, h, dpi);
    }
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      image.getRGB(0, y, w, 1, row, 0, w);
      for (int x = 0; x < w; x++) {
        int c = row[x];
        int r = (c >> 16) & 0xff;
        int g = (c >> 8) & 0xff;
        int b = c & 0xff;
        // red ink draws seals and the masthead's rule, never a table's grid
        ink[y * w + x] = (r * 3 + g * 6 + b) / 10 < INK && r - Math.max(g, b) < RED_MARGIN;
      }
    }
    return lines(ink, w, h, dpi);
  }

  private static List<Rulings.Line> lines(boolean[] ink, int w, int h, double dpi) {
    int min = (int) Math.round(MIN_INCHES * dpi);
    double scale = 72.0 / dpi;
    List<Rulings.Line> out = new ArrayList<>();
    for (int[] s : runs(ink, w, h, true, min)) {
      double y = (s[2] + s[3]) / 2.0 * scale;
      out.add(new Rulings.Line(s[0] * scale, y, s[1] * scale, y));
    }
    for (int[] s : runs(ink, w, h, false, min)) {
      double x = (s[2] + s[3]) / 2.0 * scale;
      out.add(new Rulings.Line(x, s[0] * scale, x, s[1] * scale));
    }
    return out;
  }

  /**
   * Long runs along rows ({@code horizontal}) or columns, those on neighbouring rows that overlap
   * joined: each {from, to, firstRow, lastRow}.
   */
  private static List<int[]> runs(boolean[] ink, int w, int h, boolean horizontal, int min) {
    int lanes = horizontal ? h : w;
    int length = horizontal ? w : h;
    List<int[]> done = new ArrayList<>();
    List<int[]> open = new ArrayList<>();
    for (int lane = 0; lane < lanes; lane++) {
      List<int[]> found = new ArrayList<>();
      int start = -1;
      int last = -1;
      for (int i = 0; i <= length; i++) {
        boolean on = i < length && ink[horizontal ? lane * w + i : i * w + lane];
        if (on) {
          if (start < 0 || i - last > BRIDGE + 1) {
            if (start >= 0 && last - start + 1 >= min) {
              found.add(new int[] {start, last});
            }
            start = i;
          }
          last = i;
        }
      }
      if (start >= 0 && last - start + 1 >= min) {
        found.add(new int[] {start, last});
      }
      List<int[]> still = new ArrayList<>();
      for (int[] f : found) {
        int[] joined = null;
        for (int[] o : open) {
          if (o[3] == lane - 1 && f[0] <= o[1] && o[0] <= f[1]) {
            joined = o;
            break;
          }
        }
        if (joined != null) {
          joined[0] = Math.min(joined[0], f[0]);
          joined[1] = Math.max(joined[1], f[1]);
          joined[3] = lane;
          open.remove(joined);
          still.add(joined);
        } else {
          still.add(new int[] {f[0], f[1], lane, lane});
        }
      }
      for (int[] o : open) {
        done.add(o);
      }
      open = still;
    }
    done.addAll(open);
    // a ruling is thin: a run many lanes thick is a filled area (a photo, a seal), not a line
    done.removeIf(r -> r[3] - r[2] > 12);
    return done;
  }
}
