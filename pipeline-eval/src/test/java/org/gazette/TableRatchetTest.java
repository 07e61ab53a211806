package org.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.gazette.eval.TableReport;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scores the tables of every source that has cell-level table gold: no score may fall below what
 * the set's scores file records, and a rise must be recorded on purpose ({@code
 * -Dcorpus.update=true}, then review the diff). Two sets: the bundled samples ({@code
 * samples/gold-tables/}) and the table corpus ({@code corpus/tables/}).
 */
class TableRatchetTest {
  /** A set: where its inputs, gold files and recorded scores are. */
  record TableSet(String name, Path docs, Path gold, Path scores) {
    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * How far an OCR'd source's score may fall below the recorded one: the recogniser's floating
   * point differs a little between CPUs, so a cell or two may read differently on another machine.
   */
  private static final double OCR_SLACK = 0.03;

  static List<TableSet> sets() {
    Path samples = Samples.folder();
    Path tables = samples.getParent().resolve("corpus").resolve("tables");
    return List.of(
        new TableSet(
            "samples",
            samples,
            samples.resolve("gold-tables"),
            samples.resolve("table-scores.json")),
        new TableSet(
            "corpus tables",
            tables.resolve("docs"),
            tables.resolve("gold"),
            tables.resolve("scores.json")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void noTableScoreFallsBelowWhatIsRecorded(TableSet set, @TempDir Path out) throws Exception {
    List<Path> inputs =
        Ratchet.inputs(
            set.docs(), p -> Files.exists(set.gold().resolve(Ratchet.stem(p) + ".json")));
    assertFalse(inputs.isEmpty(), "no sources with table gold under " + set.docs());
    Set<String> ocred = Ratchet.convert(inputs, out);
    TableReport report = TableReport.score(out, set.gold());
    assertEquals(inputs.size(), report.rows().size(), "one source per table gold file");
    StringWriter table = new StringWriter();
    report.print(new PrintWriter(table, true));
    System.out.println(set.name() + ":\n" + table);
    Ratchet.check(
        set.scores(),
        report.toJson(),
        table.toString(),
        source -> ocred.contains(source) ? OCR_SLACK : 0);
  }
}
