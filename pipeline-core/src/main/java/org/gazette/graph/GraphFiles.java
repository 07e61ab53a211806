package org.gazette.graph;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.gazette.io.AtomicFiles;
import org.gazette.io.Json;

/**
 * Writes an {@link ArchiveGraph} into a folder, each file atomically: {@code nodes.csv} and {@code
 * edges.csv} with the headers of a graph database's bulk import ({@code id:ID}, {@code :LABEL},
 * {@code :START_ID}, {@code :END_ID}, {@code :TYPE}; DuckDB reads them as they are), the same as
 * {@code nodes.jsonl} and {@code edges.jsonl}, and the citations no document answers in {@code
 * unresolved.csv} and {@code unresolved.jsonl}, and the 字号 series with their duplicates and gaps in
 * {@code numbers.jsonl}.
 */
public final class GraphFiles {
  /** The node properties, in column order. */
  static final List<String> NODE_PROPS =
      List.of("name", "docNumber", "date", "issuer", "signer", "source");

  /** The edge properties, in column order. */
  static final List<String> EDGE_PROPS =
      List.of(
          "line", "by", "text", "action", "position", "organisation", "date", "document", "label");

  private GraphFiles() {}

  /**
   * Writes {@code g} into {@code dir}.
   *
   * @throws IOException when a file cannot be written
   */
  public static void write(ArchiveGraph g, Path dir) throws IOException {
    numbers(g, dir);
    List<String> nodeHeader = new ArrayList<>(List.of("id:ID", ":LABEL"));
    nodeHeader.addAll(NODE_PROPS);
    List<String> edgeHeader = new ArrayList<>(List.of(":START_ID", ":END_ID", ":TYPE"));
    edgeHeader.addAll(EDGE_PROPS);
    pair(
        dir,
        "nodes",
        nodeHeader,
        g.nodes(),
        n -> {
          List<Object> row = new ArrayList<>(List.of(n.id(), n.label()));
          NODE_PROPS.forEach(k -> row.add(n.props().get(k)));
          return row;
        },
        n ->
            put(
                Json.MAPPER.createObjectNode().put("id", n.id()).put("label", n.label()),
                n.props()));
    pair(
        dir,
        "edges",
        edgeHeader,
        g.edges(),
        e -> {
          List<Object> row = new ArrayList<>(List.of(e.start(), e.end(), e.type()));
          EDGE_PROPS.forEach(k -> row.add(e.props().get(k)));
          return row;
        },
        e ->
            put(
                Json.MAPPER
                    .createObjectNode()
                    .put("start", e.start())
                    .put("end", e.end())
                    .put("type", e.type()),
                e.props()));
    pair(
        dir,
        "unresolved",
        List.of("document", "line", "text", "title", "docNumber"),
        g.unresolved(),
        u -> java.util.Arrays.asList(u.document(), u.line(), u.text(), u.title(), u.docNumber()),
        u -> Json.MAPPER.valueToTree(u));
  }

  private static void numbers(ArchiveGraph g, Path dir) throws IOException {
    try (AtomicFiles.Pending jsonl = AtomicFiles.start(dir.resolve("numbers.jsonl"))) {
      for (NumberChecks.Series s : g.numberSeries()) {
        jsonl.writer().write(Json.MAPPER.writeValueAsString(s) + "\n");
      }
      jsonl.commit();
    }
  }

  private static CSVPrinter printer(Writer w, List<String> header) throws IOException {
    return new CSVPrinter(
        w, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get());
  }

  /**
   * Writes {@code items} as {@code <name>.csv} (a row each) and {@code <name>.jsonl} (an object
   * each).
   */
  private static <T> void pair(
      Path dir,
      String name,
      List<String> header,
      List<T> items,
      java.util.function.Function<T, List<Object>> row,
      java.util.function.Function<T, ObjectNode> object)
      throws IOException {
    try (AtomicFiles.Pending csv = AtomicFiles.start(dir.resolve(name + ".csv"));
        AtomicFiles.Pending jsonl = AtomicFiles.start(dir.resolve(name + ".jsonl"))) {
      CSVPrinter p = printer(csv.writer(), header);
      for (T item : items) {
        p.printRecord(row.apply(item));
        jsonl.writer().write(Json.MAPPER.writeValueAsString(object.apply(item)) + "\n");
      }
      p.flush();
      csv.commit();
      jsonl.commit();
    }
  }

  private static ObjectNode put(ObjectNode o, Map<String, Object> props) {
    props.forEach(
        (k, v) -> {
          if (v instanceof Integer i) {
            o.put(k, i);
          } else if (v != null) {
            o.put(k, v.toString());
          }
        });
    return o;
  }
}
