package org.gazette.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gazette.Pipeline;
import org.gazette.PipelineException;
import org.gazette.io.AtomicFiles;
import org.gazette.io.Json;
import org.gazette.model.IssueResult;
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
      "to one JSON file each.",
      "A broken input is reported and skipped; the others are still converted."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:all inputs converted", "1:some input failed", "2:usage error"})
final class ConvertCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Issue files, or folders to search for *.txt and *.pdf.")
  List<Path> inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "out",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = {"-q", "--quiet"}, description = "Print errors only.")
  boolean quiet;

  @Option(names = "--ocr", paramLabel = "MODE", defaultValue = "auto",
      description = "OCR PDF pages: auto (pages without a usable text layer), always, never (default: ${DEFAULT-VALUE}).")
  String ocr;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> files = Inputs.expand(inputs);
    if (files.isEmpty()) {
      err.println("gazette: no input files found in " + inputs);
      return GazetteCli.USAGE;
    }
    long t0 = System.nanoTime();
    OcrMode mode;
    try {
      mode = OcrMode.valueOf(ocr.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      err.println("gazette convert: --ocr must be auto, always or never, not " + ocr);
      return GazetteCli.USAGE;
    }
    Pipeline pipeline = new Pipeline(Pipeline.Options.defaults().withOcr(mode));
    int ok = 0;
    int failed = 0;
    int documents = 0;
    int furniture = 0;
    int warnings = 0;
    for (Path f : files) {
      try {
        IssueResult r = pipeline.convert(f);
        AtomicFiles.write(output.resolve(Inputs.outputName(f)), Json.pretty(r));
        ok++;
        documents += r.documents().size();
        furniture += r.furniture().size();
        long w = r.diagnostics().stream().filter(d -> !d.severity().equals("info")).count();
        warnings += (int) w;
        if (!quiet) {
          out.printf(Locale.ROOT, "%s: %d documents, %d furniture lines, %d warnings%n",
              f, r.documents().size(), r.furniture().size(), w);
        }
      } catch (PipelineException e) {
        failed++;
        err.println(f + ": error: " + e.getMessage());
      } catch (NoSuchFileException e) {
        failed++;
        err.println(f + ": error: no such file");
      } catch (IOException e) {
        failed++;
        err.println(f + ": error: cannot read: " + e.getMessage());
      } catch (RuntimeException e) {
        failed++;
        err.println(f + ": error: internal error (please report): " + e);
      }
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    if (!quiet || failed > 0) {
      out.printf(Locale.ROOT,
          "converted %d of %d files: %d documents, %d furniture lines, %d warnings, %d failed, %.2f s -> %s%n",
          ok, files.size(), documents, furniture, warnings, failed, secs, output);
    }
    return failed > 0 ? GazetteCli.SOME_FAILED : 0;
  }
}
