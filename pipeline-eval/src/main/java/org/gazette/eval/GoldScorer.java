package org.gazette.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compares an output (the JSON contract) with a gold annotation, the way the reference scorer
 * {@code score.py} does: documents matched one to one by title, then 字号, then start line ±3; text
 * compared without whitespace under NFKC; recipients, signer, note and attachments also without
 * punctuation; start/end lines within ±2.
 */
public final class GoldScorer {
  private static final Pattern WS = Pattern.compile("\\s+");
  private static final Pattern PUNCT =
      Pattern.compile(
          "[\\s\\u3000,，、;；:：.。·•\\-—–_()（）\\[\\]【】〔〕［］《》<>〈〉\"'“”‘’!！?？…\\u2010-\\u2015\\u2212\\u2E3A\\u2E3B~]+");
  private static final Pattern ISSUER_PREFIX =
      Pattern.compile("^[\\u4e00-\\u9fff]{2,20}?(人民政府办公室|人民政府办公厅|人民政府|办公室)");
  private static final Pattern ANY_PREFIX = Pattern.compile("^[\\u4e00-\\u9fff]{2,30}?(?=关于)");
  private static final Pattern YEAR_BR = Pattern.compile("[\\[［【(（〔]\\s*(\\d{4})\\s*[\\]］】)）〕]");
  private static final Pattern ATT_NUM =
      Pattern.compile("^(附件\\s*)?((\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*[.、．:：]|[（(]\\d{1,2}[)）])\\s*");
  private static final Pattern ATT_REMARK =
      Pattern.compile("[（(][^（）()]*(见网络版|详见|网站|略)[^（）()]*[）)]$");

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
   * The score of one output.
   *
   * @param goldDocs documents in the gold file
   * @param predDocs documents in the output
   * @param matched matched pairs
   * @param fieldAccuracy share of matched documents with the field right, per field
   * @param furniturePrecision share of reported furniture lines that gold lists
   * @param furnitureRecall share of gold furniture lines reported
   * @param misses what was wrong: field, gold value, output value
   */
  public record Score(
      int goldDocs,
      int predDocs,
      int matched,
      Map<String, Double> fieldAccuracy,
      double furniturePrecision,
      double furnitureRecall,
      List<String> misses) {
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
    List<JsonNode> gd = list(gold.get("documents"));
    List<JsonNode> pd = list(out.get("documents"));
    Map<Integer, Integer> pairs = match(gd, pd);
    Map<String, int[]> tally = new LinkedHashMap<>();
    FIELDS.forEach(f -> tally.put(f, new int[2]));
    List<String> misses = new ArrayList<>();
    for (Map.Entry<Integer, Integer> e : pairs.entrySet()) {
      compare(gd.get(e.getKey()), pd.get(e.getValue()), tally, misses);
    }
    Map<String, Double> acc = new LinkedHashMap<>();
    tally.forEach((k, v) -> acc.put(k, v[1] == 0 ? Double.NaN : (double) v[0] / v[1]));
    double[] fur = furniture(out, gold);
    return new Score(gd.size(), pd.size(), pairs.size(), acc, fur[0], fur[1], misses);
  }

