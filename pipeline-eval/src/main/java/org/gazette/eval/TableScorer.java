package org.gazette.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazette.io.TableGrids;

/**
 * Scores the tables of an output against cell-level gold, as {@code shared/tools/tables.py} does:
 * gold {@code {"tables": [{"page"?, "end_page"?, "caption", "header_rows", "grid":
 * [[cell|null]]}]}} where a merged cell's text sits at its top-left position and the positions it
 * covers are null.
 *
 * <p>Gold and predicted tables are paired one to one, greedily by the most shared non-empty cell
 * texts (whitespace removed), among pairs whose pages intersect where both are known. Per gold
 * table: shape (same row count and every row as wide), cell accuracy (share of gold non-null
 * positions whose text the prediction has at the same position), content F1 (multiset F1 of the
 * non-empty cell texts); an unmatched gold table scores 0 on all three.
 */
public final class TableScorer {
  private TableScorer() {}

  /**
   * The score of one source.
   *
   * @param gold gold tables
   * @param predicted predicted tables
   * @param found gold tables matched
   * @param shape mean shape score over gold tables
   * @param cellAccuracy mean cell accuracy over gold tables
   * @param contentF1 mean content F1 over gold tables
   */
  public record Score(
      int gold, int predicted, int found, double shape, double cellAccuracy, double contentF1) {}

  /** A table's expanded grid (null = covered by a merged cell) and its pages, if known. */
  record Grid(List<List<String>> cells, Integer firstPage, Integer lastPage) {}

  /** True when {@code gold} is cell-level table gold (a top-level {@code tables} array). */
  public static boolean isTableGold(JsonNode gold) {
    return gold.path("tables").isArray();
  }

  /** Scores {@code out} (a pipeline output) against cell-level {@code gold}. */
  public static Score score(JsonNode out, JsonNode gold) {
    List<Grid> pred = new ArrayList<>();
    collect(out, pred, new HashSet<>());
    List<Grid> golds = new ArrayList<>();
    for (JsonNode t : gold.path("tables")) {
      List<List<String>> g = new ArrayList<>();
      for (JsonNode row : t.path("grid")) {
        List<String> r = new ArrayList<>();
        row.forEach(c -> r.add(c.isNull() ? null : c.asText()));
        g.add(r);
      }
      Integer p = t.hasNonNull("page") ? Integer.valueOf(t.get("page").asInt()) : null;
      Integer e = t.hasNonNull("end_page") ? Integer.valueOf(t.get("end_page").asInt()) : p;
      golds.add(new Grid(g, p, e));
    }
    record Pair(int overlap, int gi, int pi) {}
    List<Pair> pairs = new ArrayList<>();
    for (int gi = 0; gi < golds.size(); gi++) {
      for (int pi = 0; pi < pred.size(); pi++) {
        Grid g = golds.get(gi);
        Grid p = pred.get(pi);
        if (g.firstPage() != null
            && p.firstPage() != null
            && (g.firstPage() > p.lastPage() || p.firstPage() > g.lastPage())) {
          continue;
        }
        int overlap = common(bag(g.cells()), bag(p.cells()));
        if (overlap > 0) {
          pairs.add(new Pair(overlap, gi, pi));
        }
      }
    }
    pairs.sort(
        Comparator.comparingInt(Pair::overlap)
            .reversed()
            .thenComparingInt(Pair::pi)
            .thenComparingInt(Pair::gi));
    Map<Integer, Integer> match = new HashMap<>();
    Set<Integer> used = new HashSet<>();
    for (Pair p : pairs) {
      if (!match.containsKey(p.gi()) && used.add(p.pi())) {
        match.put(p.gi(), p.pi());
      }
    }
    double shape = 0;
    double acc = 0;
    double f1 = 0;
    for (int gi = 0; gi < golds.size(); gi++) {
      Integer pi = match.get(gi);
      if (pi == null) {
        continue;
      }
      List<List<String>> g = golds.get(gi).cells();
      List<List<String>> p = pred.get(pi).cells();
      int width = g.stream().mapToInt(List::size).max().orElse(0);
      shape += p.size() == g.size() && p.stream().allMatch(r -> r.size() == width) ? 1 : 0;
      int total = 0;
      int ok = 0;
      for (int r = 0; r < g.size(); r++) {
        for (int c = 0; c < g.get(r).size(); c++) {
          String gc = g.get(r).get(c);
          if (gc == null) {
            continue;
          }
          total++;
          String pc = r < p.size() && c < p.get(r).size() ? p.get(r).get(c) : null;
          if (pc != null && norm(pc).equals(norm(gc))) {
            ok++;
          }
        }
      }
      acc += total == 0 ? 0 : (double) ok / total;
      Map<String, Integer> gb = bag(g);
      Map<String, Integer> pb = bag(p);
      int inter = common(gb, pb);
      int gs = gb.values().stream().mapToInt(Integer::intValue).sum();
      int ps = pb.values().stream().mapToInt(Integer::intValue).sum();
      f1 += inter == 0 ? 0 : 2.0 * inter / (gs + ps);
    }
    int n = golds.size();
    return new Score(
        n,
        pred.size(),
        match.size(),
        n == 0 ? 0 : shape / n,
        n == 0 ? 0 : acc / n,
        n == 0 ? 0 : f1 / n);
  }

  /** Every table node of an output, once each, with its expanded grid. */
  private static void collect(JsonNode n, List<Grid> out, Set<String> seen) {
    if (n.isObject()) {
      if ("table".equals(n.path("kind").asText()) && n.path("rows").isArray()) {
        List<List<String>> g = expand(n.get("rows"));
        JsonNode sp = n.path("sourceSpan");
        Integer p =
            sp.hasNonNull("startPage") ? Integer.valueOf(sp.get("startPage").asInt()) : null;
        Integer e = sp.hasNonNull("endPage") ? Integer.valueOf(sp.get("endPage").asInt()) : p;
        if (seen.add(g + "@" + sp)) {
          out.add(new Grid(g, p, e));
        }
        return;
      }
      n.forEach(v -> collect(v, out, seen));
    } else if (n.isArray()) {
      n.forEach(v -> collect(v, out, seen));
    }
  }

  /** Rows of cells with spans, expanded: a merged cell's text at its top-left, null under it. */
  static List<List<String>> expand(JsonNode rows) {
    return TableGrids.expand(rows, false);
  }

  private static String norm(String s) {
    return s.replaceAll("[\\s\\u3000]+", "");
  }

  private static Map<String, Integer> bag(List<List<String>> grid) {
    Map<String, Integer> bag = new HashMap<>();
    for (List<String> row : grid) {
      for (String c : row) {
        String t = c == null ? "" : norm(c);
        if (!t.isEmpty()) {
          bag.merge(t, 1, Integer::sum);
        }
      }
    }
    return bag;
  }

  private static int common(Map<String, Integer> a, Map<String, Integer> b) {
    int n = 0;
    for (Map.Entry<String, Integer> e : a.entrySet()) {
      n += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
    }
    return n;
  }
}
