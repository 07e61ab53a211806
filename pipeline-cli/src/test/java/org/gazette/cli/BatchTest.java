package org.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gazette.batch.Manifest;
import org.gazette.batch.ManifestEntry;
import org.gazette.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archive conversion: manifest, resume, exports, stdin lists, and a kill -9 in the middle of a run.
 */
class BatchTest {
  private static final Path SAMPLES = Path.of("..", "samples");

  private static int run(String... args) {
    return GazetteCli.run(
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args);
  }

  /**
   * {@code copies} copies of each sample in nested folders, plus {@code broken} unreadable files.
   */
  private static Path archive(Path tmp, int copies, int broken) throws Exception {
    Path in = tmp.resolve("archive");
    List<Path> samples;
    try (Stream<Path> s = Files.list(SAMPLES)) {
      samples = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (int c = 0; c < copies; c++) {
      Path dir = Files.createDirectories(in.resolve(String.format(Locale.ROOT, "year-%02d", c)));
      for (Path p : samples) {
        Files.copy(p, dir.resolve(p.getFileName()));
      }
    }
    for (int b = 0; b < broken; b++) {
      Files.write(
          Files.createDirectories(in.resolve("broken")).resolve("bad-" + b + ".txt"),
          new byte[] {0, 1, 2, 0, 0, 3, 4, 5});
    }
    return in;
  }

  @Test
  void manifestAccountsForEveryInputAndRerunSkipsFinishedOnes(@TempDir Path tmp) throws Exception {
    Path in = archive(tmp, 2, 2);
    Path out = tmp.resolve("out");
    assertEquals(1, run("convert", in.toString(), "-o", out.toString(), "--jobs", "2", "-q"));
    Map<String, ManifestEntry> m = Manifest.read(out);
    assertEquals(10, m.size());
    assertEquals(2, m.values().stream().filter(e -> !e.ok()).count());
    assertTrue(
        m.values().stream()
            .filter(e -> !e.ok())
            .allMatch(e -> e.error().contains("not a text file")));
    assertTrue(Files.exists(out.resolve("year-01/002_cdcde2bea1578bee.json")));
    Map<String, byte[]> first = outputs(out);
    long lines = Files.readAllLines(out.resolve(Manifest.FILE)).size();
    StringWriter so = new StringWriter(); // the summary is on stderr
    assertEquals(
        1,
        GazetteCli.run(
            new PrintWriter(new StringWriter()),
            new PrintWriter(so),
            "convert",
            in.toString(),
            "-o",
            out.toString(),
            "--jobs",
            "2"));
    assertTrue(so.toString().contains("(10 unchanged, skipped)"), so.toString());
    assertEquals(
        lines,
        Files.readAllLines(out.resolve(Manifest.FILE)).size(),
        "nothing redone, nothing appended");
    assertEquals(1, run("convert", in.toString(), "-o", out.toString(), "--force", "-q"));
    assertEquals(lines + 10, Files.readAllLines(out.resolve(Manifest.FILE)).size());
    Map<String, byte[]> again = outputs(out);
    assertEquals(first.keySet(), again.keySet());
    first.forEach((k, v) -> assertArrayEquals(v, again.get(k), k + " is deterministic"));
  }

  @Test
  void pathsFromStdin(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("out");
    String list =
        SAMPLES.resolve("001_17a974d05048ca79.txt")
            + "\n\n"
            + SAMPLES.resolve("003_9d7d80203a05b1c2.txt")
            + "\n";
    InputStream stdin = System.in;
    try {
      System.setIn(new ByteArrayInputStream(list.getBytes(StandardCharsets.UTF_8)));
      assertEquals(0, run("convert", "-", "-o", out.toString(), "-q"));
    } finally {
      System.setIn(stdin);
    }
    assertTrue(Files.exists(out.resolve("001_17a974d05048ca79.json")));
    assertTrue(Files.exists(out.resolve("003_9d7d80203a05b1c2.json")));
  }

  @Test
  void duckDbReadsTheSameRowsFromJsonlAndCsv(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("out");
    assertEquals(
        0, run("convert", SAMPLES.toString(), "-o", out.toString(), "--jsonl", "--csv", "-q"));
    List<String> fromJsonl = new ArrayList<>();
    List<String> fromCsv = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      String cols =
          "issue, id, coalesce(docNumber, ''), title, coalesce(CAST(date AS VARCHAR), '')";
      try (ResultSet rs =
          st.executeQuery(
              "SELECT "
                  + cols
                  + " FROM read_json_auto('"
                  + out.resolve("documents.jsonl")
                  + "', format='newline_delimited') ORDER BY issue, id")) {
        while (rs.next()) {
          fromJsonl.add(
              rs.getString(1)
                  + "|"
                  + rs.getString(2)
                  + "|"
                  + rs.getString(3)
                  + "|"
                  + rs.getString(4)
                  + "|"
                  + rs.getString(5));
        }
      }
      try (ResultSet rs =
          st.executeQuery(
              "SELECT "
                  + cols
                  + " FROM read_csv_auto('"
                  + out.resolve("documents.csv")
                  + "', header=true, all_varchar=true) ORDER BY issue, id")) {
        while (rs.next()) {
          fromCsv.add(
              rs.getString(1)
                  + "|"
                  + rs.getString(2)
                  + "|"
                  + rs.getString(3)
                  + "|"
                  + rs.getString(4)
                  + "|"
                  + rs.getString(5));
        }
      }
    }
    assertEquals(50, fromJsonl.size());
    assertEquals(fromJsonl, fromCsv);
    assertTrue(
        fromCsv.contains(
            "001_17a974d05048ca79|doc-001|稷政发〔2023〕11号|稷山县人民政府关于推进气象高质量发展的实施意见|2023-07-25"),
        fromCsv.toString());
    try (Stream<Path> s = Files.list(out.resolve("tables"))) {
      assertTrue(s.count() >= 2, "one CSV per table");
    }
  }

