package org.gazette.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.gazette.Pipeline;
import org.gazette.model.Diagnostic;
import org.gazette.model.Document;
import org.gazette.model.IssueResult;
import org.junit.jupiter.api.Test;

class TocReconcilerTest {
  private static final String ISSUE =
      String.join(
          "\n",
          "某某县人民政府公报",
          "目　录",
          "某某县人民政府关于加强安全生产工作的通知（稷政发〔2022〕20号）……1",
          "",
          "某某县人民政府关于加强安全生产工作的通知",
          "各政发〔2022〕20号",
          "各乡镇人民政府：",
          "现将有关事项通知如下。",
          "某某县人民政府",
          "2022年5月1日",
          "");

  @Test
  void anOcrMisreadNumberTakesTheTocsAndKeepsItsReadingBeside() throws Exception {
    IssueResult r = new Pipeline().convert(ISSUE.getBytes(StandardCharsets.UTF_8), "ocr-like.txt");
    assertEquals("各政发〔2022〕20号", r.documents().get(0).docNumber(), "TXT: nothing corrected");
    List<Document> docs = new ArrayList<>(r.documents());
    List<Diagnostic> diagnostics = new ArrayList<>();
    TocReconciler.reconcile(r.toc(), docs, new HashMap<>(), diagnostics, d -> true);
    Document d = docs.get(0);
    assertEquals("稷政发〔2022〕20号", d.docNumber());
    assertEquals("稷政发", d.docNumberParts().prefix());
    assertEquals("各政发〔2022〕20号", d.docNumberParts().raw(), "the reading kept beside");
    assertTrue(
        diagnostics.stream()
            .anyMatch(x -> x.code().equals("docnumber-from-toc") && x.line() != null),
        diagnostics.toString());
  }
}
