package org.gazette.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gazette.graph.ArchiveGraph;
import org.gazette.graph.GraphFiles;
import org.gazette.graph.NumberChecks;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gazette graph out/}: an archive's citations, appointments and units as a graph. */
@Command(
    name = "graph",
    mixinStandardHelpOptions = true,
    description = {
      "Builds the graph of a folder of converted issues: documents, and the documents they cite",
      "(resolved by 字号, then by title), persons appointed to posts in units, units named as",
      "responsible. Writes nodes.csv/edges.csv (graph-database bulk-import headers; DuckDB reads",
      "them as they are), nodes.jsonl/edges.jsonl, and the citations no document of the archive",
      "answers in unresolved.csv/unresolved.jsonl; the 字号 series (issuer and year) with duplicate",
      "serials and gaps in numbers.jsonl."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written", "1:the folder could not be read or written", "2:usage error"})
final class GraphCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "OUT_DIR", description = "A folder of converted issues.")
  Path outDir;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      description = "Where to write the graph files (default: OUT_DIR/graph).")
  Path graphDir;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isDirectory(outDir)) {
      spec.commandLine().getErr().println("gazette graph: not a folder: " + outDir);
      return GazetteCli.SOME_FAILED;
    }
    Path dir = graphDir != null ? graphDir : outDir.resolve("graph");
    try {
      long t0 = System.nanoTime();
      ArchiveGraph g = ArchiveGraph.of(outDir);
      GraphFiles.write(g, dir);
      ArchiveGraph.Counts c = g.counts();
      out.printf(
          Locale.ROOT,
          "%d documents, %d citations: %d resolved by 字号, %d by title, %d of the citing document"
              + " itself, %d unresolved%n",
          c.documents(),
          c.citations(),
          c.byNumber(),
          c.byTitle(),
          c.self(),
          c.unresolved());
      List<NumberChecks.Series> series = g.numberSeries();
      out.printf(
          Locale.ROOT,
          "%d 字号 series (issuer and year): %d with duplicate serials, %d with gaps (numbers.jsonl)%n",
          series.size(),
          series.stream().filter(s -> !s.duplicates().isEmpty()).count(),
          series.stream().filter(s -> !s.gaps().isEmpty()).count());
      out.printf(
          Locale.ROOT,
          "%d nodes, %d edges written to %s in %d ms%n",
          g.nodes().size(),
          g.edges().size(),
          dir,
          (System.nanoTime() - t0) / 1_000_000);
      return 0;
    } catch (IOException e) {
      spec.commandLine().getErr().println("gazette graph: " + e.getMessage());
      return GazetteCli.SOME_FAILED;
    }
  }
}
