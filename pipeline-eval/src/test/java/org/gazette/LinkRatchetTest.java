package org.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gazette.eval.LinkReport;
import org.gazette.io.Json;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scores the link records (citations, appointments, unit lists) of every source with link gold in
 * {@code corpus/links/<kind>/}: no precision or recall may fall below what {@code
 * corpus/links/<kind>-scores.json} records, and a rise must be recorded on purpose ({@code
 * -Dcorpus.update=true}, then review the diff). A gold file names its source by its path from the
 * repository root (the samples, the corpus, or {@code corpus/links/docs/}).
 */
class LinkRatchetTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"citations", "appointments", "orglists"})
  void noLinkScoreFallsBelowWhatIsRecorded(String kind, @TempDir Path out) throws Exception {
    Path root = Samples.folder().getParent();
    Path links = root.resolve("corpus").resolve("links");
    Path gold = links.resolve(kind);
    List<Path> inputs = new ArrayList<>();
    try (Stream<Path> s = Files.list(gold)) {
      for (Path g : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode source = Json.MAPPER.readTree(g.toFile()).path("source");
        Path in = root.resolve(source.asText());
        assertTrue(Files.isRegularFile(in), g + ": no source " + in);
        assertEquals(
            Ratchet.stem(in) + ".json", g.getFileName().toString(), "gold named after its source");
        inputs.add(in);
      }
    }
    assertFalse(inputs.isEmpty(), "no link gold under " + gold);
    Ratchet.convert(inputs, out);
    LinkReport report = LinkReport.score(out, gold);
    StringWriter table = new StringWriter();
    report.print(new PrintWriter(table, true));
    System.out.println(kind + ":\n" + table);
    Ratchet.check(
        links.resolve(kind + "-scores.json"), report.toJson(), table.toString(), source -> 0);
  }
}
