package org.gazette.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tables as written in an output: where a document's table nodes are, and a table's rows (merged
 * cells once, at their top-left position, with their spans) expanded into a full grid.
 */
public final class TableGrids {
  private TableGrids() {}

  /** The table nodes of document {@code d}, in its body and its enclosure's, in order. */
  public static List<JsonNode> tables(JsonNode d) {
    List<JsonNode> out = new ArrayList<>();
    collect(d.get("body"), out);
    if (d.path("enclosure").isObject()) {
      collect(d.get("enclosure").get("body"), out);
    }
    return out;
  }

  private static void collect(JsonNode nodes, List<JsonNode> out) {
    if (nodes == null || !nodes.isArray()) {
      return;
    }
    for (JsonNode n : nodes) {
      if ("table".equals(n.path("kind").asText())) {
        out.add(n);
      }
      collect(n.get("children"), out);
    }
  }

  /**
   * {@code rows} expanded, row by row: each cell at the first position no cell above or to its left
   * covers, a merged cell's text at its top-left position and, at the positions it covers, null or
   * (with {@code repeat}) its text again. Rows keep the width their cells give them.
   */
  public static List<List<String>> expand(JsonNode rows, boolean repeat) {
    Map<Long, String> covered = new HashMap<>();
    List<List<String>> grid = new ArrayList<>();
    int r = 0;
    for (JsonNode row : rows) {
      List<String> out = new ArrayList<>();
      int c = 0;
      for (JsonNode cell : row) {
        while (covered.containsKey(key(r, c))) {
          out.add(covered.get(key(r, c)));
          c++;
        }
        int rs = Math.max(1, cell.path("rowSpan").asInt(1));
        int cs = Math.max(1, cell.path("colSpan").asInt(1));
        String text = cell.isObject() ? cell.path("text").asText("") : cell.asText();
        out.add(text);
        for (int dr = 0; dr < rs; dr++) {
          for (int dc = 0; dc < cs; dc++) {
            if (dr > 0 || dc > 0) {
              covered.put(key(r + dr, c + dc), repeat ? text : null);
            }
          }
        }
        for (int dc = 1; dc < cs; dc++) {
          out.add(repeat ? text : null);
        }
        c += cs;
      }
      while (covered.containsKey(key(r, c))) {
        out.add(covered.get(key(r, c)));
        c++;
      }
      grid.add(out);
      r++;
    }
    return grid;
  }

  private static long key(int r, int c) {
    return ((long) r << 32) | c;
  }
}
