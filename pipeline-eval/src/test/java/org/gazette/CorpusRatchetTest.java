package org.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.gazette.eval.CorpusReport;
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
    List<Path> inputs = Ratchet.inputs(set.docs(), p -> true);
    assertFalse(inputs.isEmpty(), "no documents under " + set.docs());
    Ratchet.convert(inputs, out);
    CorpusReport report = CorpusReport.score(out, set.gold());
    assertEquals(inputs.size(), report.rows().size(), "one gold file per document");
    StringWriter table = new StringWriter();
    report.print(new PrintWriter(table, true));
    System.out.println(set.name() + ":\n" + table);
    Ratchet.check(set.scores(), report.toJson(), table.toString(), source -> 0);
  }
}
