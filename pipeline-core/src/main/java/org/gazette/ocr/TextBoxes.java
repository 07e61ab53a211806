package org.gazette.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Text boxes from a text detector's probability map (the DB post-processing of PP-OCR): pixels
 * above a threshold form connected regions; a region whose mean probability is high enough is a
 * text box, widened by the margin the model was trained to shrink it by ("unclip").
 */
final class TextBoxes {
  /** Probability above which a map pixel is text. */
  static final float PIXEL_THRESHOLD = 0.3f;

  /** Least mean probability of a region kept as a box. */
  static final float BOX_THRESHOLD = 0.5f;

  /** How far a region is widened: area × ratio / perimeter (PP-OCR's unclip ratio). */
  static final double UNCLIP_RATIO = 1.6;

  /** Regions thinner than this (map pixels) are noise. */
  static final int MIN_SIDE = 3;

  private TextBoxes() {}

  /**
   * A box in image pixels.
   *
   * @param left left edge (inclusive)
   * @param top top edge (inclusive)
   * @param right right edge (exclusive)
   * @param bottom bottom edge (exclusive)
   * @param score mean text probability of the region
   */
  record Box(int left, int top, int right, int bottom, double score) {
    int width() {
      return right - left;
    }

    int height() {
      return bottom - top;
    }
  }

  /**
   * The boxes of {@code map} ({@code h} rows of {@code w} probabilities), scaled by {@code scaleX}
   * and {@code scaleY} into an image of {@code imageWidth} × {@code imageHeight} pixels.
   */
  static List<Box> find(
      float[] map, int w, int h, double scaleX, double scaleY, int imageWidth, int imageHeight) {
    boolean[] seen = new boolean[w * h];
    int[] stack = new int[w * h];
    List<Box> boxes = new ArrayList<>();
    for (int start = 0; start < map.length; start++) {
      if (seen[start] || map[start] <= PIXEL_THRESHOLD) {
        continue;
      }
      // Flood fill one 4-connected region, iteratively (a region may cover the whole map).
      int size = 0;
      double sum = 0;
      int x0 = w;
      int y0 = h;
      int x1 = -1;
      int y1 = -1;
      int top = 0;
      stack[top++] = start;
      seen[start] = true;
      while (top > 0) {
        int p = stack[--top];
        int x = p % w;
        int y = p / w;
        size++;
        sum += map[p];
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x);
        y0 = Math.min(y0, y);
        y1 = Math.max(y1, y);
        if (x > 0) {
          top = push(map, seen, stack, top, p - 1);
        }
        if (x + 1 < w) {
          top = push(map, seen, stack, top, p + 1);
        }
        if (y > 0) {
          top = push(map, seen, stack, top, p - w);
        }
        if (y + 1 < h) {
          top = push(map, seen, stack, top, p + w);
        }
      }
      int bw = x1 - x0 + 1;
      int bh = y1 - y0 + 1;
      double score = sum / size;
      if (Math.min(bw, bh) < MIN_SIDE || score < BOX_THRESHOLD) {
        continue;
      }
      double grow = (double) bw * bh * UNCLIP_RATIO / (2.0 * (bw + bh));
      int left = clamp((int) Math.floor((x0 - grow) * scaleX), imageWidth);
      int right = clamp((int) Math.ceil((x1 + 1 + grow) * scaleX), imageWidth);
      int up = clamp((int) Math.floor((y0 - grow) * scaleY), imageHeight);
      int down = clamp((int) Math.ceil((y1 + 1 + grow) * scaleY), imageHeight);
      if (right - left >= MIN_SIDE && down - up >= MIN_SIDE) {
        boxes.add(new Box(left, up, right, down, score));
      }
    }
    return boxes;
  }

  private static int push(float[] map, boolean[] seen, int[] stack, int top, int q) {
    if (!seen[q] && map[q] > PIXEL_THRESHOLD) {
      seen[q] = true;
      stack[top++] = q;
    }
    return top;
  }

  private static int clamp(int v, int max) {
    return Math.max(0, Math.min(max, v));
  }
}
