package org.gazette.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.gazette.Pipeline;
import org.gazette.model.PipelineException;
import org.gazette.pdf.OcrMode;
import org.gazette.table.TabTables;
import org.gazette.text.Dates;
import org.gazette.text.DocNumbers;
import org.gazette.text.Label;

/**
 * Fuzz targets: whatever the bytes, a conversion either gives a schema-valid result or a {@link
 * PipelineException} naming the input's fault, never another exception or a hang; the element
 * parsers never throw. In {@code mvn verify} each target runs its seed and crash corpus (under
 * {@code src/test/resources/org/gazette/fuzz/FuzzTargetsTestInputs/}) as regression tests; {@code
 * JAZZER_FUZZ=1 mvn -pl pipeline-core test -Dtest=FuzzTargetsTest#txtInput} fuzzes one target for
 * its {@code maxDuration}. A crash found is saved beside the seeds and becomes a test.
 */
class FuzzTargetsTest {
  /** OCR off: a fuzzed page without text would only measure the recogniser's speed. */
  private static final Pipeline PIPELINE =
      new Pipeline(Pipeline.Options.defaults().withOcr(OcrMode.NEVER));

  @FuzzTest(maxDuration = "10m")
  void txtInput(byte[] data) {
    try {
      PIPELINE.convert(data, "fuzz.txt");
    } catch (PipelineException e) {
      // the input's fault, reported as such: fine
    }
  }

  @FuzzTest(maxDuration = "10m")
  void pdfInput(byte[] data) {
    byte[] pdf = new byte[data.length + 9];
    System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 9);
    System.arraycopy(data, 0, pdf, 9, data.length);
    try {
      PIPELINE.convert(pdf, "fuzz.pdf");
    } catch (PipelineException e) {
      // a broken PDF, reported as such: fine
    }
  }

  @FuzzTest(maxDuration = "10m")
  void elementParsers(byte[] data) {
    String s = new String(data, StandardCharsets.UTF_8);
    DocNumbers.find(s);
    DocNumbers.whole(s);
    DocNumbers.ofHead(s);
    Dates.findIso(s);
    Dates.onlyDateIso(s);
    Label.parse(s, true);
    Label.parse(s, false);
    TabTables.tabRow(s);
  }
}
