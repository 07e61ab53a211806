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
