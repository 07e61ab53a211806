package org.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gazette.eval.GoldScorer;
import org.gazette.fixtures.GazettePdfBuilder;
import org.gazette.io.Json;
import org.gazette.model.IssueResult;
import org.gazette.ocr.OcrEngines;
import org.gazette.pdf.OcrMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The OCR path end to end with the default engine (PP-OCR): the first documents of each sample
 * (about six pages) rendered, rasterised to an image-only PDF, OCR'd and scored. Thresholds of the
 * PDF issue: segmentation F1 ≥ 0.90, 字号 and date ≥ 0.85. Nothing repairs the OCR text: 稷政发 must be
 * read as printed.
 */
class OcrGoldenTest {
  /** Characters of text (about five A4 pages) after which the fixture stops at a document end. */
  private static final int FIXTURE_CHARS = 7000;

  private static final Pattern PREFIX = Pattern.compile("^.*?(?=[〔\\[(（【])");

  static List<Path> samples() {
    return Samples.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void imageOnlyPdfThroughOcr(Path sample) throws Exception {
    Tools.need(OcrEngines.defaultEngine().available(), "the default OCR engine cannot start here");
    List<String> lines = Samples.lines(sample);
    ObjectNode gold = (ObjectNode) Json.MAPPER.readTree(Samples.gold(sample).toFile());
    // A window of whole documents: from the first one short enough, until about six pages of text.
    int from = -1;
    int to = -1;
    for (JsonNode d : gold.get("documents")) {
      int s0 = d.get("start_line").asInt();
      int e0 = d.get("end_line").asInt();
      if (from < 0 && chars(lines, s0, e0) > 2 * FIXTURE_CHARS) {
        continue;
      }
      from = from < 0 ? s0 : from;
      to = e0;
      if (chars(lines, from, to) >= FIXTURE_CHARS) {
        break;
      }
    }
    List<String> cut = lines.subList(from - 1, to);
    shift(gold, from - 1);
    GazettePdfBuilder.Built built = new GazettePdfBuilder("测试县人民政府公报", "1/2023").build(cut);
    byte[] image = GazettePdfBuilder.imageOnly(built.pdf(), 300);
    JsonNode pageGold = PdfGoldenTest.pageGold(gold, built, cut);
    Pipeline pipeline = new Pipeline(Pipeline.Options.defaults().withOcr(OcrMode.AUTO));
    IssueResult r = pipeline.convert(image, sample.getFileName() + ".image.pdf");
    JsonNode out = Json.tree(r);
    GoldScorer.Score s = new GoldScorer().score(out, withoutPrefixes((ObjectNode) pageGold));
    GoldScorer.Score raw =
        new GoldScorer().score(stripPrefixes(out), withoutPrefixes((ObjectNode) pageGold));
    List<String> failures = new ArrayList<>();
    if (s.f1() < 0.90) {
      failures.add("segmentation F1 " + s.f1());
    }
    if (s.fieldAccuracy().get("date") < 0.85) {
      failures.add("date " + s.fieldAccuracy().get("date"));
    }
    GoldScorer.Score full =
        new GoldScorer().score(out, PdfGoldenTest.pageGold(goldOf(sample, from - 1), built, cut));
    if (full.fieldAccuracy().get("docNumber") < 0.85) {
      failures.add(
          "docNumber "
              + full.fieldAccuracy().get("docNumber")
              + " (year/serial "
              + raw.fieldAccuracy().get("docNumber")
              + ")");
    }
    System.out.printf(
        java.util.Locale.ROOT,
        "OCR %s: %d pages, F1 %.3f, docNumber %.3f, date %.3f, title %.3f%n",
        sample.getFileName(),
        r.pages().size(),
        s.f1(),
        full.fieldAccuracy().get("docNumber"),
        s.fieldAccuracy().get("date"),
        s.fieldAccuracy().get("title"));
    assertEquals(List.of(), failures, sample + " pages " + r.pages() + " misses: " + s.misses());
  }

  /** The gold of {@code sample} moved up by {@code by} lines. */
  private static ObjectNode goldOf(Path sample, int by) throws Exception {
    ObjectNode gold = (ObjectNode) Json.MAPPER.readTree(Samples.gold(sample).toFile());
    shift(gold, by);
    return gold;
  }

  private static int chars(List<String> lines, int from, int to) {
    return String.join("", lines.subList(from - 1, to)).length();
  }

  /** Moves the gold's line numbers up by {@code by} (the lines cut off before the window). */
  private static void shift(ObjectNode gold, int by) {
    for (JsonNode d : gold.get("documents")) {
      ((ObjectNode) d).put("start_line", d.get("start_line").asInt() - by);
      ((ObjectNode) d).put("end_line", d.get("end_line").asInt() - by);
    }
    ArrayNode furniture = Json.MAPPER.createArrayNode();
    gold.get("furniture_lines").forEach(n -> furniture.add(n.asInt() - by));
    gold.set("furniture_lines", furniture);
  }

  /** Gold with every 字号 reduced to 〔year〕serial号. */
  private static JsonNode withoutPrefixes(ObjectNode gold) {
    for (JsonNode d : gold.get("documents")) {
      if (d.hasNonNull("doc_number")) {
        ((ObjectNode) d)
            .put("doc_number", PREFIX.matcher(d.get("doc_number").asText()).replaceFirst(""));
      }
    }
    return gold;
  }

  /** Output with every 字号 reduced to 〔year〕serial号. */
  private static JsonNode stripPrefixes(JsonNode out) {
    JsonNode copy = out.deepCopy();
    for (JsonNode d : copy.get("documents")) {
      if (d.hasNonNull("docNumber")) {
        ((ObjectNode) d)
            .put("docNumber", PREFIX.matcher(d.get("docNumber").asText()).replaceFirst(""));
      }
    }
    return copy;
  }
}
