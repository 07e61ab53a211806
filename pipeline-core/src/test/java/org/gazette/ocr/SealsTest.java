package org.gazette.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class SealsTest {
  private static final Color PAPER = new Color(235, 232, 230);
  private static final Color SEAL = new Color(220, 60, 70);

  /** A 100 × 20 box: paper, with a black bar (print) and a red bar (ink) as asked. */
  private static BufferedImage box(boolean print, boolean ink) {
    BufferedImage img = new BufferedImage(100, 20, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(PAPER);
    g.fillRect(0, 0, 100, 20);
    if (print) {
      g.setColor(Color.BLACK);
      g.fillRect(10, 5, 30, 10);
    }
    if (ink) {
      g.setColor(SEAL);
      g.fillRect(50, 0, 30, 20);
    }
    g.dispose();
    return img;
  }

  private static int grey(BufferedImage img, int x, int y) {
    return (img.getRGB(x, y) >> 16) & 0xff;
  }

  @Test
  void redInkOverBlackPrintFadesIntoThePaperAndThePrintStaysBlack() {
    BufferedImage lifted = Seals.lifted(box(true, true));
    assertTrue(grey(lifted, 60, 10) > 230, "the seal's red is paper: " + grey(lifted, 60, 10));
    assertEquals(0, grey(lifted, 20, 10), "the print stays black");
    assertEquals(255, grey(lifted, 90, 10), "the paper is white");
  }

  @Test
  void aBoxAllInRedOrAllInBlackIsReadAsItIs() {
    BufferedImage masthead = box(false, true);
    assertSame(masthead, Seals.lifted(masthead), "a red masthead keeps its red");
    BufferedImage print = box(true, false);
    assertSame(print, Seals.lifted(print));
  }

  /** A page 400 × 400: a red masthead bar at the top, black print at the foot under a red seal. */
  private static BufferedImage page() {
    BufferedImage img = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(PAPER);
    g.fillRect(0, 0, 400, 400);
    g.setColor(SEAL);
    g.fillRect(50, 20, 300, 30); // masthead
    g.fillOval(200, 230, 120, 120); // seal
    g.setColor(Color.BLACK);
    g.fillRect(180, 280, 180, 12); // signer line, the seal over it
    g.dispose();
    return img;
  }

  @Test
  void aSealOverPrintIsARegionGrownToTheWholeLineAndTheMastheadIsNone() {
    BufferedImage page = page();
    TextBoxes.Box masthead = new TextBoxes.Box(50, 20, 350, 50, 0.9);
    TextBoxes.Box signer = new TextBoxes.Box(180, 276, 360, 296, 0.9);
    TextBoxes.Box line = new TextBoxes.Box(20, 300, 380, 318, 0.9); // a line the region meets
    List<Rectangle> regions = Seals.regions(page, List.of(masthead, signer, line));
    assertEquals(1, regions.size(), regions.toString());
    Rectangle r = regions.get(0);
    assertTrue(
        r.contains(new Rectangle(20, 300, 360, 18)), "the line it meets lies wholly in it: " + r);
    assertTrue(!r.intersects(new Rectangle(50, 20, 300, 30)), "the masthead stays out: " + r);
  }

  @Test
  void aSealsOwnLetteringNearItIsDroppedAndARedMastheadFarAwayIsNot() {
    BufferedImage page = page();
    List<Rectangle> regions = List.of(new Rectangle(170, 260, 200, 60));
    assertTrue(Seals.sealText(page, new TextBoxes.Box(230, 235, 290, 255, 0.9), regions));
    assertTrue(!Seals.sealText(page, new TextBoxes.Box(50, 20, 350, 50, 0.9), regions));
    assertTrue(!Seals.sealText(page, new TextBoxes.Box(180, 276, 360, 296, 0.9), regions));
  }
}
