package org.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.gazette.eval.GoldScorer;
import org.gazette.io.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generality: each sample changed the way other gazettes differ from ours (another county's names
 * in GB18030 with CRLF, no blank lines at all, running headers and page numbers on every page),
 * with its gold annotation changed to match, must still meet the thresholds.
 */
class VariantGoldenTest {
  private static final Pipeline PIPELINE = new Pipeline();

  static List<Path> samples() {
    return Samples.all();
  }

  private record Variant(
      List<String> lines, TreeMap<Integer, Integer> lineMap, List<Integer> addedFurniture) {}

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void anotherCountyInGb18030WithCrlf(Path sample) throws Exception {
    List<String> lines = read(sample);
    UnaryOperator<String> rename =
        s -> s.replace("稷山县", "临汾市").replace("稷山", "临汾").replace("稷", "临");
    List<String> renamed = lines.stream().map(rename).toList();
    byte[] bytes = String.join("\r\n", renamed).getBytes(Charset.forName("GB18030"));
    JsonNode gold = Json.MAPPER.readTree(rename.apply(Files.readString(Samples.gold(sample))));
    check(sample + " renamed", bytes, gold);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void noBlankLines(Path sample) throws Exception {
    List<String> lines = read(sample);
    List<String> out = new ArrayList<>();
    TreeMap<Integer, Integer> map = new TreeMap<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        out.add(lines.get(i));
        map.put(i + 1, out.size());
      }
    }
    check(sample + " no blanks", bytes(out), remap(sample, new Variant(out, map, List.of())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void runningHeadersAndPageNumbersOnEveryPage(Path sample) throws Exception {
    List<String> lines = read(sample);
    Variant v =
        paginate(
            lines,
            (i, next) -> lines.get(i).isBlank(),
            page ->
                List.of(
                    "",
                    page % 2 == 0
                        ? "临汾市人民政府公报 · 文件 ·"
                        : String.format(Locale.ROOT, "%d/2023 临汾市人民政府公报", page % 4 + 1),
                    "",
                    "— " + page + " —",
                    ""));
    check(sample + " headers", bytes(v.lines()), remap(sample, v));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void barePageNumbersWithoutHeaders(Path sample) throws Exception {
    List<String> lines = read(sample);
    // Only where running text continues on both sides, as a page break inside a paragraph.
    Variant v =
        paginate(
            lines,
            (i, next) ->
                next < lines.size()
                    && lines.get(i).strip().length() >= 12
                    && lines.get(next).strip().length() >= 12
                    && !lines.get(i).contains("\t")
                    && !lines.get(next).contains("\t"),
            page -> List.of(String.valueOf(page)));
    check(sample + " bare page numbers", bytes(v.lines()), remap(sample, v));
  }

  /**
   * {@code lines} with page furniture inserted about every 45 lines (after line 80), after a line
   * {@code where} accepts (given its index and the index of the next non-blank line); every
   * non-blank inserted line is furniture.
   */
  private static Variant paginate(
      List<String> lines,
      java.util.function.BiPredicate<Integer, Integer> where,
      java.util.function.IntFunction<List<String>> furnitureOfPage) {
    List<String> out = new ArrayList<>();
    TreeMap<Integer, Integer> map = new TreeMap<>();
    List<Integer> furniture = new ArrayList<>();
    int page = 1;
    int since = 0;
    for (int i = 0; i < lines.size(); i++) {
      out.add(lines.get(i));
      map.put(i + 1, out.size());
      since++;
      int next = i + 1;
      while (next < lines.size() && lines.get(next).isBlank()) {
        next++;
      }
      if (since > 45 && i > 80 && where.test(i, next)) {
        page++;
        since = 0;
        for (String f : furnitureOfPage.apply(page)) {
          out.add(f);
          if (!f.isBlank()) {
            furniture.add(out.size());
          }
        }
      }
    }
    return new Variant(out, map, furniture);
  }

  private static void check(String label, byte[] bytes, JsonNode gold) throws Exception {
    JsonNode out = Json.tree(PIPELINE.convert(bytes, label));
    GoldScorer.Score s = new GoldScorer().score(out, gold);
    List<String> failures = new ArrayList<>();
    if (s.f1() < 0.95) {
      failures.add("segmentation F1 " + s.f1());
    }
    for (String f :
        List.of(
            "title", "docNumber", "date", "signer", "recipients", "note", "startLine", "endLine")) {
      if (s.fieldAccuracy().get(f) < 0.90) {
        failures.add(f + " " + s.fieldAccuracy().get(f));
      }
    }
    if (s.furniturePrecision() < 0.95 || s.furnitureRecall() < 0.95) {
      failures.add("furniture P/R " + s.furniturePrecision() + "/" + s.furnitureRecall());
    }
    assertEquals(List.of(), failures, label + " misses: " + s.misses());
  }

  private static JsonNode remap(Path sample, Variant v) throws Exception {
    ObjectNode gold = (ObjectNode) Json.MAPPER.readTree(Samples.gold(sample).toFile());
    for (JsonNode d : gold.get("documents")) {
      ObjectNode o = (ObjectNode) d;
      o.put("start_line", v.lineMap().floorEntry(d.get("start_line").asInt()).getValue());
      o.put("end_line", v.lineMap().floorEntry(d.get("end_line").asInt()).getValue());
    }
    ArrayNode furniture = Json.MAPPER.createArrayNode();
    for (JsonNode f : gold.get("furniture_lines")) {
      Integer to = v.lineMap().get(f.asInt());
      if (to != null) {
        furniture.add(to);
      }
    }
    v.addedFurniture().forEach(furniture::add);
    gold.set("furniture_lines", furniture);
    return gold;
  }

  private static List<String> read(Path sample) {
    return Samples.lines(sample);
  }

  private static byte[] bytes(List<String> lines) {
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }
}
