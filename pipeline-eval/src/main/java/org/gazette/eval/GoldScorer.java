package org.gazette.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares an output (the JSON contract) with a gold annotation, the way the reference scorer
 * {@code score.py} does: documents matched one to one by title, then 字号, then start line ±3; text
 * compared without whitespace under NFKC; recipients, signer, note and attachments also without
 * punctuation; start/end lines within ±2.
 */
public final class GoldScorer {

  /** Field names scored per matched document. */
  public static final List<String> FIELDS =
      List.of(
          "title",
          "docNumber",
          "recipients",
          "signer",
          "date",
          "note",
          "attachments",
          "enclosedTitle",
          "topHeadings",
          "articles",
          "startLine",
          "endLine");

  /**
   * How often one field was right.
   *
   * @param right documents with the field right
   * @param total documents scored
   */
  public record Tally(int right, int total) {
    /** right / total, NaN when nothing was scored. */
    public double accuracy() {
      return total == 0 ? Double.NaN : (double) right / total;
    }

    /** This tally plus {@code o}. */
    public Tally plus(Tally o) {
      return new Tally(right + o.right, total + o.total);
    }
  }

  /**
   * The score of one output.
   *
   * @param goldDocs documents in the gold file
   * @param predDocs documents in the output
   * @param matched matched pairs
   * @param fields per field: matched documents with the field right, of those scored
   * @param furniturePrecision share of reported furniture lines that gold lists
   * @param furnitureRecall share of gold furniture lines reported
   * @param misses what was wrong: field, gold value, output value
   */
  public record Score(
      int goldDocs,
      int predDocs,
      int matched,
      Map<String, Tally> fields,
      double furniturePrecision,
      double furnitureRecall,
      List<String> misses) {
    /** Share of matched documents with the field right, per field (NaN where none was scored). */
    public Map<String, Double> fieldAccuracy() {
      Map<String, Double> acc = new LinkedHashMap<>();
      fields.forEach((k, t) -> acc.put(k, t.accuracy()));
      return acc;
    }

    /** Segmentation precision. */
    public double precision() {
      return predDocs == 0 ? 0 : (double) matched / predDocs;
    }

    /** Segmentation recall. */
    public double recall() {
      return goldDocs == 0 ? 1 : (double) matched / goldDocs;
    }

    /** Segmentation F1. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** Scores {@code out} against {@code gold}. */
  public Score score(JsonNode out, JsonNode gold) {
    List<JsonNode> gd = ScoreText.list(gold.get("documents"));
    List<JsonNode> pd = ScoreText.list(out.get("documents"));
    Map<Integer, Integer> pairs = DocumentMatcher.match(gd, pd);
    Map<String, int[]> tally = new LinkedHashMap<>();
    FIELDS.forEach(f -> tally.put(f, new int[2]));
    List<String> misses = new ArrayList<>();
    for (Map.Entry<Integer, Integer> e : pairs.entrySet()) {
      compare(gd.get(e.getKey()), pd.get(e.getValue()), tally, misses);
    }
    Map<String, Tally> fields = new LinkedHashMap<>();
    tally.forEach((k, v) -> fields.put(k, new Tally(v[0], v[1])));
    double[] fur = FurnitureScore.of(out, gold);
    return new Score(gd.size(), pd.size(), pairs.size(), fields, fur[0], fur[1], misses);
  }

  private void compare(JsonNode g, JsonNode p, Map<String, int[]> t, List<String> misses) {
    check(
        t,
        misses,
        "title",
        either(g, "title", ScoreText.text(p, "title"), ScoreText::titleEq),
        g,
        p,
        "title");
    String gdn = ScoreText.text(g, "doc_number");
    String pdn = ScoreText.text(p, "docNumber");
    check(
        t,
        misses,
        "docNumber",
        (ScoreText.empty(gdn) && ScoreText.empty(pdn))
            || ScoreText.eq(ScoreText.docno(gdn), ScoreText.docno(pdn)),
        g,
        p,
        "doc_number");
    for (String[] f : new String[][] {{"recipients", "recipients"}, {"signer", "signer"}}) {
      check(t, misses, f[0], either(g, f[1], ScoreText.text(p, f[0]), ScoreText::same), g, p, f[1]);
    }
    String gdate = ScoreText.text(g, "date");
    String pdate = ScoreText.text(p, "date");
    check(
        t,
        misses,
        "date",
        (ScoreText.empty(gdate) && ScoreText.empty(pdate)) || ScoreText.eq(gdate, pdate),
        g,
        p,
        "date");
    check(
        t,
        misses,
        "note",
        ScoreText.same(ScoreText.text(g, "note"), ScoreText.text(p, "note")),
        g,
        p,
        "note");
    List<String> pa = new ArrayList<>();
    for (JsonNode a : ScoreText.list(p.get("attachments"))) {
      pa.add(ScoreText.attNorm(a.isTextual() ? a.asText() : ScoreText.text(a, "title")));
    }
    pa.sort(null);
    boolean attOk = false;
    for (String key : new String[] {"attachments", "attachments_ocr"}) {
      if (g.hasNonNull(key) || key.equals("attachments")) {
        List<String> ga = new ArrayList<>();
        for (JsonNode a : ScoreText.list(g.get(key))) {
          ga.add(ScoreText.attNorm(a.asText()));
        }
        ga.sort(null);
        attOk |= ga.equals(pa);
      }
    }
    check(t, misses, "attachments", attOk, g, p, "attachments");
    String get = ScoreText.text(g, "enclosed_title");
    String pet = ScoreText.text(p, "enclosedTitle");
    check(
        t,
        misses,
        "enclosedTitle",
        (ScoreText.empty(get) && ScoreText.empty(pet)) || ScoreText.titleEq(get, pet),
        g,
        p,
        "enclosed_title");
    List<String> ph = ScoreText.topHeadings(p);
    boolean hOk = false;
    for (String key : new String[] {"top_headings", "top_headings_ocr"}) {
      if (g.hasNonNull(key) || key.equals("top_headings")) {
        List<String> gh = new ArrayList<>();
        ScoreText.list(g.get(key)).forEach(h -> gh.add(ScoreText.headingKey(h.asText())));
        hOk |= gh.equals(ph);
      }
    }
    check(t, misses, "topHeadings", hOk, g, p, "top_headings");
    int arts = ScoreText.count(p, "article");
    Set<Integer> okArts = new HashSet<>();
    okArts.add(g.path("articles").asInt(0));
    ScoreText.list(g.get("articles_alt")).forEach(a -> okArts.add(a.asInt()));
    check(t, misses, "articles", okArts.contains(arts), g, p, "articles");
    JsonNode sp = p.path("sourceSpan");
    if (g.hasNonNull("start_line")) {
      check(
          t,
          misses,
          "startLine",
          sp.has("startLine")
              && Math.abs(sp.get("startLine").asInt() - g.get("start_line").asInt()) <= 2,
          g,
          p,
          "start_line");
      check(
          t,
          misses,
          "endLine",
          sp.has("endLine") && Math.abs(sp.get("endLine").asInt() - g.get("end_line").asInt()) <= 2,
          g,
          p,
          "end_line");
    } else if (g.hasNonNull("start_page")) {
      check(
          t,
          misses,
          "startLine",
          sp.path("startPage").asInt(-1) == g.get("start_page").asInt(),
          g,
          p,
          "start_page");
      check(
          t,
          misses,
          "endLine",
          sp.path("endPage").asInt(-1) == g.get("end_page").asInt(),
          g,
          p,
          "end_page");
    }
  }

  private static void check(
      Map<String, int[]> t,
      List<String> misses,
      String field,
      boolean ok,
      JsonNode g,
      JsonNode p,
      String goldKey) {
    int[] v = t.get(field);
    v[1]++;
    if (ok) {
      v[0]++;
    } else {
      misses.add(field + ": gold=" + g.path(goldKey) + " output(" + p.path("id").asText() + ")");
    }
  }

  interface Eq {
    boolean test(String a, String b);
  }

  static boolean either(JsonNode g, String key, String p, Eq eq) {
    for (String k : new String[] {key, key + "_ocr", key + "_alt"}) {
      if (g.hasNonNull(k) && eq.test(g.get(k).asText(), p)) {
        return true;
      }
    }
    return !g.hasNonNull(key) && eq.test(null, p);
  }
}
