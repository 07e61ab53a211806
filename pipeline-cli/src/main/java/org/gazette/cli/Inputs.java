package org.gazette.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.gazette.batch.BatchRunner;

/**
 * Expands the command line's FILE|DIR|- arguments into inputs: folders recursively (their *.txt and
 * *.pdf, sorted), files as given, {@code -} for a list of paths on standard input (one a line).
 * Each input gets an output name: a folder's files keep their path below the folder ({@code
 * 2023/issue-01.json}), a file given by itself its base name; clashes get {@code -2}, {@code -3}.
 */
final class Inputs {
  private Inputs() {}

  /** Inputs under {@code args}; {@code stdin} supplies the list for {@code -}. */
  static List<BatchRunner.Input> expand(List<Path> args, BufferedReader stdin) throws IOException {
    List<BatchRunner.Input> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Path p : args) {
      if (p.toString().equals("-")) {
        String line;
        while (stdin != null && (line = stdin.readLine()) != null) {
          if (!line.isBlank()) {
            Path f = Path.of(line.strip());
            out.add(new BatchRunner.Input(f, unique(names, outputName(f.getFileName()))));
          }
        }
      } else if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          for (Path f :
              s.filter(Files::isRegularFile).filter(Inputs::supported).sorted().toList()) {
            out.add(new BatchRunner.Input(f, unique(names, outputName(p.relativize(f)))));
          }
        }
      } else {
        out.add(new BatchRunner.Input(p, unique(names, outputName(p.getFileName()))));
      }
    }
    return out;
  }

  /** Files only, for commands that take no stdin list. */
  static List<Path> files(List<Path> args) throws IOException {
    return expand(args, null).stream().map(BatchRunner.Input::path).toList();
  }

  private static boolean supported(Path f) {
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".txt") || n.endsWith(".pdf");
  }

  /** {@code 000_x.txt} → {@code 000_x.json}; {@code 2023/a.pdf} → {@code 2023/a.json}. */
  static String outputName(Path relative) {
    String name = relative.toString().replace('\\', '/');
    int dot = name.lastIndexOf('.');
    int slash = name.lastIndexOf('/');
    return (dot > slash + 1 ? name.substring(0, dot) : name) + ".json";
  }

  private static String unique(Set<String> names, String name) {
    String n = name;
    for (int k = 2; !names.add(n); k++) {
      n = name.replaceFirst("\\.json$", "") + "-" + k + ".json";
    }
    return n;
  }
}
