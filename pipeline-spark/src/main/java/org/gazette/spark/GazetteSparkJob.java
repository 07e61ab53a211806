package org.gazette.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.gazette.Pipeline;
import org.gazette.batch.ManifestEntry;
import org.gazette.ocr.OcrEngines;
import org.gazette.pdf.OcrMode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code java -jar gazette-spark.jar [--master URL] IN... OUT}, or the same arguments after {@code
 * spark-submit --class org.gazette.spark.GazetteSparkJob gazette-spark.jar}.
 */
@Command(
    name = "gazette-spark",
    mixinStandardHelpOptions = true,
    version = "gazette-spark " + Pipeline.VERSION,
    description = {
      "Converts gazette issues (TXT and PDF: files, folders, globs, any Hadoop file system) with"
          + " Apache Spark.",
      "Writes OUT/issues/ (one JSON per input, as `gazette convert` writes it),"
          + " OUT/documents/jsonl and OUT/documents/parquet (one document a row), OUT/failures/"
          + " (input, reason) and OUT/manifest/ (a rerun skips inputs done with the same bytes and"
          + " version)."
    })
public final class GazetteSparkJob implements Callable<Integer> {
  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "Spark master (local[N], spark://…, yarn …); default: the one spark-submit gives, else"
              + " local[*].")
  String master;

  @Option(names = "--force", description = "Redo inputs the manifest says are done.")
  boolean force;

  @Option(
      names = "--ocr",
      defaultValue = "auto",
      description = "When to OCR PDF pages: auto, always or never (default: ${DEFAULT-VALUE}).",
      paramLabel = "MODE")
  OcrMode ocr;

  @Option(
      names = "--ocr-engine",
      paramLabel = "ENGINE",
      defaultValue = OcrEngines.DEFAULT,
      description = "OCR engine: paddle or tesseract (default: ${DEFAULT-VALUE}).")
  String ocrEngine;

  @Option(names = "--entities", description = "Find organisations, persons and places (HanLP).")
  boolean entities;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "600",
      description = "Per-input time limit in seconds (default: ${DEFAULT-VALUE}).")
  long timeout;

  @Parameters(arity = "2..*", paramLabel = "PATH", description = "Inputs, then the output folder.")
  List<String> paths;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the job; exits 0 even when some inputs failed (they are listed in OUT/failures/). */
  public static void main(String[] args) {
    System.exit(
        new CommandLine(new GazetteSparkJob())
            .setCaseInsensitiveEnumValuesAllowed(true)
            .execute(args));
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (!OcrEngines.NAMES.contains(ocrEngine) || timeout < 1) {
      err.println(
          "gazette-spark: --ocr-engine must be one of "
              + OcrEngines.NAMES
              + " and --timeout at least 1");
      return 2;
    }
    Settings settings =
        new Settings(
            paths.subList(0, paths.size() - 1),
            paths.get(paths.size() - 1),
            force,
            ocr,
            ocrEngine,
            entities,
            timeout);
    SparkSession.Builder builder = SparkSession.builder().appName("gazette");
    if (master != null) {
      builder.master(master);
    } else if (!new SparkConf().contains("spark.master")) {
      builder.master("local[*]");
    }
    long t0 = System.nanoTime();
    try (SparkSession spark = builder.getOrCreate()) {
      ConvertJob.Summary summary = ConvertJob.run(spark, settings);
      List<ManifestEntry> es = summary.entries();
      err.printf(
          Locale.ROOT,
          "converted %d of %d files (%d unchanged, skipped): %d documents, %d failed (see %s/%s),"
              + " %.2f s (stages, ms: %s) -> %s%n",
          es.size() - summary.failed(),
          es.size(),
          summary.skipped(),
          summary.documents(),
          summary.failed(),
          settings.out(),
          ConvertJob.FAILURES,
          (System.nanoTime() - t0) / 1e9,
          summary.stageMillis(),
          settings.out());
      return 0;
    } catch (java.io.FileNotFoundException e) {
      err.println("gazette-spark: " + e.getMessage());
      return 2;
    }
  }
}
