package org.gazette.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores of a folder of outputs against a folder of gold annotations: one row per gold file (its
 * output is the file of the same name; a missing output scores as no documents), and the aggregate
 * (segmentation and fields micro-averaged over documents, furniture averaged over sources).
 *
 * @param rows one row per gold file, sorted by name
 */
public record CorpusReport(List<Row> rows) {
  public CorpusReport {
    rows = List.copyOf(rows);
  }

  /** One source: its name (the gold file's, without {@code .json}) and its score. */
  public record Row(String source, GoldScorer.Score score) {}

  /** Short column names for the fields, in {@link GoldScorer#FIELDS} order. */
  private static final List<String> SHORT =
      List.of(
          "title", "docNo", "recip", "signer", "date", "note", "attach", "encl", "heads", "arts",
          "start", "end");

  /**
   * Scores every {@code *.json} of {@code goldDir} against the same name in {@code outDir}.
   *
   * @throws IOException when a gold file or an output cannot be read
   */
  public static CorpusReport score(Path outDir, Path goldDir) throws IOException {
    GoldScorer scorer = new GoldScorer();
    List<Row> rows = new ArrayList<>();
    for (GoldPairs.Pair p : GoldPairs.of(outDir, goldDir)) {
      rows.add(new Row(p.name(), scorer.score(p.out(), p.gold())));
    }
    return new CorpusReport(rows);
  }

  /** Documents in gold, in outputs, and matched, summed over sources. */
  public int[] documents() {
    int[] n = new int[3];
    for (Row r : rows) {
      n[0] += r.score().goldDocs();
      n[1] += r.score().predDocs();
      n[2] += r.score().matched();
    }
    return n;
  }

