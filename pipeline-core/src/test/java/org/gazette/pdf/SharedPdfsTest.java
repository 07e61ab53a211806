package org.gazette.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gazette.Pipeline;
import org.gazette.io.Json;
import org.gazette.model.Document;
import org.gazette.model.Furniture;
import org.gazette.model.IssueResult;
import org.gazette.model.PageInfo;
import org.gazette.ocr.OcrEngines;
import org.junit.jupiter.api.Test;

/**
 * The PDFs other tools made of sample 002 ({@code src/test/resources/shared-pdfs}, copied from the
 * shared material with its README): a LibreOffice PDF with a running header and {@code - N -}
 * footers on every page, and a degraded image-only scan.
 */
class SharedPdfsTest {
  private static final Path DIR = Path.of("src", "test", "resources", "shared-pdfs");

  @Test
  void libreOfficePdfLeavesNoHeaderOrFooterInsideABody() throws Exception {
    Path pdf = DIR.resolve("sample002-libreoffice.pdf");
    assertTrue(Files.exists(pdf), pdf + " is part of the repository");
    IssueResult r = new Pipeline().convert(pdf);
    assertEquals(8, r.documents().size());
    assertEquals("稷政发〔2021〕2号", r.documents().get(0).docNumber());
    assertTrue(
        r.pages().stream().allMatch(p -> String.valueOf(p.page()).equals(p.label())),
        "labels 1..52");
    long headers = r.furniture().stream().filter(f -> f.kind() == Furniture.Kind.HEADER).count();
    assertEquals(r.pages().size(), headers);
    List<String> leaks = new ArrayList<>();
    for (Document d : r.documents()) {
      strings(Json.tree(d), leaks);
    }
    leaks.removeIf(s -> !(s.contains("人民政府公报") || s.matches(".*-\\s+\\d{1,3}\\s+-.*")));
    assertEquals(List.of(), leaks);
  }

  @Test
  void degradedScanIsFoundThroughOcr() throws Exception {
    Path pdf = DIR.resolve("sample002-scanned-degraded.pdf");
    assertTrue(Files.exists(pdf), pdf + " is part of the repository");
    assertTrue(OcrEngines.defaultEngine().available(), "PP-OCR runs in process, everywhere");
    IssueResult r = new Pipeline().convert(pdf);
    assertTrue(
        r.pages().stream()
            .allMatch(p -> p.textSource() == PageInfo.TextSource.OCR && p.ocrConfidence() > 60),
        r.pages().toString());
    Document d = r.documents().get(0);
    assertEquals("稷政发〔2021〕2号", d.docNumber(), "the county's own abbreviation, read as printed");
    assertEquals("稷山县人民政府关于印发2021年度《政府工作报告》目标任务责任分解的通知", d.title());
    long headers = r.furniture().stream().filter(f -> f.kind() == Furniture.Kind.HEADER).count();
    assertEquals(r.pages().size(), headers, "the running header of every scanned page");
  }

  private static void strings(JsonNode n, List<String> out) {
    if (n.isTextual()) {
      out.add(n.asText());
    } else if (n.isContainerNode()) {
      n.forEach(c -> strings(c, out));
    }
  }
}
