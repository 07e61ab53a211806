package org.gazette.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Atomic writes and what an interrupted writer leaves behind. */
class AtomicFilesTest {
  @Test
  void leftoversOfAKilledWriterAreRemovedAndNothingElse(@TempDir Path dir) throws Exception {
    AtomicFiles.write(dir.resolve("year-01/a.json"), "{}");
    Path stale = dir.resolve("year-01/.a.json.7950906458651601849.tmp");
    Files.writeString(stale, "{\"half");
    Path mine = dir.resolve("year-01/notes.tmp");
    Files.writeString(mine, "a user's file");
    assertEquals(1, AtomicFiles.removeLeftovers(dir));
    assertFalse(Files.exists(stale));
    assertTrue(Files.exists(mine));
    assertEquals("{}", Files.readString(dir.resolve("year-01/a.json")));
  }

  @Test
  void aStreamedFileReplacesItsTargetOnlyWhenCommitted(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("documents.jsonl");
    AtomicFiles.write(target, "old\n");
    try (AtomicFiles.Pending p = AtomicFiles.start(target)) {
      p.writer().write("half");
      // not committed: an error on the way leaves the old content and no temporary file
    }
    assertEquals("old\n", Files.readString(target));
    assertEquals(0, AtomicFiles.removeLeftovers(dir));
    try (AtomicFiles.Pending p = AtomicFiles.start(target)) {
      p.writer().write("new\n");
      p.commit();
    }
    assertEquals("new\n", Files.readString(target));
  }
}
