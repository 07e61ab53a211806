package org.gazette.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.gazette.Pipeline;
import org.gazette.fixtures.GazettePdfBuilder;
import org.gazette.model.Furniture;
import org.gazette.model.IssueResult;
import org.gazette.model.PageInfo;
import org.gazette.model.PipelineException;
import org.gazette.ocr.OcrEngine;
import org.junit.jupiter.api.Test;

class PdfSourceTest {
  private static final List<String> ISSUE =
      List.of(
          "稷山县人民政府",
          "关于推进气象高质量发展的实施意见",
          "稷政发〔2023〕11号",
          "各乡（镇）人民政府，县直各有关单位：",
          "为推动气象事业高质量发展，提出如下意见。",
          "一、总体要求",
          "到2025年，气象现代化水平明显提升。",
          "稷山县人民政府",
          "2023年7月25日",
          "（此件公开发布）");

  /** An OCR engine that "recognises" fixed lines and counts its calls. */
  static final class FakeOcr implements OcrEngine {
    final AtomicInteger calls = new AtomicInteger();
    final boolean available;

    FakeOcr(boolean available) {
      this.available = available;
    }

    @Override
    public boolean available() {
      return available;
    }

    @Override
    public Result recognize(BufferedImage image, boolean vertical) {
      calls.incrementAndGet();
      List<Line> lines = new java.util.ArrayList<>();
      for (int i = 0; i < ISSUE.size(); i++) {
        lines.add(new Line(ISSUE.get(i), 300, 400 + 90 * i, 2000, 460 + 90 * i));
      }
      return new Result(lines, 91.5);
    }
  }

  private static byte[] textPdf() throws Exception {
    return new GazettePdfBuilder("某县人民政府公报", "1/2023").build(ISSUE).pdf();
  }

  @Test
  void textLayerPagesAreReadWithoutOcr() throws Exception {
    FakeOcr ocr = new FakeOcr(true);
    IssueResult r =
        new Pipeline(new Pipeline.Options(OcrMode.AUTO, 2, ocr)).convert(textPdf(), "t.pdf");
    assertEquals(0, ocr.calls.get());
    assertEquals(PageInfo.TextSource.LAYER, r.pages().get(0).textSource());
    assertEquals("1", r.pages().get(0).label());
    assertEquals("稷政发〔2023〕11号", r.documents().get(0).docNumber());
    assertEquals(1, r.documents().get(0).sourceSpan().startPage());
    assertTrue(
        r.furniture().stream()
            .anyMatch(f -> f.kind() == Furniture.Kind.PAGE_NUMBER && f.page() == 1));
  }

  @Test
  void garbledTextLayerIsDetectedAndOcrdInAutoMode() throws Exception {
    byte[] garbled = GazettePdfBuilder.garbledLayer(textPdf(), 100);
    FakeOcr ocr = new FakeOcr(true);
    IssueResult r =
        new Pipeline(new Pipeline.Options(OcrMode.AUTO, 2, ocr)).convert(garbled, "g.pdf");
    assertEquals(1, ocr.calls.get());
    assertEquals(PageInfo.TextSource.OCR, r.pages().get(0).textSource());
    assertEquals(91.5, r.pages().get(0).ocrConfidence());
    assertEquals("2023-07-25", r.documents().get(0).date());
    IssueResult never =
        new Pipeline(new Pipeline.Options(OcrMode.NEVER, 2, new FakeOcr(true)))
            .convert(garbled, "g.pdf");
    assertTrue(never.diagnostics().stream().anyMatch(d -> d.code().equals("garbled-text-layer")));
  }

