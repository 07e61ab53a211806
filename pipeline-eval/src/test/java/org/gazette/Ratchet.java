package org.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.gazette.batch.OutputNames;
import org.gazette.eval.CorpusReport;
import org.gazette.io.AtomicFiles;
import org.gazette.io.Json;
import org.gazette.model.IssueResult;
import org.gazette.model.PageInfo;
import org.gazette.model.PipelineException;

/**
 * What the ratchet tests share: converting a folder's inputs, and comparing scores with the ones
 * recorded (a fall fails, a rise must be recorded on purpose with {@code -Dcorpus.update=true}).
 */
final class Ratchet {
  private Ratchet() {}

  /** The TXT, Markdown and PDF inputs of {@code docs} that {@code keep} accepts, sorted. */
  static List<Path> inputs(Path docs, Predicate<Path> keep) throws IOException {
    try (Stream<Path> s = Files.list(docs)) {
      return s.filter(p -> OutputNames.supported(p.getFileName().toString()))
          .filter(keep)
          .sorted()
          .toList();
    }
  }

  /** An input's name without its extension: the name of its output and of its gold file. */
  static String stem(Path p) {
    return OutputNames.of(p.getFileName().toString()).replaceFirst("\\.json$", "");
  }

  /**
   * Converts {@code inputs} into {@code out} ({@code <stem>.json} each); returns the stems of those
   * with pages read by OCR.
   */
  static Set<String> convert(List<Path> inputs, Path out) throws IOException, PipelineException {
    Pipeline pipeline = new Pipeline();
    Set<String> ocred = new HashSet<>();
    for (Path in : inputs) {
      IssueResult r = pipeline.convert(in);
      Files.writeString(out.resolve(stem(in) + ".json"), Json.pretty(r));
      if (r.pages() != null
          && r.pages().stream().anyMatch(p -> p.textSource() == PageInfo.TextSource.OCR)) {
        ocred.add(stem(in));
      }
    }
    return ocred;
  }

  /**
   * Records {@code now} in {@code scores} with {@code -Dcorpus.update=true}; else fails on a score
   * below the recorded one (less {@code slack} for a source) or above it. {@code table} is the
   * printed report, shown with a failure.
   */
  static void check(Path scores, ObjectNode now, String table, ToDoubleFunction<String> slack)
      throws IOException {
    if (Boolean.getBoolean("corpus.update")) {
      AtomicFiles.write(scores, Json.pretty(now));
      return;
    }
    JsonNode before = Json.MAPPER.readTree(scores.toFile());
    assertEquals(
        List.of(),
        CorpusReport.regressions(before, now, slack),
        "regressions against " + scores + "\n" + table);
    assertEquals(
        List.of(),
        CorpusReport.regressions(now, before),
        "scores rose (or sources were added): record them with -Dcorpus.update=true and review the"
            + " diff\n"
            + table);
  }
}
