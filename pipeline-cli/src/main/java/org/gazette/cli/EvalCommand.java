package org.gazette.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gazette.eval.GoldScorer;
import org.gazette.io.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code gazette eval out/x.json gold/x.json}: how an output compares with a gold annotation. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Scores an output against a gold annotation (the format of shared/gold/SCHEMA.md):",
      "segmentation precision/recall/F1, per-field accuracy, furniture precision/recall, and what was wrong."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:scored", "1:a file could not be read", "2:usage error"})
final class EvalCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "OUTPUT", description = "An output JSON file.")
  Path output;

  @Parameters(index = "1", paramLabel = "GOLD", description = "Its gold annotation.")
  Path gold;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
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
}
