package org.gazette.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.gazette.Pipeline;
import org.gazette.io.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code gazette validate out/}: schema-validates existing output files. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Validates existing output JSON files against the schemas.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:all valid", "1:some file invalid or unreadable", "2:usage error"})
final class ValidateCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "OUTPUT", description = "Output .json files or folders.")
  List<Path> inputs;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> files = new ArrayList<>();
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(f -> f.toString().endsWith(".json")).sorted().forEach(files::add);
        }
      } else {
        files.add(p);
      }
    }
    Pipeline pipeline = new Pipeline();
    int bad = 0;
    for (Path f : files) {
      try {
        JsonNode tree = Json.MAPPER.readTree(f.toFile());
        List<String> problems = pipeline.problems(tree);
        if (problems.isEmpty()) {
          out.println(f + ": valid");
        } else {
          bad++;
          problems.forEach(p -> err.println(f + ": error: " + p));
        }
      } catch (IOException e) {
        bad++;
        err.println(f + ": error: not JSON: " + e.getMessage());
      }
    }
    return bad > 0 ? GazetteCli.SOME_FAILED : 0;
  }
}