  @Test
  void duckDbReadsEveryTableCsvAsItsTable(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("out");
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.copy(SAMPLES.resolve("001_17a974d05048ca79.txt"), in.resolve("001_17a974d05048ca79.txt"));
    Files.copy(SAMPLES.resolve("002_cdcde2bea1578bee.txt"), in.resolve("002_cdcde2bea1578bee.txt"));
    assertEquals(0, run("convert", in.toString(), "-o", out.toString(), "--csv", "-q"));
    List<Path> csvs;
    try (Stream<Path> s = Files.list(out.resolve("tables"))) {
      csvs = s.sorted().toList();
    }
    assertEquals(9, csvs.size(), csvs.toString()); // the samples' nine tables
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      for (Path csv : csvs) {
        // as it is: DuckDB's own sniffing, only told that every column is text
        List<String> lines = Files.readAllLines(csv);
        try (ResultSet rs =
            st.executeQuery(
                "SELECT * FROM read_csv_auto('" + csv + "', header=true, all_varchar=true)")) {
          int columns = rs.getMetaData().getColumnCount();
          int rows = 0;
          while (rs.next()) {
            rows++;
          }
          String header = lines.get(0);
          assertEquals(
              header.split(",", -1).length, columns, csv.getFileName() + ": columns of " + header);
          assertEquals(
              org.apache.commons.csv.CSVFormat.DEFAULT
                      .parse(new java.io.StringReader(Files.readString(csv)))
                      .getRecords()
                      .size()
                  - 1,
              rows,
              csv.getFileName() + ": rows");
        }
      }
      try (ResultSet rs =
          st.executeQuery(
              "SELECT \"单位\", \"煤改电\" FROM read_csv_auto('"
                  + out.resolve("tables/002_cdcde2bea1578bee-doc-014-1.csv")
                  + "', header=true, all_varchar=true) WHERE \"单位\" = '稷峰镇'")) {
        assertTrue(rs.next());
        assertEquals("300", rs.getString(2));
      }
    }
  }

  @Test
  void killedRunResumesToByteIdenticalOutputs(@TempDir Path tmp) throws Exception {
    Path in = archive(tmp, 6, 1);
    Path reference = tmp.resolve("reference");
    assertEquals(
        1,
        run(
            "convert",
            in.toString(),
            "-o",
            reference.toString(),
            "--jobs",
            "2",
            "-q",
            "--jsonl",
            "--csv"));
    Path out = tmp.resolve("out");
    Process p =
        new ProcessBuilder(
                javaBin(),
                "-cp",
                System.getProperty("java.class.path"),
                GazetteCli.class.getName(),
                "convert",
                in.toString(),
                "-o",
                out.toString(),
                "--jobs",
                "2",
                "-q",
                "--jsonl",
                "--csv")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline && Manifest.read(out).size() < 5 && p.isAlive()) {
      Thread.sleep(20);
    }
    p.destroyForcibly().waitFor();
    int finished = (int) Manifest.read(out).values().stream().filter(ManifestEntry::ok).count();
    assertTrue(finished < 24, "killed before the end (" + finished + " done)");
    StringWriter so = new StringWriter(); // the summary is on stderr
    assertEquals(
        1,
        GazetteCli.run(
            new PrintWriter(new StringWriter()),
            new PrintWriter(so),
            "convert",
            in.toString(),
            "-o",
            out.toString(),
            "--jobs",
            "2",
            "--jsonl",
            "--csv"));
    java.util.regex.Matcher skipped =
        java.util.regex.Pattern.compile("\\((\\d+) unchanged, skipped\\)").matcher(so.toString());
    assertTrue(skipped.find(), so.toString());
    assertTrue(Integer.parseInt(skipped.group(1)) >= finished, "nothing finished is redone: " + so);
    Map<String, byte[]> a = outputs(reference);
    Map<String, byte[]> b = outputs(out);
    assertEquals(a.keySet(), b.keySet());
    a.forEach((k, v) -> assertArrayEquals(v, b.get(k), k + " differs after kill and rerun"));
    assertEquals(25, Manifest.read(out).size(), "every input accounted for");
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Every output file but the manifest (which holds timings), by relative path. */
  private static Map<String, byte[]> outputs(Path out) throws Exception {
    Map<String, byte[]> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(out)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        String rel = out.relativize(f).toString();
        if (!rel.equals(Manifest.FILE)) {
          m.put(rel, Files.readAllBytes(f));
        }
      }
    }
    return m;
  }

  static JsonNode read(Path p) throws Exception {
    return Json.MAPPER.readTree(p.toFile());
  }
}
