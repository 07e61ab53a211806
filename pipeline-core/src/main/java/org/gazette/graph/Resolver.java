package org.gazette.graph;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The archive's documents by 字号 and by title, for resolving citations: by number first (issuer
 * abbreviation, year and serial, or the number as printed), then by title (whole, from 关于 on, or
 * the enclosed document's). A cited document cannot be dated after the citing one: of the documents
 * known under a key, the latest dated no later than the citing document answers (undated ones count
 * as early as can be; with no date on the citing side, the latest of all).
 */
final class Resolver {
  /** Quotes and spaces that the same title is printed with or without. */
  private static final Pattern NOISE = Pattern.compile("[\\s《》〈〉<>\"“”'‘’「」]");

  /** Where a document came from and how. */
  record Hit(String document, String by) {}

  /** A document known under a key: its id and its date (ISO), or null. */
  private record Known(String id, String date) {}

  private final Map<String, List<Known>> byNumber = new HashMap<>();
  private final Map<String, List<Known>> byTitle = new HashMap<>();

  void add(String id, JsonNode d) {
    Known k = new Known(id, text(d.path("date")));
    JsonNode parts = d.path("docNumberParts");
    if (parts.isObject()) {
      put(
          byNumber,
          number(
              parts.path("prefix").asText(),
              parts.path("year").asInt(),
              parts.path("serial").asInt()),
          k);
    }
    if (d.path("docNumber").isTextual()) {
      put(byNumber, printed(d.path("docNumber").asText()), k);
    }
    for (String t : new String[] {text(d.path("title")), text(d.path("enclosedTitle"))}) {
      if (t != null) {
        put(byTitle, title(t), k);
        int about = t.indexOf("关于");
        if (about > 0) {
          put(byTitle, title(t.substring(about)), k);
        }
      }
    }
  }

  private static void put(Map<String, List<Known>> map, String key, Known k) {
    List<Known> list = map.computeIfAbsent(key, x -> new ArrayList<>());
    if (!list.contains(k)) {
      list.add(k);
    }
  }

  /**
   * Of the documents known under {@code key}: the citing document {@code self} when it is one of
   * them, else the latest dated no later than {@code date}.
   */
  private static String pick(Map<String, List<Known>> map, String key, String date, String self) {
    String best = null;
    String bestDate = null;
    for (Known k : map.getOrDefault(key, List.of())) {
      if (k.id().equals(self)) {
        return self;
      }
      if (date != null && k.date() != null && k.date().compareTo(date) > 0) {
        continue;
      }
      String d = k.date() == null ? "" : k.date();
      if (best == null || d.compareTo(bestDate) > 0) {
        best = k.id();
        bestDate = d;
      }
    }
    return best;
  }

  /**
   * The document {@code c} names, cited by document {@code self} dated {@code date} (or null), or
   * null.
   */
  Hit resolve(JsonNode c, String self, String date) {
    if (c.path("year").isInt() && c.path("issuerCode").isTextual()) {
      String key =
          number(c.path("issuerCode").asText(), c.path("year").asInt(), c.path("serial").asInt());
      String id = pick(byNumber, key, date, self);
      if (id != null) {
        return new Hit(id, "docNumber");
      }
    }
    if (c.path("docNumber").isTextual()) {
      String id = pick(byNumber, printed(c.path("docNumber").asText()), date, self);
      if (id != null) {
        return new Hit(id, "docNumber");
      }
    }
    if (c.path("title").isTextual()) {
      String t = c.path("title").asText();
      String id = pick(byTitle, title(t), date, self);
      if (id == null && t.indexOf("关于") > 0) {
        id = pick(byTitle, title(t.substring(t.indexOf("关于"))), date, self);
      }
      if (id != null) {
        return new Hit(id, "title");
      }
    }
    return null;
  }

  private static String number(String prefix, int year, int serial) {
    return "N|" + fold(prefix) + "|" + year + "|" + serial;
  }

  private static String printed(String number) {
    return "P|" + fold(number).replaceAll("[〔\\[【(（［]", "〔").replaceAll("[〕\\]】)）］]", "〕");
  }

  private static String title(String t) {
    return "T|" + NOISE.matcher(fold(t)).replaceAll("").replace('（', '(').replace('）', ')');
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
  }

  private static String text(JsonNode v) {
    return v.isTextual() ? v.asText() : null;
  }
}
