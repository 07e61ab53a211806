package org.gazette.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gazette.Pipeline;
import org.gazette.batch.BatchRunner;
import org.gazette.batch.ManifestEntry;
import org.gazette.io.Exports;
import org.gazette.ocr.OcrEngine;
import org.gazette.ocr.OcrEngines;
import org.gazette.pdf.OcrMode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gazette convert samples/ -o out/}: one validated JSON file per input issue. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Converts gazette issues (PDF, scanned PDF via OCR, TXT in UTF-8, UTF-16 or GB18030/GBK)",
      "to one JSON file each, in parallel, resumably: OUT/manifest.jsonl records every input, and a",
      "rerun skips inputs whose content and pipeline version are unchanged.",
      "A broken input is reported and recorded; the others are still converted."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:all inputs converted", "1:some input failed", "2:usage error"})
final class ConvertCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|DIR|-",
      description =
          "Issue files, folders (searched recursively for *.txt, *.md and *.pdf), or - for a list of paths on"
              + " stdin.")
  List<Path> inputs;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      defaultValue = "out",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(
      names = "--jobs",
      paramLabel = "N",
      description = "Inputs converted at once (default: the number of cores).")
  Integer jobs;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "600",
      description =
          "Time limit per input; a slower input is recorded as failed (default: ${DEFAULT-VALUE}).")
  long timeout;

  @Option(names = "--force", description = "Redo every input, even those the manifest has as done.")
  boolean force;

  @Option(
      names = "--jsonl",
      description =
          "Also write OUT/documents.jsonl: one document a line, with its issue's metadata.")
  boolean jsonl;

  @Option(
      names = "--csv",
      description = "Also write OUT/documents.csv (an index of documents) and OUT/tables/*.csv.")
  boolean csv;

  @Option(
      names = "--entities",
      description =
          "Also find each document's organisations, persons and places (rules, then HanLP for the"
              + " names they miss; slower).")
  boolean entities;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print errors only.")
  boolean quiet;

  @Option(
      names = "--ocr",
      paramLabel = "MODE",
      defaultValue = "auto",
      description =
          "OCR PDF pages: auto (pages without a usable text layer), always, never (default: ${DEFAULT-VALUE}).")
  String ocr;

  @Option(
      names = "--ocr-engine",
      paramLabel = "ENGINE",
      defaultValue = OcrEngines.DEFAULT,
      description =
          "OCR engine: paddle (PP-OCR in process, models bundled) or tesseract (the system's, with"
              + " chi_sim) (default: ${DEFAULT-VALUE}).")
  String ocrEngine;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    OcrMode mode;
    try {
      mode = OcrMode.valueOf(ocr.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      err.println("gazette convert: --ocr must be auto, always or never, not " + ocr);
      return GazetteCli.USAGE;
    }
    OcrEngine engine;
    try {
      engine = OcrEngines.named(ocrEngine);
    } catch (IllegalArgumentException e) {
      err.println(
          "gazette convert: --ocr-engine must be one of "
              + OcrEngines.NAMES
              + ", not "
              + ocrEngine);
      return GazetteCli.USAGE;
    }
    int cores = Runtime.getRuntime().availableProcessors();
    int n = jobs == null ? cores : jobs;
    if (n < 1 || timeout < 1) {
      err.println("gazette convert: --jobs and --timeout must be at least 1");
      return GazetteCli.USAGE;
    }
    BufferedReader stdin =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    List<BatchRunner.Input> files = Inputs.expand(inputs, stdin);
    if (files.isEmpty()) {
      err.println("gazette convert: no input files found in " + inputs);
      return GazetteCli.USAGE;
    }
    long t0 = System.nanoTime();
    // one OCR thread per core, shared by the inputs in flight: a scan left alone at the end of a
    // batch has its pages read on every core
    Pipeline pipeline =
        new Pipeline(new Pipeline.Options(mode, cores, engine).withEntities(entities));
    BatchRunner runner =
        new BatchRunner(
            pipeline, new BatchRunner.Options(output, n, Duration.ofSeconds(timeout), force));
    BatchRunner.Summary summary;
    try (Progress progress = new Progress(err, files.size(), quiet, System.console() != null)) {
      summary = runner.run(files, progress);
    }
    List<String> ok =
        summary.entries().stream()
            .filter(ManifestEntry::ok)
            .flatMap(e -> e.outputs().stream())
            .toList();
    if (jsonl || csv) {
      Exports.write(output, ok, jsonl, csv);
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    long failed = summary.failed();
    if (!quiet || failed > 0) {
      List<ManifestEntry> es = summary.entries();
      err.printf(
          Locale.ROOT,
          "converted %d of %d files (%d unchanged, skipped): %d documents, %d furniture lines,"
              + " %d warnings, %d failed, %.2f s -> %s%n",
          files.size() - failed,
          files.size(),
          summary.skipped(),
          es.stream().mapToInt(ManifestEntry::documents).sum(),
          es.stream().mapToInt(ManifestEntry::furniture).sum(),
          es.stream().mapToInt(ManifestEntry::warnings).sum(),
          failed,
          secs,
          output);
    }
    return failed > 0 ? GazetteCli.SOME_FAILED : 0;
  }
}
