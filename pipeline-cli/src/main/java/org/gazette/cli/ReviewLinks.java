package org.gazette.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A document's citations, appointments, unit lists and entities on the review page: one list each,
 * every record linked to the line it stands on.
 */
final class ReviewLinks {
  private ReviewLinks() {}

  /** Appends the records of {@code d} to {@code h}; {@code esc} escapes text for HTML. */
  static void append(StringBuilder h, JsonNode d, UnaryOperator<String> esc) {
    list(h, "citations", d.path("citations"), c -> c.path("text").asText(), esc);
    list(
        h,
        "appointments",
        d.path("appointments"),
        a ->
            a.path("person").asText()
                + " "
                + a.path("action").asText()
                + " "
                + (a.path("organisation").isTextual() ? a.path("organisation").asText() + " " : "")
                + a.path("position").asText()
                + (a.path("qualifier").isTextual() ? "（" + a.path("qualifier").asText() + "）" : ""),
        esc);
    list(
        h,
        "unit lists",
        d.path("orgLists"),
        l -> {
          List<String> units = new ArrayList<>();
          l.path("units").forEach(u -> units.add(u.asText()));
          return l.path("label").asText() + "：" + String.join(" | ", units);
        },
        esc);
    JsonNode e = d.path("entities");
    if (e.isObject()) {
      h.append("<dl>");
      for (String k : new String[] {"organisations", "persons", "places"}) {
        List<String> names = new ArrayList<>();
        e.path(k).forEach(x -> names.add(x.path("name").asText()));
        h.append("<dt>").append(k).append("</dt><dd>").append(esc.apply(String.join("、", names)));
        h.append("</dd>");
      }
      h.append("</dl>");
    }
  }

  private static void list(
      StringBuilder h,
      String name,
      JsonNode records,
      java.util.function.Function<JsonNode, String> show,
      UnaryOperator<String> esc) {
    if (records.isEmpty()) {
      return;
    }
    h.append("<details><summary>")
        .append(name)
        .append(" (")
        .append(records.size())
        .append(")</summary><ul>");
    for (JsonNode r : records) {
      int line = r.path("line").asInt();
      h.append("<li><a href=\"#L")
          .append(line)
          .append("\">")
          .append(line)
          .append("</a> ")
          .append(esc.apply(show.apply(r)))
          .append("</li>");
    }
    h.append("</ul></details>");
  }
}
