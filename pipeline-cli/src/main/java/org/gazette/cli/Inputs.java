package org.gazette.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gazette.batch.BatchRunner;
import org.gazette.batch.OutputNames;

/**
 * Expands the command line's FILE|DIR|- arguments into inputs: folders recursively (their *.txt,
 * *.md and *.pdf, sorted), files as given, {@code -} for a list of paths on standard input (one a
 * line). Each input gets an output name: a folder's files keep their path below the folder ({@code
 * 2023/issue-01.json}), a file given by itself its base name; clashes get {@code -2}, {@code -3}.
 */
final class Inputs {
  private Inputs() {}

  /** Inputs under {@code args}; {@code stdin} supplies the list for {@code -}. */
  static List<BatchRunner.Input> expand(List<Path> args, BufferedReader stdin) throws IOException {
    List<BatchRunner.Input> out = new ArrayList<>();
    OutputNames names = new OutputNames();
    for (Path p : args) {
      if (p.toString().equals("-")) {
        String line;
        while (stdin != null && (line = stdin.readLine()) != null) {
          if (!line.isBlank()) {
            Path f = Path.of(line.strip());
            out.add(new BatchRunner.Input(f, names.next(f.getFileName().toString())));
          }
        }
      } else if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          for (Path f :
              s.filter(Files::isRegularFile).filter(Inputs::supported).sorted().toList()) {
            out.add(new BatchRunner.Input(f, names.next(p.relativize(f).toString())));
          }
        }
      } else {
        out.add(new BatchRunner.Input(p, names.next(p.getFileName().toString())));
      }
    }
    return out;
  }

  /** Files only, for commands that take no stdin list. */
  static List<Path> files(List<Path> args) throws IOException {
    return expand(args, null).stream().map(BatchRunner.Input::path).toList();
  }

  private static boolean supported(Path f) {
    return OutputNames.supported(f.getFileName().toString());
  }
}
