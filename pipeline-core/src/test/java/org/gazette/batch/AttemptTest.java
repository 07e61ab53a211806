package org.gazette.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.gazette.Pipeline;
import org.gazette.Samples;
import org.gazette.model.Cancel;
import org.junit.jupiter.api.Test;

class AttemptTest {
  /** The four samples twenty times over: 14 MB, many seconds of work. */
  private static byte[] bigIssue() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < 20; i++) {
      for (Path p : Samples.all()) {
        out.write(Files.readAllBytes(p));
      }
    }
    return out.toByteArray();
  }

  @Test
  void aTimedOutConversionStopsWorkingInsteadOfRunningOnUnseen() throws Exception {
    Pipeline pipeline = new Pipeline();
    AtomicReference<Throwable> ended = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(1);
    BatchRunner.Converter watched =
        (bytes, label) -> {
          try {
            return pipeline.convert(bytes, label);
          } catch (RuntimeException | Error e) {
            ended.set(e);
            throw e;
          } finally {
            done.countDown();
          }
        };
    ExecutorService timed = Executors.newSingleThreadExecutor();
    try {
      Attempt a = Attempt.run(watched, bigIssue(), "big.txt", Duration.ofMillis(300), timed);
      assertFalse(a.ok());
      assertTrue(a.error().startsWith("timed out"), a.error());
      // the conversion notices the interrupt in its next loop and gives its thread back
      assertTrue(done.await(5, TimeUnit.SECONDS), "the timed-out conversion is still running");
      assertInstanceOf(Cancel.Cancelled.class, ended.get());
      assertEquals("free", timed.submit(() -> "free").get(5, TimeUnit.SECONDS));
    } finally {
      timed.shutdownNow();
    }
  }

  @Test
  void aConversionLeftAloneStillFinishes() throws Exception {
    ExecutorService timed = Executors.newSingleThreadExecutor();
    try {
      Pipeline pipeline = new Pipeline();
      Attempt a =
          Attempt.run(
              pipeline::convert,
              Files.readAllBytes(Samples.all().get(3)),
              "003.txt",
              Duration.ofSeconds(60),
              timed);
      assertTrue(a.ok(), a.error());
    } finally {
      timed.shutdownNow();
    }
  }
}