  @Test
  void textPlacedBeyondThePagesEdgeIsNotReadAndIsReported() throws Exception {
    byte[] pdf;
    try (PDDocument doc = Loader.loadPDF(textPdf())) {
      PDPage page = doc.getPage(0);
      try (PDPageContentStream cs =
          new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 15);
        cs.newLineAtOffset(page.getCropBox().getWidth() + 40, 90); // right of the page, at its foot
        cs.showText("X");
        cs.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      pdf = out.toByteArray();
    }
    IssueResult r = new Pipeline().convert(pdf, "x.pdf");
    assertTrue(
        r.furniture().stream().noneMatch(f -> f.text().contains("X")), r.furniture().toString());
    assertTrue(
        r.diagnostics().stream()
            .anyMatch(d -> d.code().equals("text-outside-page") && d.message().endsWith(": X")),
        r.diagnostics().toString());
    assertEquals("稷政发〔2023〕11号", r.documents().get(0).docNumber());
  }

  @Test
  void imageOnlyPageWithoutOcrGivesADiagnosticAndTheRestStillConverts() throws Exception {
    byte[] image = GazettePdfBuilder.imageOnly(textPdf(), 100);
    IssueResult r =
        new Pipeline(new Pipeline.Options(OcrMode.AUTO, 2, new FakeOcr(false)))
            .convert(image, "i.pdf");
    assertTrue(
        r.diagnostics().stream()
            .anyMatch(
                d -> d.code().equals("ocr-unavailable") && Integer.valueOf(1).equals(d.page())),
        r.diagnostics().toString());
    assertEquals(PageInfo.TextSource.NONE, r.pages().get(0).textSource());
  }

  @Test
  void alwaysModeOcrsEveryPage() throws Exception {
    FakeOcr ocr = new FakeOcr(true);
    new Pipeline(new Pipeline.Options(OcrMode.ALWAYS, 2, ocr)).convert(textPdf(), "t.pdf");
    assertEquals(1, ocr.calls.get());
  }

  @Test
  void encryptedTruncatedAndEmptyPdfsAreClearErrors() throws Exception {
    Pipeline p = new Pipeline(new Pipeline.Options(OcrMode.NEVER, 1, new FakeOcr(false)));
    byte[] encrypted;
    try (PDDocument doc = Loader.loadPDF(textPdf())) {
      doc.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      encrypted = out.toByteArray();
    }
    PipelineException e =
        assertThrows(PipelineException.EncryptedPdf.class, () -> p.convert(encrypted, "e.pdf"));
    assertTrue(e.getMessage().contains("encrypted"));
    byte[] pdf = textPdf();
    byte[] truncated = Arrays.copyOf(pdf, pdf.length / 2);
    e = assertThrows(PipelineException.UnreadableInput.class, () -> p.convert(truncated, "t.pdf"));
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    byte[] empty;
    try (PDDocument doc = new PDDocument()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      empty = out.toByteArray();
    }
    e = assertThrows(PipelineException.EmptyDocument.class, () -> p.convert(empty, "z.pdf"));
    assertTrue(e.getMessage().contains("no pages"));
    byte[] junk =
        "%PDF-1.7\nthis is not really a pdf\n%%EOF"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    assertThrows(PipelineException.UnreadableInput.class, () -> p.convert(junk, "j.pdf"));
  }

  @Test
  void qualityHeuristicTellsGarbageFromChinese() {
    assertTrue(
        TextQuality.usable(
            List.of(new TextLine("稷山县人民政府关于推进气象高质量发展的实施意见", 1, 0, 1, 1, 12, false))));
    assertFalse(
        TextQuality.usable(
            List.of(new TextLine("ÃÂ¤¥¦§¨©ª«¬®¯°±µ¶ÀÁÈÉÊË", 1, 0, 1, 1, 12, false))));
    assertFalse(TextQuality.usable(List.of()));
  }

  @Test
  void glyphNumbersReadAsAsciiAreNoTextButTablesAndEnglishAre() {
    // a font without a Unicode mapping, its glyphs numbered from '!' in the order they were used
    assertFalse(
        TextQuality.usable(
            List.of(
                new TextLine("!\"#$%&'()*+ ! !\"#,-./", 1, 0, 1, 1, 12, false),
                new TextLine("0123456789 \" :;< !\"# ! 报", 2, 0, 1, 1, 12, false))));
    assertTrue(
        TextQuality.usable(
            List.of(
                new TextLine("1,234.56  12.3%  -4.5  (2023)  7,890.12", 1, 0, 1, 1, 12, false),
                new TextLine(
                    "CONTENTS  Circular of the State Council ... 12", 2, 0, 1, 1, 12, false))));
  }

