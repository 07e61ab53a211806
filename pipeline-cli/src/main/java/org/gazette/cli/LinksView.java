package org.gazette.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BinaryOperator;

/** A document's citations, appointments, unit lists and entities, for {@code inspect --doc}. */
final class LinksView {
  private LinksView() {}

  /**
   * Prints the records of {@code d}; {@code style} colours a text ({@code bold}, {@code faint}).
   */
  static void print(PrintWriter out, JsonNode d, BinaryOperator<String> style) {
    JsonNode cites = d.path("citations");
    if (!cites.isEmpty()) {
      out.println(style.apply("bold", "citations (" + cites.size() + ")"));
      for (JsonNode c : cites) {
        out.printf(
            Locale.ROOT,
            "  %s %s%n",
            style.apply("faint", String.format(Locale.ROOT, "%5d", c.path("line").asInt())),
            c.path("text").asText());
      }
    }
    JsonNode people = d.path("appointments");
    if (!people.isEmpty()) {
      out.println(style.apply("bold", "appointments (" + people.size() + ")"));
      for (JsonNode a : people) {
        String q = a.path("qualifier").isTextual() ? "（" + a.path("qualifier").asText() + "）" : "";
        String org =
            a.path("organisation").isTextual() ? a.path("organisation").asText() + " " : "";
        out.printf(
            Locale.ROOT,
            "  %s %s %s %s%s%s%n",
            style.apply("faint", String.format(Locale.ROOT, "%5d", a.path("line").asInt())),
            a.path("person").asText(),
            a.path("action").asText(),
            org,
            a.path("position").asText(),
            q);
      }
    }
    JsonNode lists = d.path("orgLists");
    if (!lists.isEmpty()) {
      out.println(style.apply("bold", "unit lists (" + lists.size() + ")"));
      for (JsonNode l : lists) {
        List<String> units = new ArrayList<>();
        l.path("units").forEach(u -> units.add(u.asText()));
        out.printf(
            Locale.ROOT,
            "  %s %s：%s%n",
            style.apply("faint", String.format(Locale.ROOT, "%5d", l.path("line").asInt())),
            l.path("label").asText(),
            String.join(" | ", units));
      }
    }
    JsonNode e = d.path("entities");
    if (e.isObject()) {
      for (String k : new String[] {"organisations", "persons", "places"}) {
        List<String> names = new ArrayList<>();
        e.path(k).forEach(x -> names.add(x.path("name").asText()));
        out.println(
            style.apply("bold", k + " (" + names.size() + ")") + " " + String.join("、", names));
      }
    }
  }
}
