package org.gazette.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a file so that readers see either the old content or the whole new content, never a part.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes {@code text} as UTF-8 to a temporary file beside {@code target}, then renames it. */
  public static void write(Path target, String text) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * A file being written beside its target, streamed, and put in place whole by {@link #commit};
   * closed without a commit, it leaves the target as it was.
   */
  public static final class Pending implements AutoCloseable {
    private final Path target;
    private final Path tmp;
    private final java.io.BufferedWriter writer;
    private boolean committed;

    private Pending(Path target) throws IOException {
      this.target = target;
      Path dir = target.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      this.tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
      this.writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
    }

    /** Where to write the content. */
    public java.io.Writer writer() {
      return writer;
    }

    /** Puts the written content in place of the target. */
    public void commit() throws IOException {
      writer.close();
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      committed = true;
    }

    @Override
    public void close() throws IOException {
      if (!committed) {
        writer.close();
        Files.deleteIfExists(tmp);
      }
    }
  }

  /** Starts writing {@code target} atomically: stream into the writer, then commit. */
  public static Pending start(Path target) throws IOException {
    return new Pending(target);
  }

  /** The temporary files {@link #write} makes: {@code .name.json.123456.tmp}. */
  private static final java.util.regex.Pattern TEMP =
      java.util.regex.Pattern.compile("^\\..+\\.\\d+\\.tmp$");

  /**
   * Deletes the temporary files that a writer killed between writing and renaming left under {@code
   * dir} (a run that was interrupted); returns how many.
   */
  public static int removeLeftovers(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    List<Path> stale;
    try (Stream<Path> s = Files.walk(dir)) {
      stale =
          s.filter(Files::isRegularFile)
              .filter(p -> TEMP.matcher(p.getFileName().toString()).matches())
              .toList();
    }
    for (Path p : stale) {
      Files.deleteIfExists(p);
    }
    return stale.size();
  }
}
