package org.gazette.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores one output's link records against link gold ({@code corpus/links/README.md}): citations,
 * appointments or unit lists, whichever the gold holds. A predicted item matches a gold item when
 * its key is equal (text NFKC-folded, whitespace removed) and it starts within {@link #LINE_SLACK}
 * lines of it; items are paired one to one in reading order.
 *
 * <ul>
 *   <li>citation key: title and 字号;
 *   <li>appointment key: person, action (任/任命/决定任命, 免/免去, 聘/聘任 folded), post and unit — an exact
 *       match; a second count compares person, action and post only;
 *   <li>unit-list key: label and the units in order.
 * </ul>
 */
public final class LinkScorer {
  /** How far a predicted item's line may be from the gold's (a wrapped line, a label above). */
  static final int LINE_SLACK = 2;

  /** The kinds of link gold. */
  public enum Kind {
    CITATIONS("citations"),
    APPOINTMENTS("appointments"),
    ORGLISTS("orgLists");

    /** The array of the output's documents that holds this kind. */
    final String field;

    Kind(String field) {
      this.field = field;
    }
  }

  /**
   * One source's counts.
   *
   * @param kind what was scored
   * @param gold gold items
   * @param predicted predicted items
   * @param matched items matching on the whole key
   * @param loose items matching on the looser key (appointments: without the unit), else as matched
   */
  public record Score(Kind kind, int gold, int predicted, int matched, int loose) {
    /** Matched share of the predicted items (1 when none predicted and none expected). */
    public double precision() {
      return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) matched / predicted;
    }

    /** Matched share of the gold items (1 when there are none). */
    public double recall() {
      return gold == 0 ? 1 : (double) matched / gold;
    }
  }

  private LinkScorer() {}

  /** True when {@code gold} is link gold: a top-level {@code items} array. */
  public static boolean isLinkGold(JsonNode gold) {
    return gold.path("items").isArray();
  }

  /** The kind of {@code gold}, told by its first item's fields (citations when it has none). */
  public static Kind kind(JsonNode gold) {
    JsonNode first = gold.path("items").path(0);
    if (first.has("person")) {
      return Kind.APPOINTMENTS;
    }
    if (first.has("items") || first.has("label")) {
      return Kind.ORGLISTS;
    }
    return Kind.CITATIONS;
  }

  /** Scores {@code out} (an issue's output) against {@code gold}. */
  public static Score score(JsonNode out, JsonNode gold, Kind kind) {
    List<Item> predicted = new ArrayList<>();
    for (JsonNode d : out.path("documents")) {
      for (JsonNode i : d.path(kind.field)) {
        predicted.add(item(kind, i));
      }
    }
    List<Item> expected = new ArrayList<>();
    for (JsonNode i : gold.path("items")) {
      expected.add(item(kind, i));
    }
    int matched = pair(expected, predicted, true);
    int loose = kind == Kind.APPOINTMENTS ? pair(expected, predicted, false) : matched;
    return new Score(kind, expected.size(), predicted.size(), matched, loose);
  }

  /** An item: its line, its whole key and its looser key. */
  private record Item(int line, String key, String looseKey) {}

  private static Item item(Kind kind, JsonNode i) {
    int line = i.path("line").asInt();
    switch (kind) {
      case APPOINTMENTS -> {
        String base =
            norm(i.path("person"))
                + "|"
                + action(norm(i.path("action")))
                + "|"
                + norm(i.path("position"));
        return new Item(line, base + "|" + norm(i.path("organisation")), base);
      }
      case ORGLISTS -> {
        JsonNode units = i.has("units") ? i.path("units") : i.path("items");
        StringBuilder k = new StringBuilder(norm(i.path("label")));
        units.forEach(u -> k.append('|').append(norm(u)));
        return new Item(line, k.toString(), k.toString());
      }
      default -> {
        String k = norm(i.path("title")) + "|" + norm(i.path("docNumber"));
        return new Item(line, k, k);
      }
    }
  }

  /** Pairs gold and predicted items one to one; returns how many pair. */
  private static int pair(List<Item> gold, List<Item> predicted, boolean whole) {
    boolean[] used = new boolean[predicted.size()];
    int n = 0;
    for (Item g : gold) {
      for (int k = 0; k < predicted.size(); k++) {
        Item p = predicted.get(k);
        if (!used[k]
            && Math.abs(p.line - g.line) <= LINE_SLACK
            && (whole ? p.key.equals(g.key) : p.looseKey.equals(g.looseKey))) {
          used[k] = true;
          n++;
          break;
        }
      }
    }
    return n;
  }

  /** 任/任命/决定任命/批准任命 as 任命, 免/免去/决定免去 as 免去, 聘/聘任/聘用 as 聘任. */
  static String action(String a) {
    return switch (a) {
      case "任", "任命", "决定任命", "批准任命", "为" -> "任命";
      case "免", "免去", "决定免去", "免职" -> "免去";
      case "聘", "聘任", "聘用", "聘为", "聘任为" -> "聘任";
      default -> a;
    };
  }

  private static String norm(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return "";
    }
    return Normalizer.normalize(v.asText(), Normalizer.Form.NFKC)
        .replaceAll("\\s+", "")
        .toLowerCase(Locale.ROOT);
  }
}
