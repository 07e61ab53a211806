package org.gazette;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The bundled samples ({@code samples/*.txt} at the repository root) and their gold annotations.
 */
public final class Samples {
  private Samples() {}

  /** The samples folder: {@code samples/} of the repository (tests run in a module's folder). */
  public static Path folder() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("samples").resolve("gold"))) {
        return d.resolve("samples");
      }
    }
    throw new IllegalStateException("no samples/gold folder above " + dir);
  }

  /** Every sample file, sorted; never empty (a missing sample set fails loudly). */
  public static List<Path> all() {
    try (Stream<Path> s = Files.list(folder())) {
      List<Path> files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      if (files.isEmpty()) {
        throw new IllegalStateException("no samples found under test resources");
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The raw lines of a sample as the gold counts them (a final newline ends the last line). */
  public static List<String> lines(Path sample) {
    try {
      String text = Files.readString(sample, java.nio.charset.StandardCharsets.UTF_8);
      List<String> lines = new java.util.ArrayList<>(List.of(text.split("\n", -1)));
      if (text.endsWith("\n")) {
        lines.remove(lines.size() - 1);
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The gold file of {@code sample}. */
  public static Path gold(Path sample) {
    String name = sample.getFileName().toString().replaceFirst("\\.txt$", ".json");
    return folder().resolve("gold").resolve(name);
  }
}