  /** Segmentation F1 over all documents. */
  public double f1() {
    int[] n = documents();
    double p = n[1] == 0 ? 0 : (double) n[2] / n[1];
    double r = n[0] == 0 ? 1 : (double) n[2] / n[0];
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Each field's tally over all matched documents. */
  public Map<String, GoldScorer.Tally> fields() {
    Map<String, GoldScorer.Tally> all = new LinkedHashMap<>();
    GoldScorer.FIELDS.forEach(f -> all.put(f, new GoldScorer.Tally(0, 0)));
    rows.forEach(
        r -> r.score().fields().forEach((k, t) -> all.merge(k, t, GoldScorer.Tally::plus)));
    return all;
  }

  /** Furniture precision and recall, averaged over sources. */
  public double[] furniture() {
    double p = rows.stream().mapToDouble(r -> r.score().furniturePrecision()).average().orElse(1);
    double r = rows.stream().mapToDouble(x -> x.score().furnitureRecall()).average().orElse(1);
    return new double[] {p, r};
  }

  /**
   * Sources below the thresholds, one line each ({@code source: F1 0.800 < 0.950}); empty when all
   * pass.
   */
  public List<String> below(double minF1, double minField, double minFurniture) {
    List<String> out = new ArrayList<>();
    for (Row r : rows) {
      GoldScorer.Score s = r.score();
      if (s.f1() < minF1) {
        out.add(String.format(Locale.ROOT, "%s: F1 %.3f < %.3f", r.source(), s.f1(), minF1));
      }
      s.fieldAccuracy()
          .forEach(
              (k, v) -> {
                if (!v.isNaN() && v < minField) {
                  out.add(
                      String.format(Locale.ROOT, "%s: %s %.3f < %.3f", r.source(), k, v, minField));
                }
              });
      if (s.furniturePrecision() < minFurniture || s.furnitureRecall() < minFurniture) {
        out.add(
            String.format(
                Locale.ROOT,
                "%s: furniture P/R %.3f/%.3f < %.3f",
                r.source(),
                s.furniturePrecision(),
                s.furnitureRecall(),
                minFurniture));
      }
    }
    return out;
  }

  /** The table: one row per source, then the aggregate. */
  public void print(PrintWriter out) {
    int w = Math.max(9, rows.stream().mapToInt(r -> r.source().length()).max().orElse(0));
    StringBuilder head =
        new StringBuilder(
            String.format(Locale.ROOT, "%-" + w + "s %9s %5s", "source", "docs", "F1"));
    SHORT.forEach(s -> head.append(String.format(Locale.ROOT, " %6s", s)));
    head.append("  furnP  furnR");
    out.println(head);
    for (Row r : rows) {
      GoldScorer.Score s = r.score();
      StringBuilder line =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "%-" + w + "s %9s %5.2f",
                  r.source(),
                  s.goldDocs() + "/" + s.predDocs() + "/" + s.matched(),
                  s.f1()));
      s.fieldAccuracy().values().forEach(v -> line.append(cell(v)));
      line.append(
          String.format(
              Locale.ROOT, "  %5.2f  %5.2f", s.furniturePrecision(), s.furnitureRecall()));
      out.println(line);
    }
    int[] n = documents();
    StringBuilder all =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%-" + w + "s %9s %5.2f",
                "ALL (" + rows.size() + ")",
                n[0] + "/" + n[1] + "/" + n[2],
                f1()));
    fields().values().forEach(t -> all.append(cell(t.accuracy())));
    double[] f = furniture();
    all.append(String.format(Locale.ROOT, "  %5.2f  %5.2f", f[0], f[1]));
    out.println(all);
    out.println(
        "docs = gold/output/matched; fields: share of matched documents right (- = none scored)");
  }

  private static String cell(double v) {
    return v != v
        ? String.format(Locale.ROOT, " %6s", "-")
        : String.format(Locale.ROOT, " %6.2f", v);
  }

  /**
   * The scores as JSON, to record in the repository and compare later runs with: per source, F1,
   * each field's accuracy (fields scored) and furniture precision/recall, rounded to 4 places.
   */
  public ObjectNode toJson() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    for (Row r : rows) {
      GoldScorer.Score s = r.score();
      ObjectNode o = root.putObject(r.source());
      o.put("f1", round(s.f1()));
      s.fieldAccuracy()
          .forEach(
              (k, v) -> {
                if (!v.isNaN()) {
                  o.put(k, round(v));
                }
              });
      o.put("furniturePrecision", round(s.furniturePrecision()));
      o.put("furnitureRecall", round(s.furnitureRecall()));
    }
    return root;
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  /**
   * Where {@code now} is below {@code recorded} (a regression), one line each; sources or metrics
   * missing from {@code now} count as regressions too.
   */
  public static List<String> regressions(JsonNode recorded, JsonNode now) {
    return regressions(recorded, now, source -> 0.0);
  }

  /**
   * As {@link #regressions(JsonNode, JsonNode)}, a source's score allowed to fall by {@code slack}
   * of it (for OCR'd sources: a recogniser's floating point may differ a little between CPUs).
   */
  public static List<String> regressions(
      JsonNode recorded, JsonNode now, java.util.function.ToDoubleFunction<String> slack) {
    List<String> out = new ArrayList<>();
    recorded
        .fields()
        .forEachRemaining(
            src ->
                src.getValue()
                    .fields()
                    .forEachRemaining(
                        m -> {
                          JsonNode v = now.path(src.getKey()).path(m.getKey());
                          if (!v.isNumber()) {
                            out.add(src.getKey() + ": " + m.getKey() + " no longer scored");
                          } else if (v.asDouble()
                              < m.getValue().asDouble()
                                  - 1e-9
                                  - slack.applyAsDouble(src.getKey())) {
                            out.add(
                                String.format(
                                    Locale.ROOT,
                                    "%s: %s %.4f, recorded %.4f",
                                    src.getKey(),
                                    m.getKey(),
                                    v.asDouble(),
                                    m.getValue().asDouble()));
                          }
                        }));
    return out;
  }
}
