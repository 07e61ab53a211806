package org.gazette.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs gold documents with output documents one to one, as {@code score.py} does: by title, then
 * by 字号, then by start line (±3) or start page.
 */
final class DocumentMatcher {
  private DocumentMatcher() {}

  static Map<Integer, Integer> match(List<JsonNode> gd, List<JsonNode> pd) {
    Map<Integer, Integer> pairs = new HashMap<>();
    Set<Integer> used = new HashSet<>();
    for (String rule : new String[] {"title", "docno", "line"}) {
      for (int gi = 0; gi < gd.size(); gi++) {
        if (pairs.containsKey(gi)) {
          continue;
        }
        JsonNode g = gd.get(gi);
        for (int pi = 0; pi < pd.size(); pi++) {
          if (used.contains(pi)) {
            continue;
          }
          JsonNode p = pd.get(pi);
          boolean ok =
              switch (rule) {
                case "title" ->
                    GoldScorer.either(g, "title", ScoreText.text(p, "title"), ScoreText::titleEq);
                case "docno" ->
                    !ScoreText.empty(ScoreText.text(g, "doc_number"))
                        && ScoreText.eq(
                            ScoreText.docno(ScoreText.text(g, "doc_number")),
                            ScoreText.docno(ScoreText.text(p, "docNumber")));
                default ->
                    g.hasNonNull("start_line")
                        ? p.path("sourceSpan").has("startLine")
                            && Math.abs(
                                    p.path("sourceSpan").get("startLine").asInt()
                                        - g.get("start_line").asInt())
                                <= 3
                        : g.hasNonNull("start_page")
                            && p.path("sourceSpan").path("startPage").asInt(-1)
                                == g.get("start_page").asInt();
              };
          if (ok) {
            pairs.put(gi, pi);
            used.add(pi);
            break;
          }
        }
      }
    }
    return pairs;
  }
}
