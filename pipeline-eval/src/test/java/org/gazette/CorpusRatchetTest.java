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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Converts every document of an evaluation set and scores it against the set's hand annotations: no
 * score may fall below what the set's {@code scores.json} records (a regression fails the build),
 * and a rise must be recorded on purpose ({@code -Dcorpus.update=true}, then review the diff). Two
 * sets: the bundled samples ({@code samples/*.txt}, {@code samples/gold/}) and the evaluation
 * corpus ({@code corpus/docs/}, {@code corpus/gold/}).
 */
class CorpusRatchetTest {
  /** An evaluation set: where its inputs, gold files and recorded scores are. */
  record EvalSet(String name, Path docs, Path gold, Path scores) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<EvalSet> sets() {
    Path samples = Samples.folder();
    Path corpus = samples.getParent().resolve("corpus");
    return List.of(
        new EvalSet("samples", samples, samples.resolve("gold"), samples.resolve("scores.json")),
        new EvalSet(
            "corpus",
            corpus.resolve("docs"),
            corpus.resolve("gold"),
            corpus.resolve("scores.json")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void noSourceScoresBelowWhatIsRecorded(EvalSet set, @TempDir Path out) throws Exception {
    List<Path> inputs;
    try (Stream<Path> s = Files.list(set.docs())) {
      inputs =
          s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".pdf"))
              .sorted()
              .toList();
    }
    assertFalse(inputs.isEmpty(), "no documents under " + set.docs());
    Pipeline pipeline = new Pipeline();
    for (Path in : inputs) {
      IssueResult r = pipeline.convert(in);
      String name = in.getFileName().toString().replaceFirst("\\.(txt|pdf)$", "");
      Files.writeString(out.resolve(name + ".json"), Json.pretty(r));
    }
    CorpusReport report = CorpusReport.score(out, set.gold());
    assertEquals(inputs.size(), report.rows().size(), "one gold file per document");
    StringWriter table = new StringWriter();
    report.print(new PrintWriter(table, true));
    System.out.println(set.name() + ":\n" + table);
    ObjectNode now = report.toJson();
    if (Boolean.getBoolean("corpus.update")) {
      AtomicFiles.write(set.scores(), Json.pretty(now));
      return;
    }
    JsonNode before = Json.MAPPER.readTree(set.scores().toFile());
    assertEquals(
        List.of(),
        CorpusReport.regressions(before, now),
        "regressions against " + set.scores() + "\n" + table);
    assertEquals(
        List.of(),
        CorpusReport.regressions(now, before),
        "scores rose (or sources were added): record them with -Dcorpus.update=true and review the"
            + " diff\n"
            + table);
  }
}
