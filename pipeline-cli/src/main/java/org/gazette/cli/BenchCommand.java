package org.gazette.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gazette.Pipeline;
import org.gazette.bench.OcrBench;
import org.gazette.bench.StageTimer;
import org.gazette.model.PipelineException;
import org.gazette.ocr.OcrEngine;
import org.gazette.ocr.OcrEngines;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gazette bench samples/}: throughput per stage, median of several runs after warm-up. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures throughput per stage (MB/s, documents/s) on the given issues:",
      "median of --runs timed runs after --warmup untimed ones, all in one JVM."
    })
final class BenchCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE|DIR")
  List<Path> inputs;

  @Option(names = "--entities", description = "Find entities too (as convert --entities).")
  boolean entities;

  @Option(
      names = "--warmup",
      defaultValue = "3",
      description = "Untimed runs first (default ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--runs",
      defaultValue = "7",
      description = "Timed runs (default ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--ocr-engines",
      description =
          "Instead: compare the OCR engines on the pages of the given PDFs (rendered at 300 dpi; a"
              + " text layer is the known text for the character error rate), with bare tesseract"
              + " (one single-threaded process per core) as the yardstick.")
  boolean ocrEngines;

  @Option(
      names = "--ocr-pages",
      defaultValue = "12",
      description = "With --ocr-engines: pages read at most (default ${DEFAULT-VALUE}).")
  int ocrPages;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, PipelineException {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> files = Inputs.files(inputs);
    if (files.isEmpty() || runs < 1 || warmup < 0) {
      spec.commandLine()
          .getErr()
          .println("gazette bench: need input files, --runs >= 1, --warmup >= 0");
      return GazetteCli.USAGE;
    }
    if (ocrEngines) {
      return compareOcrEngines(out, files);
    }
    List<byte[]> data = new ArrayList<>();
    long bytes = 0;
    for (Path f : files) {
      byte[] b = Files.readAllBytes(f);
      data.add(b);
      bytes += b.length;
    }
    StageTimer timer =
        new StageTimer(new Pipeline(Pipeline.Options.defaults().withEntities(entities)));
    for (int i = 0; i < warmup; i++) {
      timer.run(data);
    }
    List<StageTimer.Timing> timings = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      timings.add(timer.run(data));
    }
    double mb = bytes / 1e6;
    StageTimer.Timing first = timings.get(0);
    int docs = first.documents();
    int pages = first.layerPages() + first.ocrPages();
    out.printf(
        Locale.ROOT,
        "%d files, %.2f MB, %d documents, %d PDF pages (%d text layer, %d OCR);"
            + " median of %d runs after %d warm-up%n",
        files.size(),
        mb,
        docs,
        pages,
        first.layerPages(),
        first.ocrPages(),
        runs,
        warmup);
    out.printf(
        Locale.ROOT,
        "%-10s %10s %10s %12s %10s%n",
        "stage",
        "ms",
        "MB/s",
        "documents/s",
        "pages/s");
    for (String stage : StageTimer.STAGES) {
      double ms = median(timings.stream().mapToDouble(t -> t.nanos(stage) / 1e6).toArray());
      out.printf(
          Locale.ROOT,
          "%-10s %10.1f %10.2f %12.1f %10s%n",
          stage,
          ms,
          mb / (ms / 1e3),
          docs / (ms / 1e3),
          pages == 0 ? "-" : String.format(Locale.ROOT, "%.1f", pages / (ms / 1e3)));
    }
    double tableMs =
        median(timings.stream().mapToDouble(t -> t.nanos(StageTimer.TABLES) / 1e6).toArray());
    double totalMs = median(timings.stream().mapToDouble(t -> t.nanos("total") / 1e6).toArray());
    if (pages > 0) {
      out.printf(
          Locale.ROOT,
          "ruled tables (part of read): %.1f ms, %.1f%% of the total%n",
          tableMs,
          100 * tableMs / totalMs);
    }
    List<byte[]> txts = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      if (!files.get(i).toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
        txts.add(data.get(i));
      }
    }
    if (txts.size() == files.size()) {
      compareGzip(out, txts, mb, totalMs);
    }
    List<Path> pdfs =
        files.stream().filter(f -> f.toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).toList();
    if (!pdfs.isEmpty() && first.ocrPages() == 0) {
      comparePdftotext(out, pdfs, pages, timings);
    }
    return 0;
  }

  /**
   * pdftotext on the same PDFs (median of the same number of runs) against our read stage and
   * total.
   */
  private void comparePdftotext(
      PrintWriter out, List<Path> pdfs, int pages, List<StageTimer.Timing> timings)
      throws IOException {
    double[] ms = new double[runs];
    try {
      for (int i = 0; i < runs; i++) {
        long t = System.nanoTime();
        for (Path p : pdfs) {
          Process proc =
              new ProcessBuilder("pdftotext", "-layout", p.toString(), "-")
                  .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                  .redirectErrorStream(true)
                  .start();
          proc.waitFor();
        }
        ms[i] = (System.nanoTime() - t) / 1e6;
      }
    } catch (IOException e) {
      out.println("pdftotext not found (Debian poppler-utils): no comparison");
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    double pdftotext = median(ms);
    double read = median(timings.stream().mapToDouble(t -> t.nanos("read") / 1e6).toArray());
    double total = median(timings.stream().mapToDouble(t -> t.nanos("total") / 1e6).toArray());
    out.printf(
        Locale.ROOT,
        "pdftotext: %.1f ms, %.1f pages/s; extraction (read) is %.2fx its page rate,"
            + " the whole pipeline %.2fx%n",
        pdftotext,
        pages / (pdftotext / 1e3),
        pdftotext / read,
        pdftotext / total);
  }

  /**
   * gzip -1's compression (zlib deflate at level 1, in this JVM, one core) on the same TXT bytes,
   * median of as many runs, against the whole pipeline's rate.
   */
  private void compareGzip(PrintWriter out, List<byte[]> txts, double mb, double totalMs) {
    double[] ms = new double[runs];
    byte[] buffer = new byte[1 << 16];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      for (byte[] b : txts) {
        java.util.zip.Deflater d = new java.util.zip.Deflater(1, true);
        d.setInput(b);
        d.finish();
        while (!d.finished()) {
          d.deflate(buffer);
        }
        d.end();
      }
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    double gzip = median(ms);
    out.printf(
        Locale.ROOT,
        "gzip -1 (zlib level 1, one core): %.1f ms, %.1f MB/s; the whole pipeline is %.2fx its rate%n",
        gzip,
        mb / (gzip / 1e3),
        gzip / totalMs);
  }

  /** Each engine, then bare tesseract, on the same rendered pages, as many at once as cores. */
  private int compareOcrEngines(PrintWriter out, List<Path> files) throws IOException {
    List<OcrBench.Page> pages = new ArrayList<>();
    for (Path f : files) {
      if (f.toString().toLowerCase(Locale.ROOT).endsWith(".pdf") && pages.size() < ocrPages) {
        List<OcrBench.Page> all = OcrBench.pages(f);
        pages.addAll(all.subList(0, Math.min(all.size(), ocrPages - pages.size())));
      }
    }
    if (pages.isEmpty()) {
      spec.commandLine().getErr().println("gazette bench: --ocr-engines needs PDF inputs");
      return GazetteCli.USAGE;
    }
    int cores = Runtime.getRuntime().availableProcessors();
    List<OcrBench.Figure> figures = new ArrayList<>();
    for (String name : OcrEngines.NAMES) {
      OcrEngine engine = OcrEngines.named(name);
      if (!engine.available()) {
        out.println(name + ": not available here");
        continue;
      }
      OcrBench.run(name, engine, pages.subList(0, 1), 1); // load the models, warm up
      figures.add(OcrBench.run(name, engine, pages, cores));
    }
    OcrBench.Figure bare = OcrBench.bareTesseract(pages, cores);
    if (bare != null) {
      figures.add(bare);
    }
    out.printf(
        Locale.ROOT,
        "%d pages at %.0f dpi, %d at once; CER against the text layer%n",
        pages.size(),
        OcrBench.DPI,
        cores);
    out.printf(Locale.ROOT, "%-14s %8s %8s %8s %10s%n", "engine", "pages", "s", "pages/s", "CER");
    for (OcrBench.Figure f : figures) {
      out.printf(
          Locale.ROOT,
          "%-14s %8d %8.1f %8.2f %10s%n",
          f.engine(),
          f.pages(),
          f.seconds(),
          f.pagesPerSecond(),
          Double.isNaN(f.cer()) ? "-" : String.format(Locale.ROOT, "%.2f%%", 100 * f.cer()));
    }
    if (bare != null) {
      for (OcrBench.Figure f : figures) {
        if (f != bare) {
          out.printf(
              Locale.ROOT,
              "%s reads %.2fx as many pages a second as bare tesseract%n",
              f.engine(),
              f.pagesPerSecond() / bare.pagesPerSecond());
        }
      }
    }
    return 0;
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
