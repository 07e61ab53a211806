package org.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gazette.io.AtomicFiles;
import org.gazette.io.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample's whole output, exactly: {@code samples/expected/<name>.json} is what the pipeline
 * gives today, reviewed in the diff whenever it changes. After an intended change, regenerate with
 * {@code -Dgolden.update=true} and read the diff; on a mismatch the actual output is written to
 * {@code target/golden-diff/<name>.json}. Scores against the hand annotations are ratcheted apart
 * ({@link CorpusRatchetTest}); the gazette metadata must equal the annotation's.
 */
class GoldenTest {
  private static Pipeline pipeline;

  @BeforeAll
  static void setUp() {
    pipeline = new Pipeline();
  }

  static List<Path> samples() {
    return Samples.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void outputIsExactlyAsExpected(Path sample) throws Exception {
    String name = sample.getFileName().toString().replaceFirst("\\.txt$", "");
    // A stable label: the output records it as source.path.
    String actual =
        Json.pretty(
            pipeline.convert(Files.readAllBytes(sample), "samples/" + sample.getFileName()));
    JsonNode tree = Json.MAPPER.readTree(actual);
    assertTrue(pipeline.problems(tree).isEmpty(), "schema problems: " + pipeline.problems(tree));
    Path expected = Samples.folder().resolve("expected").resolve(name + ".json");
    if (Boolean.getBoolean("golden.update")) {
      AtomicFiles.write(expected, actual);
      return;
    }
    assertTrue(
        Files.exists(expected),
        "no expected output " + expected + ": run with -Dgolden.update=true");
    String want = Files.readString(expected, StandardCharsets.UTF_8);
    if (!want.equals(actual)) {
      Path diff = Path.of("target", "golden-diff", name + ".json");
      Files.createDirectories(diff.getParent());
      Files.writeString(diff, actual, StandardCharsets.UTF_8);
      fail(
          firstDifference(want, actual)
              + "\nactual output in "
              + diff.toAbsolutePath()
              + "; if the change is intended, rerun with -Dgolden.update=true and review the diff");
    }
  }

  private static String firstDifference(String want, String got) {
    String[] a = want.split("\n", -1);
    String[] b = got.split("\n", -1);
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      if (!a[i].equals(b[i])) {
        return "line " + (i + 1) + ":\n  expected " + a[i].strip() + "\n  actual   " + b[i].strip();
      }
    }
    return "expected " + a.length + " lines, got " + b.length;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void gazetteMetadataEqualsGold(Path sample) throws Exception {
    JsonNode out = Json.tree(pipeline.convert(sample));
    JsonNode gg = Json.MAPPER.readTree(Samples.gold(sample).toFile()).get("gazette");
    JsonNode og = out.get("gazette");
    assertEquals(gg.get("name").asText(null), og.get("name").asText(null));
    assertEquals(gg.get("year").asInt(-1), og.get("year").asInt(-1));
    assertEquals(gg.get("issue").asInt(-1), og.get("issue").asInt(-1));
    assertEquals(gg.path("total_issue").asInt(-1), og.path("totalIssue").asInt(-1));
    assertEquals(gg.get("published").asText(null), og.get("published").asText(null));
  }
}
