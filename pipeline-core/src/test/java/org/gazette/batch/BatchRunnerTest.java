package org.gazette.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gazette.Pipeline;
import org.gazette.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunnerTest {
  @Test
  void aSlowInputTimesOutAndTheOthersStillConvert(@TempDir Path tmp) throws Exception {
    Pipeline real = new Pipeline();
    BatchRunner.Converter slowOnOne =
        (bytes, label) -> {
          if (label.contains("slow")) {
            try {
              Thread.sleep(10_000);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          return real.convert(bytes, label);
        };
    Path slow = Files.copy(Samples.all().get(1), tmp.resolve("slow.txt"));
    Path fast = Files.copy(Samples.all().get(3), tmp.resolve("fast.txt"));
    Path out = tmp.resolve("out");
    List<ManifestEntry> heard = new ArrayList<>();
    BatchRunner runner =
        new BatchRunner(slowOnOne, new BatchRunner.Options(out, 2, Duration.ofSeconds(2), false));
    long t0 = System.nanoTime();
    BatchRunner.Summary s =
        runner.run(
            List.of(
                new BatchRunner.Input(slow, "slow.json"), new BatchRunner.Input(fast, "fast.json")),
            (e, skipped) -> {
              synchronized (heard) {
                heard.add(e);
              }
            });
    assertTrue((System.nanoTime() - t0) / 1e9 < 8, "the batch does not wait for the slow input");
    assertEquals(1, s.failed());
    assertEquals("failed", s.entries().get(0).status());
    assertTrue(s.entries().get(0).error().contains("timed out"), s.entries().get(0).error());
    assertEquals("ok", s.entries().get(1).status());
    assertTrue(Files.exists(out.resolve("fast.json")));
    assertEquals(2, heard.size());
    assertEquals(2, Manifest.read(out).size());
  }

  @Test
  void anInputTooBigForTheHeapFailsAloneAndTheOthersStillConvert(@TempDir Path tmp)
      throws Exception {
    Pipeline real = new Pipeline();
    BatchRunner.Converter hugeOnOne =
        (bytes, label) -> {
          if (label.contains("huge")) {
            throw new OutOfMemoryError("Java heap space");
          }
          return real.convert(bytes, label);
        };
    Path huge = Files.copy(Samples.all().get(1), tmp.resolve("huge.txt"));
    Path fine = Files.copy(Samples.all().get(3), tmp.resolve("fine.txt"));
    Path out = tmp.resolve("out");
    BatchRunner.Summary s =
        new BatchRunner(hugeOnOne, new BatchRunner.Options(out, 1, Duration.ofSeconds(60), false))
            .run(
                List.of(
                    new BatchRunner.Input(huge, "huge.json"),
                    new BatchRunner.Input(fine, "fine.json")),
                (e, skipped) -> {});
    assertEquals(1, s.failed());
    assertTrue(s.entries().get(0).error().startsWith("out of memory"), s.entries().get(0).error());
    assertEquals("ok", s.entries().get(1).status());
    assertTrue(Files.exists(out.resolve("fine.json")));
  }

  @Test
  void aTornLastManifestLineCountsAsNotDone(@TempDir Path tmp) throws Exception {
    Files.writeString(
        tmp.resolve(Manifest.FILE),
        "{\"input\":\"a.txt\",\"sha256\":\"x\",\"version\":\"v\",\"status\":\"ok\","
            + "\"outputs\":[],\"error\":null,\"millis\":1,\"documents\":1,\"pages\":null,\"furniture\":0,\"warnings\":0}\n"
            + "{\"input\":\"b.txt\",\"sha2");
    assertEquals(List.of("a.txt"), List.copyOf(Manifest.read(tmp).keySet()));
  }
}
