package org.gazette.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Table scores of a folder of outputs against a folder of cell-level table gold ({@link
 * TableScorer}): one row per gold file, and the means over all gold tables.
 *
 * @param rows one row per gold file, sorted by name
 */
public record TableReport(List<Row> rows) {
  public TableReport {
    rows = List.copyOf(rows);
  }

  /** One source: its name (the gold file's, without {@code .json}) and its score. */
  public record Row(String source, TableScorer.Score score) {}

  /** Scores every {@code *.json} of {@code goldDir} against the same name in {@code outDir}. */
  public static TableReport score(Path outDir, Path goldDir) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (GoldPairs.Pair p : GoldPairs.of(outDir, goldDir)) {
      rows.add(new Row(p.name(), TableScorer.score(p.out(), p.gold())));
    }
    return new TableReport(rows);
  }

  /** Means over all gold tables: found share, shape, cell accuracy, content F1. */
  public double[] means() {
    int n = rows.stream().mapToInt(r -> r.score().gold()).sum();
    double[] m = new double[4];
    for (Row r : rows) {
      TableScorer.Score s = r.score();
      m[0] += s.found();
      m[1] += s.shape() * s.gold();
      m[2] += s.cellAccuracy() * s.gold();
      m[3] += s.contentF1() * s.gold();
    }
    for (int i = 0; i < 4; i++) {
      m[i] = n == 0 ? 0 : m[i] / n;
    }
    return m;
  }

  /** The table: one row per source, then the means over all gold tables. */
  public void print(PrintWriter out) {
    int w = Math.max(9, rows.stream().mapToInt(r -> r.source().length()).max().orElse(0));
    String f = "%-" + w + "s %7s %6s %8s %10s%n";
    out.printf(Locale.ROOT, f, "source", "tables", "shape", "cell acc", "content F1");
    int gold = 0;
    int found = 0;
    int pred = 0;
    for (Row r : rows) {
      TableScorer.Score s = r.score();
      gold += s.gold();
      found += s.found();
      pred += s.predicted();
      out.printf(
          Locale.ROOT,
          f,
          r.source(),
          s.found() + "/" + s.gold(),
          two(s.shape()),
          two(s.cellAccuracy()),
          two(s.contentF1()));
    }
    double[] m = means();
    out.printf(
        Locale.ROOT,
        f,
        "ALL (" + rows.size() + ")",
        found + "/" + gold,
        two(m[1]),
        two(m[2]),
        two(m[3]));
    out.printf(
        Locale.ROOT,
        "tables = gold tables found/gold (%d predicted); means over gold tables%n",
        pred);
  }

  private static String two(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  /** The scores as JSON, per source, rounded to 4 places (compared with {@link CorpusReport}). */
  public ObjectNode toJson() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    for (Row r : rows) {
      TableScorer.Score s = r.score();
      ObjectNode o = root.putObject(r.source());
      o.put("found", round(s.gold() == 0 ? 1 : (double) s.found() / s.gold()));
      o.put("shape", round(s.shape()));
      o.put("cellAccuracy", round(s.cellAccuracy()));
      o.put("contentF1", round(s.contentF1()));
    }
    return root;
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
