package org.gazette.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables of scanned pages: rulings seen in the image, OCR boxes cut at the rulings. */
class ImageTablesTest {
  /** Graphics to draw on {@code img}, filled white first. */
  private static Graphics2D page(BufferedImage img) {
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, img.getWidth(), img.getHeight());
    return g;
  }

  @Test
  void longDarkRunsAreRulingsAndStrokesAreNot() {
    BufferedImage img = new BufferedImage(1000, 800, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = page(img);
    g.setColor(Color.BLACK);
    g.fillRect(100, 100, 801, 3); // a 3-pixel-thick ruling: one line
    g.fillRect(100, 400, 801, 2);
    g.fillRect(100, 100, 2, 302);
    g.fillRect(900, 100, 2, 302);
    g.fillRect(300, 600, 40, 4); // a character's stroke: too short
    g.fillRect(500, 500, 300, 60); // a filled area: too thick
    g.dispose();
    List<Rulings.Line> lines = ImageRulings.find(img, 144); // 0.4 inch = 58 pixels
    assertEquals(4, lines.size(), lines.toString());
    Rulings.Line top = lines.stream().filter(Rulings.Line::horizontal).findFirst().orElseThrow();
    assertEquals(50.5, top.y0(), 0.01); // pixel row 101 at 144 dpi, in points
    assertEquals(50.0, top.x0(), 0.01);
  }

  @Test
  void aRedSealsRingIsNoRuling() {
    BufferedImage img = new BufferedImage(1000, 800, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = page(img);
    g.setColor(new Color(225, 30, 40)); // a seal's ring and the masthead's red rule
    g.setStroke(new java.awt.BasicStroke(6));
    g.drawOval(300, 200, 400, 400);
    g.fillRect(50, 100, 900, 4);
    g.setColor(Color.BLACK); // a signature printed over the seal stays ink
    g.fillRect(350, 400, 300, 3);
    g.dispose();
    List<Rulings.Line> lines = ImageRulings.find(img, 144);
    assertEquals(1, lines.size(), lines.toString());
    assertEquals(200.5, lines.get(0).y0(), 0.01); // the black line, rows 400..402
  }

  @Test
  void aBoxAcrossAVerticalRulingIsCutThere() {
    List<Rulings.Line> rulings =
        List.of(new Rulings.Line(40, 0, 40, 100), new Rulings.Line(60, 0, 60, 100));
    Glyph box = new Glyph("姓名性别", 20, 50, 40, 10, false); // 20..60: four evenly spaced chars
    List<Glyph> cut = BoxSplitter.split(List.of(box), rulings);
    assertEquals(List.of("姓名", "性别"), cut.stream().map(Glyph::text).toList());
    assertEquals(40, cut.get(1).x(), 1e-9);
    Glyph beside = new Glyph("备注", 70, 50, 20, 10, false);
    assertEquals(List.of(beside), BoxSplitter.split(List.of(beside), rulings));
  }
}
