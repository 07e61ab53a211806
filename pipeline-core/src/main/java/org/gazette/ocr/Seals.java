package org.gazette.ocr;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Red seal ink over black print. A 公文's seal is stamped over the signature and the date, and its
 * red strokes cross the characters under them: the detector breaks the lines up around the seal's
 * own ring of lettering, and the recogniser misreads what it gets (年 as 每, 人力 as 火力). Where text
 * boxes hold both black print and red ink, their region is detected again with the seal's ink made
 * paper and black print (also over red) kept dark, and the seal's lettering around it is dropped
 * (on a page set in vertical columns, each box holding both is read lifted instead). Text printed
 * all in red (a red masthead, a red title) holds no black print and is read as it is.
 */
final class Seals {
  /** A pixel is reddish when its red channel exceeds both others by this much. */
  private static final int RED_MARGIN = 15;

  /** Share of a box's brightest pixels taken to be paper. */
  private static final double PAPER_SHARE = 0.5;

  /**
   * A reddish pixel is the seal's ink alone from this red level up; below, black print lies over it
   * and it stays dark.
   */
  private static final int INK_RED = 150;

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
    return overPrint(rgb) ? lift(rgb, w, h) : crop;
  }

  /** True when the pixels hold both red ink and black print, each a fair share of them. */
  private static boolean overPrint(int[] rgb) {
    int[] shares = shares(rgb);
    double min = MIN_SHARE * rgb.length;
    return shares[0] >= min && shares[1] >= min;
  }

  /**
   * True when box {@code b} of {@code page} is a seal's own lettering: red ink and no black print,
   * near one of the seal {@code regions} (within the region's height of it). A red masthead stands
   * far from any seal and stays.
   */
  static boolean sealText(BufferedImage page, TextBoxes.Box b, List<Rectangle> regions) {
    Rectangle box = rect(b);
    boolean near = false;
    for (Rectangle r : regions) {
      Rectangle reach =
          new Rectangle(r.x - r.height, r.y - r.height, r.width + 2 * r.height, 3 * r.height);
      near |= reach.intersects(box);
    }
    if (!near) {
      return false;
    }
    int[] shares =
        shares(page.getRGB(b.left(), b.top(), b.width(), b.height(), null, 0, b.width()));
    double min = MIN_SHARE * b.width() * b.height();
    return shares[0] >= min && shares[1] < min;
  }

  /** How many of the pixels are red ink, and how many black print. */
  private static int[] shares(int[] rgb) {
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
    return new int[] {red, dark};
  }

  /**
   * The parts of {@code page} where a seal lies over print: the boxes whose text has red ink across
   * it, widened by a line's height and merged where they meet (one rectangle a seal, or a row of
   * seals side by side). The detector finds the print under a seal poorly, broken up by the seal's
   * own ring of text; these regions are detected again with the red lifted.
   */
  static List<Rectangle> regions(BufferedImage page, List<TextBoxes.Box> boxes) {
    List<Rectangle> found = new ArrayList<>();
    for (TextBoxes.Box b : boxes) {
      int[] rgb = page.getRGB(b.left(), b.top(), b.width(), b.height(), null, 0, b.width());
      if (overPrint(rgb)) {
        int pad = b.height();
        found.add(
            new Rectangle(b.left() - pad, b.top() - pad, b.width() + 2 * pad, b.height() + 2 * pad)
                .intersection(new Rectangle(0, 0, page.getWidth(), page.getHeight())));
      }
    }
    for (int i = 0; i < found.size(); i++) {
      found.set(i, whole(found.get(i), boxes)); // no line cut at the region's edge
    }
    for (boolean merged = true; merged; ) {
      merged = false;
      for (int i = 0; i < found.size() && !merged; i++) {
        for (int j = i + 1; j < found.size() && !merged; j++) {
          if (found.get(i).intersects(found.get(j))) {
            found.set(i, found.get(i).union(found.remove(j)));
            merged = true;
          }
        }
      }
    }
    return found;
  }

  /** Finds the text boxes of an image (the detection model). */
  @FunctionalInterface
  interface Detector<E extends Exception> {
    List<TextBoxes.Box> detect(BufferedImage image) throws E;
  }

  /** A page with its seal regions' red lifted, and its text boxes found again there. */
  record Lifted(BufferedImage page, List<TextBoxes.Box> boxes) {}

  /**
   * {@code image} and {@code boxes} with every region where a seal lies over print ({@link
   * #regions}) detected again with its red lifted: the boxes found there replace those whose centre
   * lies in it, the seal's own lettering around it is dropped, and the page read from carries the
   * lifted region (a copy: {@code image} stays as it is). Pages without such a region come back
   * unchanged.
   */
  static <E extends Exception> Lifted underSeals(
      BufferedImage image, List<TextBoxes.Box> boxes, Detector<E> detector) throws E {
    List<Rectangle> seals = regions(image, boxes);
    if (seals.isEmpty()) {
      return new Lifted(image, boxes);
    }
    BufferedImage page =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = page.createGraphics();
    List<TextBoxes.Box> kept = new ArrayList<>();
    try {
      g.drawImage(image, 0, 0, null);
      for (TextBoxes.Box b : boxes) {
        int cx = (b.left() + b.right()) / 2;
        int cy = (b.top() + b.bottom()) / 2;
        if (seals.stream().noneMatch(r -> r.contains(cx, cy)) && !sealText(image, b, seals)) {
          kept.add(b); // a seal's own lettering is no text of the page
        }
      }
      for (Rectangle r : seals) {
        BufferedImage region = liftedRegion(image, r);
        g.drawImage(region, r.x, r.y, null);
        for (TextBoxes.Box b : detector.detect(region)) {
          kept.add(
              new TextBoxes.Box(
                  b.left() + r.x, b.top() + r.y, b.right() + r.x, b.bottom() + r.y, b.score()));
        }
      }
    } finally {
      g.dispose();
    }
    return new Lifted(page, kept);
  }

  /** {@code region} grown until every box it meets lies wholly inside it. */
  private static Rectangle whole(Rectangle region, List<TextBoxes.Box> boxes) {
    Rectangle r = region;
    for (boolean grown = true; grown; ) {
      grown = false;
      for (TextBoxes.Box b : boxes) {
        Rectangle box = rect(b);
        if (r.intersects(box) && !r.contains(box)) {
          r = r.union(box);
          grown = true;
        }
      }
    }
    return r;
  }

  /** {@code region} of {@code page} with every reddish pixel lifted, as a new image. */
  static BufferedImage liftedRegion(BufferedImage page, Rectangle region) {
    int w = region.width;
    int h = region.height;
    return lift(page.getRGB(region.x, region.y, w, h, null, 0, w), w, h);
  }

  private static BufferedImage lift(int[] rgb, int w, int h) {
    // the seal's ink made paper; the rest by its red channel, stretched so that the paper is white
    // again: black print, and black print over red, stay black
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
      int p = rgb[i];
      int r = (p >> 16) & 0xff;
      boolean ink = r >= INK_RED && reddish(r, (p >> 8) & 0xff, p & 0xff);
      int v = ink ? 255 : Math.min(255, r * 255 / paper);
      rgb[i] = 0xff000000 | v << 16 | v << 8 | v;
    }
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    out.setRGB(0, 0, w, h, rgb, 0, w);
    return out;
  }

  private static Rectangle rect(TextBoxes.Box b) {
    return new Rectangle(b.left(), b.top(), b.width(), b.height());
  }

  private static boolean reddish(int r, int g, int b) {
    return r - Math.max(g, b) >= RED_MARGIN;
  }
}
