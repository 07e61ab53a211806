package org.gazette.ocr;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cancelled Tesseract page leaves no child process behind. */
class TesseractOcrTest {
  @Test
  void aCancelledPageKillsItsChild(@TempDir Path dir) throws Exception {
    Path fake = dir.resolve("tesseract");
    Files.writeString(fake, "#!/bin/sh\nexec sleep 60\n");
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
    TesseractOcr ocr = new TesseractOcr(fake.toString(), "chi_sim");
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread t =
        new Thread(
            () -> {
              try {
                ocr.recognize(new BufferedImage(50, 50, BufferedImage.TYPE_BYTE_GRAY));
              } catch (Exception e) {
                failure.set(e);
              }
            });
    t.start();
    Thread.sleep(500);
    t.interrupt();
    t.join(10_000);
    assertFalse(t.isAlive(), "recognize returned");
    assertTrue(
        failure.get() instanceof java.io.InterruptedIOException, String.valueOf(failure.get()));
    Thread.sleep(200);
    assertTrue(
        ProcessHandle.current().descendants().noneMatch(p -> p.isAlive()), "no child left running");
  }
}
