package org.gazette.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Page labels and other short marks are found in a page's margins from the ink itself. */
class MarginMarksTest {
  private static final int W = 1240;
  private static final int H = 1754;

  /** An A4 page at 150 dpi: lines of "text" (bars 24 px tall) from 12% to 85% of its height. */
  private static BufferedImage page() {
    BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, W, H);
    g.setColor(Color.BLACK);
    for (int y = 210; y < 1490; y += 48) {
      g.fillRect(150, y, 940, 24);
    }
    g.dispose();
    return img;
  }

  /** Draws "— 3 —": two thin dashes and a digit, 22 px tall, left edge at {@code x}. */
  private static void label(BufferedImage img, int x, int y) {
    Graphics2D g = img.createGraphics();
    g.setColor(Color.BLACK);
    g.fillRect(x, y + 11, 30, 2);
    g.fillRect(x + 45, y, 12, 22);
    g.fillRect(x + 72, y + 11, 30, 2);
    g.dispose();
  }

  @Test
  void aPageLabelUnderTheTextIsBoxedWithRoomAroundIt() {
    BufferedImage img = page();
    label(img, 900, 1620);
    List<TextBoxes.Box> marks = MarginMarks.find(img);
    assertEquals(1, marks.size(), marks.toString());
    TextBoxes.Box b = marks.get(0);
    assertTrue(b.left() < 900 && b.right() > 1002, "the whole label, dashes too: " + b);
    assertTrue(b.top() <= 1620 - 22 && b.bottom() >= 1642 + 22, "a line height above and below");
  }

  @Test
  void aLoneDigitGetsABoxAtLeastAsWideAsItIsTall() {
    BufferedImage img = page();
    Graphics2D g = img.createGraphics();
    g.setColor(Color.BLACK);
    g.fillRect(620, 1620, 12, 22);
    g.dispose();
    List<TextBoxes.Box> marks = MarginMarks.find(img);
    assertEquals(1, marks.size(), marks.toString());
    assertTrue(marks.get(0).width() >= marks.get(0).height(), marks.toString());
  }

  @Test
  void aLineOfTextAcrossTheBandIsLeftToTheDetector() {
    BufferedImage img = page();
    Graphics2D g = img.createGraphics();
    g.setColor(Color.BLACK);
    g.fillRect(150, 1620, 940, 24);
    g.dispose();
    assertEquals(List.of(), MarginMarks.find(img));
  }

  @Test
  void inkCloseUnderTheLastLineIsNoMark() {
    BufferedImage img = page();
    // the last text line ends at 1482; a label 16 px under it is part of the text block
    label(img, 900, 1498);
    assertEquals(List.of(), MarginMarks.find(img));
  }

  @Test
  void theScansBorderIsNoMark() {
    BufferedImage img = page();
    Graphics2D g = img.createGraphics();
    g.setColor(Color.BLACK);
    g.fillRect(0, 1620, 60, 22); // dark scanner edge reaching into the page
    g.dispose();
    assertEquals(List.of(), MarginMarks.find(img));
  }

  @Test
  void aRunningHeadAboveTheTextIsAMarkToo() {
    BufferedImage img = page();
    label(img, 560, 80);
    assertEquals(1, MarginMarks.find(img).size());
  }

  @Test
  void aConfidentMarkReadingStandsForTheBoxesItCoversAnUnsureOneDoesNot() {
    TextBoxes.Box detected = new TextBoxes.Box(905, 1615, 1000, 1645, 0.9);
    TextBoxes.Box body = new TextBoxes.Box(150, 200, 1090, 240, 0.9);
    TextBoxes.Box mark = new TextBoxes.Box(880, 1598, 1020, 1664, 1.0);
    // the last line of the text above reaches into the room left over the label's ink
    TextBoxes.Box above = new TextBoxes.Box(150, 1560, 1000, 1605, 0.9);
    OcrRows.Read bodyRead = new OcrRows.Read(body, new CtcDecoder.Decoded("正文", 0.99));
    OcrRows.Read aboveRead = new OcrRows.Read(above, new CtcDecoder.Decoded("末行", 0.99));
    OcrRows.Read tight = new OcrRows.Read(detected, new CtcDecoder.Decoded("13-", 0.57));
    List<OcrRows.Read> sure =
        MarginMarks.settle(
            List.of(
                bodyRead,
                aboveRead,
                tight,
                new OcrRows.Read(mark, new CtcDecoder.Decoded("—3—", 0.9))),
            List.of(mark));
    assertEquals(List.of("正文", "末行", "—3—"), sure.stream().map(r -> r.text().text()).toList());
    List<OcrRows.Read> unsure =
        MarginMarks.settle(
            List.of(bodyRead, tight, new OcrRows.Read(mark, new CtcDecoder.Decoded("丨", 0.3))),
            List.of(mark));
    assertEquals(List.of("正文", "13-"), unsure.stream().map(r -> r.text().text()).toList());
  }
}
