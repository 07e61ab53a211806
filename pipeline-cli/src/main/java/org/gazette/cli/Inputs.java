package org.gazette.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands the command line's FILE|DIR arguments into input files, sorted, recursing into folders. */
final class Inputs {
  private Inputs() {}

  /** Files under {@code args}: folders recursively (only .txt and .pdf files there), files as given. */
  static List<Path> expand(List<Path> args) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : args) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile)
              .filter(f -> {
                String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".txt") || n.endsWith(".pdf");
              })
              .sorted()
              .forEach(out::add);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /** {@code 000_x.txt} → {@code 000_x.json}. */
  static String outputName(Path input) {
    String name = input.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return (dot > 0 ? name.substring(0, dot) : name) + ".json";
  }
}
