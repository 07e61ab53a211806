package org.gazette.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Flat files other systems load as they are, rebuilt from the per-issue JSON outputs in input order
 * (so they are the same bytes however often a run was interrupted): {@code documents.jsonl} (one
 * document a line, with its issue's metadata), {@code documents.csv} (an index), and one CSV per
 * table under {@code tables/}.
 */
public final class Exports {
  /** Columns of documents.csv. */
  public static final List<String> COLUMNS =
      List.of(
          "issue",
          "id",
          "category",
          "docNumber",
          "title",
          "date",
          "signer",
          "startLine",
          "endLine",
          "startPage",
          "endPage");

  private Exports() {}

  /**
   * Writes the requested exports into {@code outDir}.
   *
   * @param outDir the output folder
   * @param issues the per-issue outputs (relative to {@code outDir}) in input order
   * @param jsonl whether to write documents.jsonl
   * @param csv whether to write documents.csv and the table CSVs
   * @return files written, relative to {@code outDir}
   */
  public static List<String> write(Path outDir, List<String> issues, boolean jsonl, boolean csv)
      throws IOException {
    List<String> written = new ArrayList<>();
    List<String> tables = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
    // streamed into temporary files, one issue at a time: memory stays flat whatever the batch
    try (AtomicFiles.Pending lines =
            jsonl ? AtomicFiles.start(outDir.resolve("documents.jsonl")) : null;
        AtomicFiles.Pending index =
            csv ? AtomicFiles.start(outDir.resolve("documents.csv")) : null;
        CSVPrinter printer = csv ? new CSVPrinter(index.writer(), format) : null) {
      for (String rel : issues) {
        JsonNode issue = Json.MAPPER.readTree(outDir.resolve(rel).toFile());
        String name = issueName(rel);
        for (JsonNode d : issue.get("documents")) {
          if (jsonl) {
            lines.writer().append(Json.compact(documentLine(name, issue, d))).append('\n');
          }
          if (csv) {
            JsonNode sp = d.get("sourceSpan");
            printer.printRecord(
                name,
                text(d, "id"),
                text(d, "category"),
                text(d, "docNumber"),
                text(d, "title"),
                text(d, "date"),
                text(d, "signer"),
                text(sp, "startLine"),
                text(sp, "endLine"),
                text(sp, "startPage"),
                text(sp, "endPage"));
            tables.addAll(tables(outDir, name, d));
          }
        }
      }
      if (csv) {
        printer.flush();
        index.commit();
        written.add("documents.csv");
      }
      if (jsonl) {
        lines.commit();
        written.add(0, "documents.jsonl");
      }
    }
    written.addAll(tables);
    return written;
  }

  /** The name of the issue whose output is {@code rel}: {@code 2023/a.json} → {@code 2023/a}. */
  public static String issueName(String rel) {
    return rel.replaceFirst("\\.json$", "");
  }

  /**
   * The lines {@code documents.jsonl} holds for {@code issue} (a per-issue output named {@code
   * name}): one compact JSON object per document, its issue's metadata first.
   */
  public static List<String> documentLines(String name, JsonNode issue) {
    List<String> out = new ArrayList<>();
    for (JsonNode d : issue.get("documents")) {
      out.add(Json.compact(documentLine(name, issue, d)));
    }
    return out;
  }

  /** A document with its issue's metadata first: issue, source path, gazette. */
  private static ObjectNode documentLine(String name, JsonNode issue, JsonNode d) {
    ObjectNode line = Json.MAPPER.createObjectNode();
    line.put("issue", name);
    line.put("sourcePath", issue.get("source").get("path").asText());
    line.set("gazette", issue.get("gazette"));
    d.fields().forEachRemaining(e -> line.set(e.getKey(), e.getValue()));
    return line;
  }

  private static List<String> tables(Path outDir, String issue, JsonNode d) throws IOException {
    List<String> out = new ArrayList<>();
    List<JsonNode> tables = TableGrids.tables(d);
    for (int t = 0; t < tables.size(); t++) {
      StringWriter w = new StringWriter();
      try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT)) {
        for (List<String> row : flat(tables.get(t))) {
          p.printRecord(row);
        }
      }
      String rel =
          String.format(
              Locale.ROOT,
              "tables/%s-%s-%d.csv",
              issue.replace('/', '_'),
              d.get("id").asText(),
              t + 1);
      AtomicFiles.write(outDir.resolve(rel), w.toString());
      out.add(rel);
    }
    return out;
  }

  /**
   * A table as a flat CSV grid: one header line (several header rows joined per column with {@code
   * /}, a merged header cell repeated over its columns, repeats within a column dropped: {@code
   * 完成时限/2021年}), then the body rows with every merged cell's text repeated over the positions it
   * covers, so that each line reads on its own.
   */
  static List<List<String>> flat(JsonNode table) {
    List<List<String>> expanded = TableGrids.expand(table.path("rows"), true);
    int columns = table.path("columns").asInt(0);
    for (List<String> row : expanded) {
      columns = Math.max(columns, row.size());
    }
    String[][] grid = new String[expanded.size()][columns];
    for (int r = 0; r < grid.length; r++) {
      List<String> row = expanded.get(r);
      for (int c = 0; c < row.size(); c++) {
        grid[r][c] = row.get(c);
      }
    }
    int head = Math.min(Math.max(1, table.path("headerRows").asInt(1)), grid.length);
    List<List<String>> out = new ArrayList<>();
    List<String> header = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      List<String> parts = new ArrayList<>();
      for (int h = 0; h < head; h++) {
        String v = grid[h][c] == null ? "" : grid[h][c];
        if (!v.isEmpty() && (parts.isEmpty() || !parts.get(parts.size() - 1).equals(v))) {
          parts.add(v);
        }
      }
      header.add(String.join("/", parts));
    }
    out.add(header);
    for (int i = head; i < grid.length; i++) {
      List<String> row = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        row.add(grid[i][c] == null ? "" : grid[i][c]);
      }
      out.add(row);
    }
    return out;
  }

  private static String text(JsonNode n, String key) {
    JsonNode v = n == null ? null : n.get(key);
    return v == null || v.isNull() ? "" : v.asText();
  }
}
