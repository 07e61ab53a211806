package org.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gazette.eval.CorpusReport;
import org.gazette.io.AtomicFiles;
import org.gazette.io.Json;
import org.gazette.model.IssueResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Converts every document of {@code corpus/docs} and scores it against {@code corpus/gold}: no
 * score may fall below what {@code corpus/scores.json} records (a regression fails the build).
 * After an improvement, record the new scores on purpose with {@code -Dcorpus.update=true} and
 * review the diff.
 */
class CorpusRatchetTest {
  private static Path corpus() {
    return Samples.folder().getParent().resolve("corpus");
  }

  @Test
  void noSourceScoresBelowWhatIsRecorded(@TempDir Path out) throws Exception {
    Path docs = corpus().resolve("docs");
    List<Path> inputs;
    try (Stream<Path> s = Files.list(docs)) {
      inputs =
          s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".pdf"))
              .sorted()
              .toList();
    }
    assertFalse(inputs.isEmpty(), "no corpus documents under " + docs);
    Pipeline pipeline = new Pipeline();
    for (Path in : inputs) {
      IssueResult r = pipeline.convert(in);
      String name = in.getFileName().toString().replaceFirst("\\.(txt|pdf)$", "");
      Files.writeString(out.resolve(name + ".json"), Json.pretty(r));
    }
    CorpusReport report = CorpusReport.score(out, corpus().resolve("gold"));
    assertEquals(inputs.size(), report.rows().size(), "one gold file per corpus document");
    StringWriter table = new StringWriter();
    report.print(new PrintWriter(table, true));
    System.out.println(table);
    ObjectNode now = report.toJson();
    Path recorded = corpus().resolve("scores.json");
    if (Boolean.getBoolean("corpus.update")) {
      AtomicFiles.write(recorded, Json.pretty(now));
      return;
    }
    JsonNode before = Json.MAPPER.readTree(recorded.toFile());
    assertEquals(
        List.of(),
        CorpusReport.regressions(before, now),
        "regressions against " + recorded + "\n" + table);
    assertEquals(
        List.of(),
        CorpusReport.regressions(now, before),
        "scores rose (or sources were added): record them with -Dcorpus.update=true and review the diff\n"
            + table);
  }
}
