package org.gazette.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.gazette.Tools;
import org.gazette.fixtures.GazettePdfBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** PP-OCR on ONNX Runtime reads a rendered 公文 head, place names included. */
class PaddleOcrTest {
  private static final PaddleOcr OCR = new PaddleOcr(2);

  @AfterAll
  static void close() {
    OCR.close();
  }

  /** A 200-dpi-like page strip: lines of 公文 text, a right-aligned signature. */
  private static BufferedImage page(List<String> lines, int rightFrom) throws Exception {
    Font font = Font.createFont(Font.TRUETYPE_FONT, GazettePdfBuilder.FONT).deriveFont(44f);
    BufferedImage img =
        new BufferedImage(1654, 140 + 90 * lines.size(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, img.getWidth(), img.getHeight());
    g.setColor(Color.BLACK);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(font);
    for (int i = 0; i < lines.size(); i++) {
      int x = i >= rightFrom ? 1000 : 120;
      g.drawString(lines.get(i), x, 120 + 90 * i);
    }
    g.dispose();
    return img;
  }

  @Test
  void readsTitleNumberPlaceNamesAndSignatureLineByLine() throws Exception {
    Tools.need(GazettePdfBuilder.FONT.isFile(), "the WenQuanYi font (.ci/setup installs it)");
    assertTrue(OCR.available(), OCR.failure());
    List<String> text =
        List.of(
            "稷山县人民政府关于加强安全生产工作的通知",
            "稷政发〔2023〕11号",
            "绛县、黎城县、芮城县人民政府：",
            "现将有关事项通知如下。",
            "稷山县人民政府",
            "2023年7月25日");
    OcrEngine.Result r = OCR.recognize(page(text, 4));
    List<String> read = r.lines().stream().map(l -> l.text().replace(" ", "")).toList();
    assertEquals(text.size(), read.size(), read.toString());
    for (int i = 0; i < text.size(); i++) {
      assertEquals(brackets(text.get(i)), brackets(read.get(i)), "line " + (i + 1));
    }
    assertTrue(r.confidence() > 80, "confidence " + r.confidence());
    OcrEngine.Line signer = r.lines().get(4);
    assertTrue(signer.left() > 900, "the signature stays right-aligned: " + signer);
  }

  @Test
  void aPageScannedUpsideDownIsReadTheRightWayUp() throws Exception {
    Tools.need(GazettePdfBuilder.FONT.isFile(), "the WenQuanYi font (.ci/setup installs it)");
    List<String> text =
        List.of(
            "稷山县人民政府关于加强安全生产工作的通知",
            "各乡（镇）人民政府，县直各有关单位：",
            "现将有关事项通知如下，请认真贯彻执行。",
            "一、提高思想认识，压实工作责任",
            "稷山县人民政府");
    BufferedImage upright = page(text, 4);
    OcrEngine.Result r = OCR.recognize(Crops.halfTurned(upright));
    List<String> read = r.lines().stream().map(l -> l.text().replace(" ", "")).toList();
    assertEquals(
        text,
        read.stream()
            .map(PaddleOcrTest::brackets)
            .map(t -> t.replace("〔", "（").replace("〕", "）"))
            .toList());
    // and an upright page is left as it is
    assertEquals(
        text.size(), OCR.recognize(upright).lines().size(), "upright page read as printed");
  }

  @Test
  void aBlankPageReadsNothing() throws Exception {
    Tools.need(GazettePdfBuilder.FONT.isFile(), "the WenQuanYi font (.ci/setup installs it)");
    OcrEngine.Result r = OCR.recognize(page(List.of(), 99));
    assertTrue(r.lines().isEmpty(), r.lines().toString());
  }

  /** PP-OCR reads 〔〕 as （） or [ ] now and then: the 字号 stage normalises them. */
  private static String brackets(String s) {
    return s.replaceAll("[〔（(\\[［]", "〔").replaceAll("[〕）)\\]］]", "〕");
  }
}
