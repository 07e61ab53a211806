package org.gazette.graph;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gazette.io.Json;

/**
 * The graph of a folder of converted issues. Every document is a node; a citation is resolved
 * against the archive's documents by its 字号 first (issuer abbreviation, year and serial, or the
 * number as printed), then by its title (the document's title, its title from 关于 on, or the title
 * of the document it encloses), and becomes a {@code CITES} edge; what no document answers is
 * listed as unresolved. A citation of the citing document itself (a 印发 notice naming what it
 * prints) is neither. Appointments give {@code Person} and {@code Unit} nodes with {@code APPOINTS}
 * (document → person) and {@code POST_IN} (person → unit) edges; unit lists give {@code NAMES_UNIT}
 * edges. A person is known by name only: two persons of one name are one node.
 */
public final class ArchiveGraph {
  /** A node: its id, its label and its properties in column order. */
  public record Node(String id, String label, Map<String, Object> props) {}

  /** An edge: its ends, its type and its properties in column order. */
  public record Edge(String start, String end, String type, Map<String, Object> props) {}

  /** A citation that no document of the archive answers. */
  public record Unresolved(
      String document, int line, String text, String title, String docNumber) {}

  /** How the citations resolved. */
  public record Counts(
      int documents, int citations, int byNumber, int byTitle, int self, int unresolved) {}

  private final Map<String, Node> nodes = new LinkedHashMap<>();
  private final List<Edge> edges = new ArrayList<>();
  private final List<Unresolved> unresolved = new ArrayList<>();
  private final NumberChecks numbers = new NumberChecks();
  private Counts counts;

  private ArchiveGraph() {}

  /**
   * The graph of every issue output ({@code *.json} with a {@code documents} array) in {@code
   * outDir} and its subfolders; a document's id is {@code doc:<output path without .json>/<id>}.
   *
   * @throws IOException when a file cannot be read
   */
  public static ArchiveGraph of(Path outDir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(outDir)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    ArchiveGraph g = new ArchiveGraph();
    Resolver resolver = new Resolver();
    List<Pending> cites = new ArrayList<>();
    for (Path f : files) {
      JsonNode issue = Json.MAPPER.readTree(f.toFile());
      if (!issue.path("documents").isArray()) {
        continue;
      }
      String stem = outDir.relativize(f).toString().replace('\\', '/').replaceFirst("\\.json$", "");
      for (JsonNode d : issue.path("documents")) {
        String id = "doc:" + stem + "/" + d.path("id").asText();
        g.document(id, stem, d);
        resolver.add(id, d);
        JsonNode parts = d.path("docNumberParts");
        if (parts.isObject()) {
          g.numbers.add(
              parts.path("prefix").asText(),
              parts.path("year").asInt(),
              parts.path("serial").asInt(),
              id,
              text(d.path("title")));
        }
        for (JsonNode c : d.path("citations")) {
          cites.add(new Pending(id, text(d.path("date")), c));
        }
        g.people(id, d);
      }
    }
    int byNumber = 0;
    int byTitle = 0;
    int self = 0;
    for (Pending p : cites) {
      Resolver.Hit hit = resolver.resolve(p.citation, p.from, p.date);
      if (hit != null && hit.document().equals(p.from)) {
        self++;
      } else if (hit != null) {
        byNumber += hit.by().equals("docNumber") ? 1 : 0;
        byTitle += hit.by().equals("title") ? 1 : 0;
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("line", p.citation.path("line").asInt());
        props.put("by", hit.by());
        props.put("text", p.citation.path("text").asText());
        g.edges.add(new Edge(p.from, hit.document(), "CITES", props));
      } else {
        g.unresolved.add(
            new Unresolved(
                p.from,
                p.citation.path("line").asInt(),
                p.citation.path("text").asText(),
                text(p.citation.path("title")),
                text(p.citation.path("docNumber"))));
      }
    }
    long docs = g.nodes.values().stream().filter(n -> n.label().equals("Document")).count();
    g.counts = new Counts((int) docs, cites.size(), byNumber, byTitle, self, g.unresolved.size());
    return g;
  }

  /** A citation waiting for every document to be known. */
  private record Pending(String from, String date, JsonNode citation) {}

  private void document(String id, String stem, JsonNode d) {
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("name", text(d.path("title")));
    props.put("docNumber", text(d.path("docNumber")));
    props.put("date", text(d.path("date")));
    props.put("issuer", text(d.path("issuer")));
    props.put("signer", text(d.path("signer")));
    props.put("source", stem);
    nodes.put(id, new Node(id, "Document", props));
  }

  private void people(String doc, JsonNode d) {
    for (JsonNode a : d.path("appointments")) {
      String person = "person:" + a.path("person").asText();
      nodes.putIfAbsent(
          person, new Node(person, "Person", Map.of("name", a.path("person").asText())));
      Map<String, Object> props = new LinkedHashMap<>();
      props.put("line", a.path("line").asInt());
      props.put("action", a.path("action").asText());
      props.put("position", a.path("position").asText());
      props.put("organisation", text(a.path("organisation")));
      props.put("date", text(d.path("date")));
      edges.add(new Edge(doc, person, "APPOINTS", props));
      String org = text(a.path("organisation"));
      if (org != null) {
        String unit = unit(org);
        Map<String, Object> post = new LinkedHashMap<>(props);
        post.put("document", doc);
        edges.add(new Edge(person, unit, "POST_IN", post));
      }
    }
    for (JsonNode l : d.path("orgLists")) {
      for (JsonNode u : l.path("units")) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("line", l.path("line").asInt());
        props.put("label", l.path("label").asText());
        edges.add(new Edge(doc, unit(u.asText()), "NAMES_UNIT", props));
      }
    }
  }

  private String unit(String name) {
    String id = "unit:" + name;
    nodes.putIfAbsent(id, new Node(id, "Unit", Map.of("name", name)));
    return id;
  }

  private static String text(JsonNode v) {
    return v == null || v.isNull() || v.isMissingNode() ? null : v.asText();
  }

  /** The nodes, documents first in archive order. */
  public List<Node> nodes() {
    return List.copyOf(nodes.values());
  }

  /** The edges. */
  public List<Edge> edges() {
    return List.copyOf(edges);
  }

  /** The citations no document answers. */
  public List<Unresolved> unresolved() {
    return List.copyOf(unresolved);
  }

  /** The archive's 字号 series, with duplicates and gaps. */
  public List<NumberChecks.Series> numberSeries() {
    return numbers.series();
  }

  /** How the citations resolved. */
  public Counts counts() {
    return counts;
  }
}
