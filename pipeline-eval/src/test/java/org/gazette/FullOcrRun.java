package org.gazette;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.gazette.eval.GoldScorer;
import org.gazette.fixtures.GazettePdfBuilder;
import org.gazette.io.Json;
import org.gazette.model.IssueResult;

/**
 * Every page of each named sample rendered, rasterised at 300 dpi and OCR'd, then scored against
 * its gold: the full image-only check of the PDF issue, too slow for CI (about two minutes a
 * sample). Run after {@code mvn -B verify}:
 *
 * <pre>
 * java -cp pipeline-cli/target/gazette.jar:pipeline-core/target/test-classes \
 *     org.gazette.FullOcrRun 000_2f4097cb1dcd751f 001_17a974d05048ca79
 * </pre>
 */
public final class FullOcrRun {
  private FullOcrRun() {}

  /** Converts and scores the samples named in {@code args} (file names without .txt). */
  public static void main(String[] args) throws Exception {
    Pipeline pipeline = new Pipeline();
    for (String name : args) {
      Path sample = Samples.folder().resolve(name + ".txt");
      List<String> lines = Samples.lines(sample);
      GazettePdfBuilder.Built built = new GazettePdfBuilder("测试县人民政府公报", "1/2023").build(lines);
      byte[] image = GazettePdfBuilder.imageOnly(built.pdf(), 300);
      ObjectNode gold = (ObjectNode) Json.MAPPER.readTree(Samples.gold(sample).toFile());
      JsonNode pageGold = PdfGoldenTest.pageGold(gold, built, lines);
      long t0 = System.nanoTime();
      IssueResult r = pipeline.convert(image, name + ".image.pdf");
      double secs = (System.nanoTime() - t0) / 1e9;
      GoldScorer.Score s = new GoldScorer().score(Json.tree(r), pageGold);
      System.out.printf(
          Locale.ROOT,
          "%s: %d pages in %.0f s (%.2f pages/s); documents gold %d, output %d;"
              + " F1 %.3f; docNumber %.3f, date %.3f, title %.3f, signer %.3f, recipients %.3f;"
              + " start page %.3f, end page %.3f%n",
          name,
          r.pages().size(),
          secs,
          r.pages().size() / secs,
          s.goldDocs(),
          s.predDocs(),
          s.f1(),
          s.fieldAccuracy().get("docNumber"),
          s.fieldAccuracy().get("date"),
          s.fieldAccuracy().get("title"),
          s.fieldAccuracy().get("signer"),
          s.fieldAccuracy().get("recipients"),
          s.fieldAccuracy().get("startLine"),
          s.fieldAccuracy().get("endLine"));
    }
  }
}