  @Test
  void aHungPageIsStoppedByItsTimeoutAndReported() throws Exception {
    java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
    OcrEngine hangs =
        new OcrEngine() {
          @Override
          public boolean available() {
            return true;
          }

          @Override
          public Result recognize(BufferedImage image, boolean vertical)
              throws java.io.IOException {
            try {
              Thread.sleep(60_000);
              return new Result(List.of(), Double.NaN);
            } catch (InterruptedException e) {
              stopped.countDown();
              throw new java.io.InterruptedIOException("cancelled");
            }
          }
        };
    byte[] image = GazettePdfBuilder.imageOnly(textPdf(), 100);
    PdfSource source = new PdfSource(hangs, OcrMode.AUTO, 1, java.time.Duration.ofMillis(500));
    long t0 = System.nanoTime();
    PdfSource.Read read = source.read(image);
    assertTrue((System.nanoTime() - t0) / 1e9 < 20, "stopped, not waited out");
    assertTrue(
        read.diagnostics().stream()
            .anyMatch(d -> d.code().equals("ocr-timeout") && Integer.valueOf(1).equals(d.page())),
        read.diagnostics().toString());
    assertTrue(
        stopped.await(10, java.util.concurrent.TimeUnit.SECONDS), "the engine was interrupted");
  }

  @Test
  void anIndentedFirstLineStoppingShortOfTheRightEdgeIsNotCentred() {
    // 仿宋 at 16 pt: glyph boxes 8 pt high, the text between 77 and 524; a 令's sentence indented
    // two characters whose wrap leaves 9 pt at the right (…现予 / 发布。) is body text
    TextLine sentence = new TextLine("《某某管理办法》已经市人民政府同意，现予", 1, 109.4, 515.4, 402, 7.98, false);
    assertFalse(PdfSource.setApart(sentence, 77, 524, 8));
    TextLine title = new TextLine("某某市公共租赁住房管理办法", 2, 160.4, 434.5, 157, 7.98, false);
    assertTrue(PdfSource.setApart(title, 77, 524, 8));
    TextLine signer = new TextLine("某某市人民政府", 1, 375.5, 481.5, 612, 7.98, false);
    assertFalse(PdfSource.setApart(signer, 77, 524, 8));
  }

  @Test
  void aReadPagesLinesAreMeasuredAgainstItsOwnBodyText() throws Exception {
    // the detector draws one scan's line boxes taller on one page than on the next: page 1's full
    // lines are body text of that page, not larger type set apart
    String line = "参保人按规定参加本市社会基本医疗保险即视同同时参加重大疾病医疗保险与基本医疗保险同时生效";
    OcrEngine boxes =
        new OcrEngine() {
          final AtomicInteger page = new AtomicInteger();

          @Override
          public boolean available() {
            return true;
          }

          @Override
          public Result recognize(BufferedImage image, boolean vertical) {
            boolean tall = page.incrementAndGet() == 1;
            int full = tall ? 70 : 50;
            List<Line> lines = new java.util.ArrayList<>();
            for (int i = 0; i < (tall ? 5 : 9); i++) {
              boolean last = i % 3 == 2;
              lines.add(
                  new Line(
                      last ? "险起付标准：" : line,
                      300,
                      400 + 100 * i,
                      last ? 700 : 2200,
                      400 + 100 * i + (last ? 48 : full)));
            }
            return new Result(lines, 95);
          }
        };
    byte[] blank;
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.addPage(new PDPage());
      doc.addPage(new PDPage());
      doc.save(out);
      blank = out.toByteArray();
    }
    org.gazette.model.RawText raw = new PdfSource(boxes, OcrMode.AUTO, 1).read(blank).text();
    for (int n = 1; n <= raw.lines().size(); n++) {
      assertFalse(raw.displayOf(n), "line " + n + " is body text: " + raw.lines().get(n - 1));
    }
  }
}
