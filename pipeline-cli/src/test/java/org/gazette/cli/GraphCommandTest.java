package org.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gazette graph} over the converted samples, read back by DuckDB. */
class GraphCommandTest {
  private static final Path SAMPLES = Path.of("..", "samples");

  private static int run(StringWriter out, String... args) {
    return GazetteCli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args);
  }

  private static long count(Statement st, String sql) throws Exception {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void duckDbReadsTheGraphAndEveryEdgeEndIsANode(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("out");
    assertEquals(
        0, run(new StringWriter(), "convert", SAMPLES.toString(), "-o", out.toString(), "-q"));
    StringWriter said = new StringWriter();
    assertEquals(0, run(said, "graph", out.toString()));
    assertTrue(said.toString().contains("50 documents"), said.toString());
    Path g = out.resolve("graph");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      String nodes = "read_csv_auto('" + g.resolve("nodes.csv") + "', all_varchar=true)";
      String edges = "read_csv_auto('" + g.resolve("edges.csv") + "', all_varchar=true)";
      long n = count(st, "SELECT count(*) FROM " + nodes);
      long e = count(st, "SELECT count(*) FROM " + edges);
      assertEquals(Files.readAllLines(g.resolve("nodes.jsonl")).size(), n);
      assertEquals(Files.readAllLines(g.resolve("edges.jsonl")).size(), e);
      assertEquals(
          50, count(st, "SELECT count(*) FROM " + nodes + " WHERE \":LABEL\" = 'Document'"));
      assertTrue(
          count(st, "SELECT count(*) FROM " + edges + " WHERE \":TYPE\" = 'APPOINTS'") >= 20);
      assertEquals(
          0,
          count(
              st,
              "SELECT count(*) FROM "
                  + edges
                  + " e WHERE NOT EXISTS (SELECT 1 FROM "
                  + nodes
                  + " n WHERE n.\"id:ID\" = e.\":START_ID\")"
                  + " OR NOT EXISTS (SELECT 1 FROM "
                  + nodes
                  + " n WHERE n.\"id:ID\" = e.\":END_ID\")"));
      long unresolved =
          count(st, "SELECT count(*) FROM read_csv_auto('" + g.resolve("unresolved.csv") + "')");
      assertEquals(Files.readAllLines(g.resolve("unresolved.jsonl")).size(), unresolved);
    }
  }

  @Test
  void aMissingFolderIsAClearError(@TempDir Path tmp) {
    assertEquals(1, run(new StringWriter(), "graph", tmp.resolve("nothing").toString()));
  }
}
