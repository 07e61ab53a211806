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
 * Link scores of a folder of outputs against a folder of link gold ({@link LinkScorer}): one row
 * per gold file (all of one kind, told by the first file with items), and precision and recall over
 * all items.
 *
 * @param rows one row per gold file, sorted by name
 */
public record LinkReport(List<Row> rows) {
  public LinkReport {
    rows = List.copyOf(rows);
  }

  /** One source: its name (the gold file's, without {@code .json}) and its score. */
  public record Row(String source, LinkScorer.Score score) {}

  /** Scores every {@code *.json} of {@code goldDir} against the same name in {@code outDir}. */
  public static LinkReport score(Path outDir, Path goldDir) throws IOException {
    List<GoldPairs.Pair> pairs = GoldPairs.of(outDir, goldDir);
    LinkScorer.Kind kind =
        pairs.stream()
            .map(GoldPairs.Pair::gold)
            .filter(g -> !g.path("items").isEmpty())
            .findFirst()
            .map(LinkScorer::kind)
            .orElse(LinkScorer.Kind.CITATIONS);
    List<Row> rows = new ArrayList<>();
    for (GoldPairs.Pair p : pairs) {
      rows.add(new Row(p.name(), LinkScorer.score(p.out(), p.gold(), kind)));
    }
    return new LinkReport(rows);
  }

  /** Sums over all rows: gold, predicted, matched, loosely matched. */
  public int[] totals() {
    int[] t = new int[4];
    for (Row r : rows) {
      t[0] += r.score().gold();
      t[1] += r.score().predicted();
      t[2] += r.score().matched();
      t[3] += r.score().loose();
    }
    return t;
  }

  /** The table: one row per source, then the totals. */
  public void print(PrintWriter out) {
    int w = Math.max(9, rows.stream().mapToInt(r -> r.source().length()).max().orElse(0));
    String f = "%-" + w + "s %-12s %5s %5s %7s %9s %6s %7s%n";
    out.printf(
        Locale.ROOT,
        f,
        "source",
        "kind",
        "gold",
        "pred",
        "matched",
        "precision",
        "recall",
        "loose R");
    for (Row r : rows) {
      LinkScorer.Score s = r.score();
      line(out, f, r.source(), s.kind().field, s.gold(), s.predicted(), s.matched(), s.loose());
    }
    int[] t = totals();
    String kinds =
        rows.stream()
            .map(r -> r.score().kind().field)
            .distinct()
            .reduce((a, b) -> a + "," + b)
            .orElse("");
    line(out, f, "ALL (" + rows.size() + ")", kinds, t[0], t[1], t[2], t[3]);
    out.printf(
        Locale.ROOT,
        "matched = same key within %d lines; loose R = appointments without the unit%n",
        LinkScorer.LINE_SLACK);
  }

  private static void line(
      PrintWriter out,
      String f,
      String src,
      String kind,
      int gold,
      int pred,
      int matched,
      int loose) {
    out.printf(
        Locale.ROOT,
        f,
        src,
        kind,
        gold,
        pred,
        matched,
        two(pred == 0 ? (gold == 0 ? 1 : 0) : (double) matched / pred),
        two(gold == 0 ? 1 : (double) matched / gold),
        two(gold == 0 ? 1 : (double) loose / gold));
  }

  private static String two(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  /** The scores as JSON, per source, rounded to 4 places (compared with {@link CorpusReport}). */
  public ObjectNode toJson() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    for (Row r : rows) {
      ObjectNode o = root.putObject(r.source());
      o.put("precision", round(r.score().precision()));
      o.put("recall", round(r.score().recall()));
    }
    return root;
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
