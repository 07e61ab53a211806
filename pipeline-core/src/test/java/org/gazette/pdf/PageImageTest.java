package org.gazette.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.gazette.Tools;
import org.gazette.fixtures.GazettePdfBuilder;
import org.junit.jupiter.api.Test;

/** A scanned page is read at its own resolution; other pages are rendered at 300 dpi. */
class PageImageTest {
  private static final List<String> TEXT =
      List.of("某某县人民政府关于加强安全生产工作的通知", "某政发〔2023〕3号", "各乡镇人民政府：", "现将有关事项通知如下。");

  @Test
  void aScannedPageKeepsItsResolution() throws Exception {
    Tools.need(GazettePdfBuilder.FONT.isFile(), "the WenQuanYi font (.ci/setup installs it)");
    byte[] pdf = new GazettePdfBuilder("某某县人民政府公报", "1/2023").build(TEXT).pdf();
    for (float dpi : new float[] {200f, 300f}) {
      byte[] scan = GazettePdfBuilder.imageOnly(pdf, dpi);
      try (PDDocument doc = Loader.loadPDF(scan)) {
        PageImage img = PageImage.of(doc, new PDFRenderer(doc), 0);
        assertEquals(dpi, img.dpi(), 1.0);
        assertEquals(
            Math.round(doc.getPage(0).getMediaBox().getWidth() / 72f * dpi),
            img.image().getWidth(),
            2);
      }
    }
  }

  @Test
  void aTextPageIsRenderedAt300Dpi() throws Exception {
    Tools.need(GazettePdfBuilder.FONT.isFile(), "the WenQuanYi font (.ci/setup installs it)");
    byte[] pdf = new GazettePdfBuilder("某某县人民政府公报", "1/2023").build(TEXT).pdf();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals(300.0, PageImage.of(doc, new PDFRenderer(doc), 0).dpi(), 1e-9);
    }
  }

  @Test
  void aRenderedPageLosesItsPaleWatermarkAndKeepsItsInk() {
    java.awt.image.BufferedImage img =
        new java.awt.image.BufferedImage(4, 1, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
    int[] levels = {0, 180, 237, 250};
    for (int x = 0; x < levels.length; x++) {
      img.getRaster().setSample(x, 0, 0, levels[x]);
    }
    PageImage.withoutPaleMarks(img);
    assertEquals(0, img.getRaster().getSample(0, 0, 0), "ink stays");
    assertEquals(180, img.getRaster().getSample(1, 0, 0), "a grey stroke stays");
    assertEquals(255, img.getRaster().getSample(2, 0, 0), "the watermark's grey goes");
    assertEquals(255, img.getRaster().getSample(3, 0, 0));
  }
}