  private void compare(JsonNode g, JsonNode p, Map<String, int[]> t, List<String> misses) {
    check(
        t,
        misses,
        "title",
        either(g, "title", text(p, "title"), GoldScorer::titleEq),
        g,
        p,
        "title");
    String gdn = text(g, "doc_number");
    String pdn = text(p, "docNumber");
    check(
        t,
        misses,
        "docNumber",
        (empty(gdn) && empty(pdn)) || eq(docno(gdn), docno(pdn)),
        g,
        p,
        "doc_number");
    for (String[] f : new String[][] {{"recipients", "recipients"}, {"signer", "signer"}}) {
      check(t, misses, f[0], either(g, f[1], text(p, f[0]), GoldScorer::same), g, p, f[1]);
    }
    String gdate = text(g, "date");
    String pdate = text(p, "date");
    check(t, misses, "date", (empty(gdate) && empty(pdate)) || eq(gdate, pdate), g, p, "date");
    check(t, misses, "note", same(text(g, "note"), text(p, "note")), g, p, "note");
    List<String> pa = new ArrayList<>();
    for (JsonNode a : list(p.get("attachments"))) {
      pa.add(attNorm(a.isTextual() ? a.asText() : text(a, "title")));
    }
    pa.sort(null);
    boolean attOk = false;
    for (String key : new String[] {"attachments", "attachments_ocr"}) {
      if (g.hasNonNull(key) || key.equals("attachments")) {
        List<String> ga = new ArrayList<>();
        for (JsonNode a : list(g.get(key))) {
          ga.add(attNorm(a.asText()));
        }
        ga.sort(null);
        attOk |= ga.equals(pa);
      }
    }
    check(t, misses, "attachments", attOk, g, p, "attachments");
    String get = text(g, "enclosed_title");
    String pet = text(p, "enclosedTitle");
    check(
        t,
        misses,
        "enclosedTitle",
        (empty(get) && empty(pet)) || titleEq(get, pet),
        g,
        p,
        "enclosed_title");
    List<String> ph = topHeadings(p);
    boolean hOk = false;
    for (String key : new String[] {"top_headings", "top_headings_ocr"}) {
      if (g.hasNonNull(key) || key.equals("top_headings")) {
        List<String> gh = new ArrayList<>();
        list(g.get(key)).forEach(h -> gh.add(headingKey(h.asText())));
        hOk |= gh.equals(ph);
      }
    }
    check(t, misses, "topHeadings", hOk, g, p, "top_headings");
    int arts = count(p, "article");
    Set<Integer> okArts = new HashSet<>();
    okArts.add(g.path("articles").asInt(0));
    list(g.get("articles_alt")).forEach(a -> okArts.add(a.asInt()));
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

  private static double[] furniture(JsonNode out, JsonNode gold) {
    if (gold.hasNonNull("furniture_pages")) {
      Set<String> gp = new HashSet<>();
      list(gold.get("furniture_pages"))
          .forEach(f -> gp.add(f.path("page").asInt() + "|" + loose(f.path("text").asText())));
      Set<String> pp = new HashSet<>();
      list(out.get("furniture"))
          .forEach(f -> pp.add(f.path("page").asInt() + "|" + loose(f.path("text").asText())));
      Set<String> both = new HashSet<>(gp);
      both.retainAll(pp);
      return new double[] {
        pp.isEmpty() ? (gp.isEmpty() ? 1 : 0) : (double) both.size() / pp.size(),
        gp.isEmpty() ? 1 : (double) both.size() / gp.size()
      };
    }
    Set<Integer> gf = new HashSet<>();
    list(gold.get("furniture_lines")).forEach(n -> gf.add(n.asInt()));
    Set<Integer> pf = new HashSet<>();
    list(out.get("furniture"))
        .forEach(
            n -> {
              if (n.path("line").isInt()) {
                pf.add(n.get("line").asInt());
              }
            });
    list(gold.get("furniture_glued")).forEach(n -> pf.remove(n.path("line").asInt()));
    Set<Integer> opt = new HashSet<>();
    list(gold.get("furniture_optional")).forEach(n -> opt.add(n.asInt()));
    gf.removeAll(opt);
    pf.removeAll(opt);
    Set<Integer> both = new HashSet<>(gf);
    both.retainAll(pf);
    double precision = pf.isEmpty() ? (gf.isEmpty() ? 1 : 0) : (double) both.size() / pf.size();
    double recall = gf.isEmpty() ? 1 : (double) both.size() / gf.size();
    return new double[] {precision, recall};
  }

  private static Map<Integer, Integer> match(List<JsonNode> gd, List<JsonNode> pd) {
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
                case "title" -> either(g, "title", text(p, "title"), GoldScorer::titleEq);
                case "docno" ->
                    !empty(text(g, "doc_number"))
                        && eq(docno(text(g, "doc_number")), docno(text(p, "docNumber")));
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

  private interface Eq {
    boolean test(String a, String b);
  }

  private static boolean either(JsonNode g, String key, String p, Eq eq) {
    for (String k : new String[] {key, key + "_ocr", key + "_alt"}) {
      if (g.hasNonNull(k) && eq.test(g.get(k).asText(), p)) {
        return true;
      }
    }
    return !g.hasNonNull(key) && eq.test(null, p);
  }

  static boolean titleEq(String a, String b) {
    String la = loose(a);
    String lb = loose(b);
    if (empty(la) || empty(lb)) {
      return false;
    }
    if (la.equals(lb)) {
      return true;
    }
    for (Pattern p : new Pattern[] {ISSUER_PREFIX, ANY_PREFIX}) {
      String sa = p.matcher(la).replaceFirst("");
      String sb = p.matcher(lb).replaceFirst("");
      if (sa.equals(sb)
          || (sa.length() > 8 && sa.equals(lb))
          || (sb.length() > 8 && la.equals(sb))) {
        return true;
      }
    }
    return false;
  }

  private static boolean same(String a, String b) {
    return (empty(a) && empty(b)) || eq(loose(a), loose(b));
  }

  private static List<String> topHeadings(JsonNode d) {
    List<JsonNode> nodes = new ArrayList<>();
    walk(d.get("body"), nodes, true);
    if (d.path("enclosure").isObject()) {
      walk(d.get("enclosure").get("body"), nodes, true);
    }
    boolean chapters = nodes.stream().anyMatch(n -> "chapter".equals(n.path("kind").asText()));
    List<String> out = new ArrayList<>();
    for (JsonNode n : nodes) {
      String kind = n.path("kind").asText();
      boolean top =
          chapters
              ? kind.equals("chapter")
              : kind.equals("section") && n.path("level").asInt() == 1;
      if (top) {
        out.add(headingKey(n.path("label").asText("") + n.path("title").asText("")));
      }
    }
    return out;
  }

  private static int count(JsonNode d, String kind) {
    List<JsonNode> nodes = new ArrayList<>();
    walk(d.get("body"), nodes, false);
    if (d.path("enclosure").isObject()) {
      walk(d.get("enclosure").get("body"), nodes, false);
    }
    return (int) nodes.stream().filter(n -> kind.equals(n.path("kind").asText())).count();
  }

  private static void walk(JsonNode nodes, List<JsonNode> out, boolean skipAttachments) {
    for (JsonNode n : list(nodes)) {
      out.add(n);
      if (skipAttachments && "attachment".equals(n.path("kind").asText())) {
        continue;
      }
      for (String key : new String[] {"children", "body", "items"}) {
        if (n.path(key).isArray()) {
          walk(n.get(key), out, skipAttachments);
        }
      }
    }
  }

  private static String headingKey(String h) {
    return loose(h == null ? "" : h.split("。", 2)[0]);
  }

  private static String attNorm(String a) {
    String s = norm(a);
    s = s == null ? "" : s;
    s = ATT_REMARK.matcher(ATT_NUM.matcher(s).replaceFirst("")).replaceFirst("");
    return loose(s);
  }

  private static String docno(String s) {
    String n = norm(s);
    return n == null ? null : YEAR_BR.matcher(n).replaceAll("〔$1〕");
  }

  private static String norm(String s) {
    if (s == null) {
      return null;
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC).replace("[", "〔").replace("]", "〕");
    return WS.matcher(n).replaceAll("");
  }

  private static String loose(String s) {
    String n = norm(s);
    return n == null ? null : PUNCT.matcher(n).replaceAll("");
  }

  private static boolean empty(String s) {
    return s == null || s.isEmpty();
  }

  private static boolean eq(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }

  private static String text(JsonNode n, String key) {
    JsonNode v = n == null ? null : n.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      v.forEach(x -> parts.add(x.asText()));
      return parts.isEmpty() ? null : String.join("，", parts);
    }
    return v.asText();
  }

  private static List<JsonNode> list(JsonNode n) {
    List<JsonNode> out = new ArrayList<>();
    if (n != null && n.isArray()) {
      n.forEach(out::add);
    }
    return out;
  }
}
