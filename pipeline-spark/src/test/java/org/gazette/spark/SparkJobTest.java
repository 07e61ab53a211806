package org.gazette.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.gazette.Samples;
import org.gazette.cli.GazetteCli;
import org.gazette.io.Json;
import org.gazette.pdf.OcrMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in local mode on two cores, on the samples, a scanned PDF (OCR'd) and a broken file,
 * against the CLI on the same folder: the same issue JSON byte for byte, the same documents.jsonl
 * record for record, Parquet that DuckDB reads as it is, the broken file a failure row, and a rerun
 * that skips everything.
 */
class SparkJobTest {
  @TempDir static Path tmp;

  static Path in;
  static Path cli;
  static Path out;
  static SparkSession spark;
  static ConvertJob.Summary first;

  @BeforeAll
  static void run() throws IOException {
    in = tmp.resolve("in");
    Files.createDirectories(in.resolve("scans"));
    for (Path sample : Samples.all()) {
      Files.copy(sample, in.resolve(sample.getFileName()));
    }
    Path scan =
        Samples.folder()
            .resolveSibling(
                "pipeline-core/src/test/resources/shared-pdfs/sample002-scanned-degraded.pdf");
    Files.copy(scan, in.resolve("scans/scanned.pdf"));
    Files.write(
        in.resolve("scans/broken.pdf"),
        "%PDF-1.7\nnot a pdf at all".getBytes(StandardCharsets.US_ASCII));

    cli = tmp.resolve("cli");
    StringWriter err = new StringWriter();
    int code =
        GazetteCli.run(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            "convert",
            in.toString(),
            "-o",
            cli.toString(),
            "--jsonl",
            "-q");
    assertEquals(1, code, "the CLI reports the broken file: " + err); // some failed

    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("gazette-test")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate();
    out = tmp.resolve("spark");
    first = ConvertJob.run(spark, settings(false));
  }

  @AfterAll
  static void stop() throws IOException {
    if (spark != null) {
      spark.close();
    }
  }

  static Settings settings(boolean force) {
    return new Settings(
        List.of(in.toString()), out.toString(), force, OcrMode.AUTO, "paddle", false, 300);
  }

  @Test
  void everyIssueIsTheClisByteForByte() throws IOException {
    List<Path> mine = files(out.resolve(ConvertJob.ISSUES), ".json");
    assertEquals(5, mine.size(), "4 samples and the scan: " + mine);
    for (Path p : mine) {
      String rel = out.resolve(ConvertJob.ISSUES).relativize(p).toString();
      assertEquals(Files.readString(cli.resolve(rel)), Files.readString(p), rel);
    }
    assertTrue(
        Files.readString(out.resolve("issues/scans/scanned.json"))
            .contains("\"format\" : \"pdf\""));
  }

  @Test
  void documentsAreTheClisRecordForRecord() throws IOException {
    List<String> expected = Files.readAllLines(cli.resolve("documents.jsonl"));
    assertTrue(
        expected.size() > 50, "samples hold 50 documents, the scan more: " + expected.size());
    assertEquals(expected, jsonl());
    assertEquals(expected.size(), first.documents());
  }

  @Test
  void parquetLoadsInDuckDb() throws Exception {
    Map<String, String> titles = new HashMap<>();
    for (String line : jsonl()) {
      var d = Json.MAPPER.readTree(line);
      titles.put(d.get("issue").asText() + "/" + d.get("id").asText(), d.get("title").asText());
    }
    String glob = out.resolve("documents/parquet/*.parquet").toString();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT issue, id, title, gazette.name, len(body), sourceSpan.startLine"
                    + " FROM read_parquet('"
                    + glob
                    + "')")) {
      int rows = 0;
      while (rs.next()) {
        rows++;
        assertEquals(titles.get(rs.getString(1) + "/" + rs.getString(2)), rs.getString(3));
        assertTrue(rs.getInt(6) >= 1);
      }
      assertEquals(titles.size(), rows);
    }
  }

  @Test
  void aBrokenInputIsAFailureRowAndTheJobGoesOn() throws IOException {
    assertEquals(6, first.entries().size());
    assertEquals(1, first.failed());
    List<String> rows = new ArrayList<>();
    for (Path p : files(out.resolve(ConvertJob.FAILURES), ".json")) {
      rows.addAll(Files.readAllLines(p));
    }
    assertEquals(1, rows.size(), rows.toString());
    var row = Json.MAPPER.readTree(rows.get(0));
    assertEquals(in.resolve("scans/broken.pdf").toString(), row.get("input").asText());
    assertTrue(row.get("reason").asText().contains("PDF"), row.toString());
  }

  @Test
  void aRerunSkipsWhatWasDone() throws IOException {
    Path issue = out.resolve("issues/000_2f4097cb1dcd751f.json");
    FileTime before = Files.getLastModifiedTime(issue);
    ConvertJob.Summary again = ConvertJob.run(spark, settings(false));
    assertEquals(6, again.skipped(), "converted and failed inputs alike");
    assertEquals(before, Files.getLastModifiedTime(issue));
    assertEquals(first.documents(), again.documents());
    assertEquals(Files.readAllLines(cli.resolve("documents.jsonl")), jsonl());
  }

  /** The documents' JSON Lines, part files in order. */
  static List<String> jsonl() throws IOException {
    List<String> lines = new ArrayList<>();
    for (Path p : files(out.resolve("documents/jsonl"), ".txt")) {
      lines.addAll(Files.readAllLines(p));
    }
    return lines;
  }

  static List<Path> files(Path dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix))
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    }
  }
}
