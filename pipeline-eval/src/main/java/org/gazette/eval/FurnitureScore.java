package org.gazette.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/**
 * Furniture precision and recall: by line for TXT gold ({@code furniture_lines}, minus optional and
 * glued ones), by page and text for PDF gold ({@code furniture_pages}).
 */
final class FurnitureScore {
  private FurnitureScore() {}

  /** {precision, recall} of the output's furniture against the gold's. */
  static double[] of(JsonNode out, JsonNode gold) {
    if (gold.hasNonNull("furniture_pages")) {
      Set<String> gp = new HashSet<>();
      ScoreText.list(gold.get("furniture_pages"))
          .forEach(
              f -> gp.add(f.path("page").asInt() + "|" + ScoreText.loose(f.path("text").asText())));
      Set<String> pp = new HashSet<>();
      ScoreText.list(out.get("furniture"))
          .forEach(
              f -> pp.add(f.path("page").asInt() + "|" + ScoreText.loose(f.path("text").asText())));
      Set<String> both = new HashSet<>(gp);
      both.retainAll(pp);
      return new double[] {
        pp.isEmpty() ? (gp.isEmpty() ? 1 : 0) : (double) both.size() / pp.size(),
        gp.isEmpty() ? 1 : (double) both.size() / gp.size()
      };
    }
    Set<Integer> gf = new HashSet<>();
    ScoreText.list(gold.get("furniture_lines")).forEach(n -> gf.add(n.asInt()));
    Set<Integer> pf = new HashSet<>();
    ScoreText.list(out.get("furniture"))
        .forEach(
            n -> {
              if (n.path("line").isInt()) {
                pf.add(n.get("line").asInt());
              }
            });
    ScoreText.list(gold.get("furniture_glued")).forEach(n -> pf.remove(n.path("line").asInt()));
    Set<Integer> opt = new HashSet<>();
    ScoreText.list(gold.get("furniture_optional")).forEach(n -> opt.add(n.asInt()));
    gf.removeAll(opt);
    pf.removeAll(opt);
    Set<Integer> both = new HashSet<>(gf);
    both.retainAll(pf);
    double precision = pf.isEmpty() ? (gf.isEmpty() ? 1 : 0) : (double) both.size() / pf.size();
    double recall = gf.isEmpty() ? 1 : (double) both.size() / gf.size();
    return new double[] {precision, recall};
  }
}
