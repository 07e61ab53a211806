package org.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gazette.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteCliTest {
  private static final Path SAMPLES = Path.of("..", "samples");

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void helpGoesToStdoutWithExitCodes() {
    CliRun r = run("--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("convert"), r.out());
    assertTrue(r.out().contains("Exit codes"), r.out());
    CliRun c = run("convert", "--help");
    assertEquals(0, c.code());
    assertTrue(c.out().contains("-o, --output"));
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRun r = run("convert", "--no-such-option", "x");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("no-such-option"), r.err());
  }

  @Test
  void convertsAFolderWithOneBrokenFileAndReportsIt(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    try (Stream<Path> s = Files.list(SAMPLES)) {
      for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().limit(2).toList()) {
        Files.copy(p, in.resolve(p.getFileName()));
      }
    }
    Files.write(
        in.resolve("broken.txt"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 0, 7, 8, 9, 0, 0});
    Files.write(in.resolve("empty.txt"), new byte[0]);
    String gbk =
        Files.readString(SAMPLES.resolve("003_9d7d80203a05b1c2.txt"), StandardCharsets.UTF_8);
    Files.write(in.resolve("gbk-copy.txt"), gbk.getBytes(Charset.forName("GBK")));
    Path out = tmp.resolve("out");
    CliRun r = run("convert", in.toString(), "-o", out.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("broken.txt: error: not a text file"), r.err());
    assertTrue(r.err().contains("empty.txt: error: empty file"), r.err());
    assertTrue(r.err().contains("converted 3 of 5 files"), r.err());
    assertEquals("", r.out(), "convert writes files; stdout stays empty");
    assertFalse(Files.exists(out.resolve("broken.json")));
    JsonNode gb = Json.MAPPER.readTree(out.resolve("gbk-copy.json").toFile());
    assertEquals("GB18030", gb.get("source").get("encoding").asText());
    assertEquals(11, gb.get("documents").size());
    try (Stream<Path> s = Files.list(out)) {
      List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
      assertEquals(
          List.of(
              "000_2f4097cb1dcd751f.json",
              "001_17a974d05048ca79.json",
              "gbk-copy.json",
              "manifest.jsonl"),
          names,
          "no temporary files left behind");
    }
  }

  @Test
  void validateAcceptsOwnOutputAndRejectsATamperedOne(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("out");
    assertEquals(
        0,
        run(
                "convert",
                SAMPLES.resolve("001_17a974d05048ca79.txt").toString(),
                "-o",
                out.toString(),
                "-q")
            .code());
    Path json = out.resolve("001_17a974d05048ca79.json");
    assertEquals(0, run("validate", json.toString()).code());
    Files.writeString(
        json,
        Files.readString(json).replace("\"date\" : \"2023-07-25\"", "\"date\" : \"25.7.2023\""));
    CliRun r = run("validate", json.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("/documents/0/date"), r.err());
  }

  @Test
  void benchPrintsAStageTable() {
    CliRun r =
        run(
            "bench",
            SAMPLES.resolve("003_9d7d80203a05b1c2.txt").toString(),
            "--warmup",
            "1",
            "--runs",
            "1");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("reflow"), r.out());
    assertTrue(r.out().contains("MB/s"), r.out());
  }

  @Test
  void anInternalErrorExitsWith3AndItsStackTraceOnStderr() {
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    picocli.CommandLine cli = new picocli.CommandLine(new GazetteCli());
    cli.addSubcommand("boom", new Boom());
    int code =
        GazetteCli.run(cli, new java.io.PrintWriter(out), new java.io.PrintWriter(err), "boom");
    assertEquals(GazetteCli.INTERNAL, code);
    assertTrue(err.toString().contains("internal error: java.lang.IllegalStateException: a bug"));
    assertTrue(err.toString().contains("\tat "), "stack trace: " + err);
    assertEquals("", out.toString());
  }

  /** A command with a bug. */
  @picocli.CommandLine.Command(name = "boom")
  static final class Boom implements java.util.concurrent.Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("a bug");
    }
  }
}
