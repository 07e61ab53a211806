package org.gazette.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text normalisation and node walks of the scorer, exactly as {@code shared/tools/score.py} does
 * them.
 */
final class ScoreText {
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

  private ScoreText() {}

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

  static boolean same(String a, String b) {
    return (empty(a) && empty(b)) || eq(loose(a), loose(b));
  }

  static List<String> topHeadings(JsonNode d) {
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

  static int count(JsonNode d, String kind) {
    List<JsonNode> nodes = new ArrayList<>();
    walk(d.get("body"), nodes, false);
    if (d.path("enclosure").isObject()) {
      walk(d.get("enclosure").get("body"), nodes, false);
    }
    return (int) nodes.stream().filter(n -> kind.equals(n.path("kind").asText())).count();
  }

  static void walk(JsonNode nodes, List<JsonNode> out, boolean skipAttachments) {
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

  static String headingKey(String h) {
    return loose(h == null ? "" : h.split("。", 2)[0]);
  }

  static String attNorm(String a) {
    String s = norm(a);
    s = s == null ? "" : s;
    s = ATT_REMARK.matcher(ATT_NUM.matcher(s).replaceFirst("")).replaceFirst("");
    return loose(s);
  }

  static String docno(String s) {
    String n = norm(s);
    return n == null ? null : YEAR_BR.matcher(n).replaceAll("〔$1〕");
  }

  static String norm(String s) {
    if (s == null) {
      return null;
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC).replace("[", "〔").replace("]", "〕");
    return WS.matcher(n).replaceAll("");
  }

  static String loose(String s) {
    String n = norm(s);
    return n == null ? null : PUNCT.matcher(n).replaceAll("");
  }

  static boolean empty(String s) {
    return s == null || s.isEmpty();
  }

  static boolean eq(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }

  static String text(JsonNode n, String key) {
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

  static List<JsonNode> list(JsonNode n) {
    List<JsonNode> out = new ArrayList<>();
    if (n != null && n.isArray()) {
      n.forEach(out::add);
    }
    return out;
  }
}
