package org.gazette.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.gazette.Pipeline;
import org.gazette.Tools;
import org.gazette.fixtures.GazettePdfBuilder;
import org.gazette.model.IssueResult;
import org.gazette.model.PageInfo;
import org.gazette.ocr.TesseractOcr;
import org.junit.jupiter.api.Test;

/** Scanned pages set in vertical columns are told apart and read with the vertical model. */
public class VerticalTextTest {
  private static final List<String> COLUMNS =
      List.of(
          "稷山县人民政府",
          "关于推进气象高质量发展的实施意见",
          "稷政发〔2023〕11号",
          "各乡镇人民政府县直各有关单位：",
          "为推动气象事业高质量发展提出如下意见。",
          "稷山县人民政府",
          "2023年7月25日");

  /** An A4 page at 300 dpi with {@code lines} drawn as columns (right to left) or rows. */
  public static BufferedImage page(List<String> lines, boolean vertical) throws Exception {
    Font font = Font.createFonts(GazettePdfBuilder.FONT)[0].deriveFont(72f);
    BufferedImage img = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, img.getWidth(), img.getHeight());
    g.setColor(Color.BLACK);
    g.setFont(font);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    for (int c = 0; c < lines.size(); c++) {
      String s = lines.get(c);
      for (int k = 0; k < s.length(); k++) {
        String ch = String.valueOf(s.charAt(k));
        if (vertical) {
          g.drawString(ch, 2200 - 220 * c, 300 + 92 * k);
        } else {
          g.drawString(ch, 240 + 76 * k, 300 + 140 * c);
        }
      }
    }
    g.dispose();
    return img;
  }

  @Test
  void projectionProfilesTellColumnsFromRows() throws Exception {
    assertTrue(TextDirection.vertical(page(COLUMNS, true)));
    assertFalse(TextDirection.vertical(page(COLUMNS, false)));
  }

  @Test
  void verticalScanIsReadColumnByColumn() throws Exception {
    TesseractOcr ocr = new TesseractOcr();
    Tools.need(
        ocr.verticalAvailable(), "tesseract chi_sim_vert is not installed (.ci/setup installs it)");
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      PDPage p = new PDPage(PDRectangle.A4);
      doc.addPage(p);
      try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
        cs.drawImage(
            LosslessFactory.createFromImage(doc, page(COLUMNS, true)),
            0,
            0,
            PDRectangle.A4.getWidth(),
            PDRectangle.A4.getHeight());
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      pdf = out.toByteArray();
    }
    IssueResult r = new Pipeline().convert(pdf, "vertical.pdf");
    assertEquals(PageInfo.TextSource.OCR, r.pages().get(0).textSource());
    assertEquals(1, r.documents().size(), r.documents().toString());
    assertTrue(
        r.documents().get(0).title().endsWith("关于推进气象高质量发展的实施意见"), r.documents().get(0).title());
    assertEquals("2023-07-25", r.documents().get(0).date());
  }
}
