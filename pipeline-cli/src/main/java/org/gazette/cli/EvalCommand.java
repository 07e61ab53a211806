package org.gazette.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gazette.eval.CorpusReport;
import org.gazette.eval.GoldScorer;
import org.gazette.eval.LinkReport;
import org.gazette.eval.LinkScorer;
import org.gazette.eval.TableReport;
import org.gazette.eval.TableScorer;
import org.gazette.io.AtomicFiles;
import org.gazette.io.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gazette eval out/x.json gold/x.json}: how an output compares with a gold annotation;
 * {@code gazette eval OUT_DIR GOLD_DIR}: a table over a corpus.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Scores an output against a gold annotation (the format of shared/gold/SCHEMA.md):",
      "segmentation precision/recall/F1, per-field accuracy, furniture precision/recall, and what was wrong.",
      "Given two folders, scores every GOLD_DIR/X.json against OUT_DIR/X.json: one row per source and",
      "the aggregate; exits 1 when a source is below a --min-* threshold or below --baseline.",
      "Gold with a top-level \"tables\" array (cell-level table gold: grids with null under merged",
      "cells, the format of shared/tools/tables.py) scores the tables instead: tables found, shape",
      "exact, cell accuracy, content F1. Gold with a top-level \"items\" array (corpus/links/README.md)",
      "scores citations, appointments or unit lists: precision and recall of items matched on their key."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:scored (and every threshold met)",
      "1:a file could not be read, a source is below a threshold, or a score fell below the baseline",
      "2:usage error"
    })
final class EvalCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "OUTPUT",
      description = "An output JSON file, or a folder of them.")
  Path output;

  @Parameters(
      index = "1",
      paramLabel = "GOLD",
      description = "Its gold annotation, or a folder of them.")
  Path gold;

  @Option(
      names = "--min-f1",
      paramLabel = "X",
      description = "Folders: least segmentation F1 per source.")
  double minF1;

  @Option(
      names = "--min-field",
      paramLabel = "X",
      description = "Folders: least accuracy of each field per source.")
  double minField;

  @Option(
      names = "--min-furniture",
      paramLabel = "X",
      description = "Folders: least furniture precision and recall per source.")
  double minFurniture;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description = "Folders: scores recorded earlier (--record); a lower score fails.")
  Path baseline;

  @Option(
      names = "--record",
      paramLabel = "FILE",
      description = "Folders: write the scores to FILE (JSON), to ratchet later runs.")
  Path record;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (Files.isDirectory(output) && Files.isDirectory(gold)) {
      return corpus();
    }
    PrintWriter out = spec.commandLine().getOut();
    JsonNode o;
    JsonNode g;
    try {
      o = Json.MAPPER.readTree(output.toFile());
      g = Json.MAPPER.readTree(gold.toFile());
    } catch (IOException e) {
      spec.commandLine().getErr().println("gazette eval: cannot read: " + e.getMessage());
      return GazetteCli.SOME_FAILED;
    }
    if (TableScorer.isTableGold(g)) {
      TableReport.Row row =
          new TableReport.Row(gold.getFileName().toString(), TableScorer.score(o, g));
      new TableReport(List.of(row)).print(out);
      return 0;
    }
    GoldScorer.Score s = new GoldScorer().score(o, g);
    out.printf(
        Locale.ROOT,
        "documents: gold %d, output %d, matched %d%n",
        s.goldDocs(),
        s.predDocs(),
        s.matched());
    out.printf(
        Locale.ROOT,
        "segmentation: precision %.3f, recall %.3f, F1 %.3f%n",
        s.precision(),
        s.recall(),
        s.f1());
    out.println("field accuracy:");
    for (Map.Entry<String, Double> e : s.fieldAccuracy().entrySet()) {
      out.printf(
          Locale.ROOT,
          "  %-14s %s%n",
          e.getKey(),
          e.getValue().isNaN() ? "-" : String.format(Locale.ROOT, "%.3f", e.getValue()));
    }
    out.printf(
        Locale.ROOT,
        "furniture: precision %.3f, recall %.3f%n",
        s.furniturePrecision(),
        s.furnitureRecall());
    if (!s.misses().isEmpty()) {
      out.println("misses:");
      s.misses().forEach(m -> out.println("  " + m));
    }
    return 0;
  }

  private Integer corpus() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      if (linkGold(gold)) {
        LinkReport links = LinkReport.score(output, gold);
        return compared(links.toJson(), links::print);
      }
      if (tableGold(gold)) {
        TableReport tables = TableReport.score(output, gold);
        return compared(tables.toJson(), tables::print);
      }
    } catch (IOException e) {
      err.println("gazette eval: cannot read: " + e.getMessage());
      return GazetteCli.SOME_FAILED;
    }
    CorpusReport report;
    List<String> failures = new ArrayList<>();
    try {
      report = CorpusReport.score(output, gold);
      if (baseline != null) {
        failures.addAll(
            CorpusReport.regressions(Json.MAPPER.readTree(baseline.toFile()), report.toJson()));
      }
      if (record != null) {
        AtomicFiles.write(record, Json.pretty(report.toJson()));
      }
    } catch (IOException e) {
      err.println("gazette eval: cannot read: " + e.getMessage());
      return GazetteCli.SOME_FAILED;
    }
    report.print(out);
    failures.addAll(report.below(minF1, minField, minFurniture));
    failures.forEach(f -> err.println("below: " + f));
    return failures.isEmpty() ? 0 : GazetteCli.SOME_FAILED;
  }

  /**
   * Prints a report ({@code print}), records its scores ({@code --record}) and compares them with
   * {@code --baseline}: exit 1 below it.
   */
  private Integer compared(
      com.fasterxml.jackson.databind.node.ObjectNode scores,
      java.util.function.Consumer<PrintWriter> print)
      throws IOException {
    List<String> failures = new ArrayList<>();
    if (baseline != null) {
      failures.addAll(CorpusReport.regressions(Json.MAPPER.readTree(baseline.toFile()), scores));
    }
    if (record != null) {
      AtomicFiles.write(record, Json.pretty(scores));
    }
    print.accept(spec.commandLine().getOut());
    failures.forEach(f -> spec.commandLine().getErr().println("below: " + f));
    return failures.isEmpty() ? 0 : GazetteCli.SOME_FAILED;
  }

  /** True when the first gold file of {@code dir} is link gold (citations, appointments, lists). */
  private static boolean linkGold(Path dir) throws IOException {
    try (java.util.stream.Stream<Path> s = Files.list(dir)) {
      Path first = s.filter(p -> p.toString().endsWith(".json")).sorted().findFirst().orElse(null);
      return first != null && LinkScorer.isLinkGold(Json.MAPPER.readTree(first.toFile()));
    }
  }

  /** True when the first gold file of {@code dir} is cell-level table gold. */
  private static boolean tableGold(Path dir) throws IOException {
    try (java.util.stream.Stream<Path> s = Files.list(dir)) {
      Path first = s.filter(p -> p.toString().endsWith(".json")).sorted().findFirst().orElse(null);
      return first != null && TableScorer.isTableGold(Json.MAPPER.readTree(first.toFile()));
    }
  }
}
