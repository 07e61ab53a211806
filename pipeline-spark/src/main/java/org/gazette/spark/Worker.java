package org.gazette.spark;

import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.spark.SparkEnv;
import org.gazette.Pipeline;
import org.gazette.batch.Attempt;
import org.gazette.batch.ManifestEntry;
import org.gazette.io.Json;
import org.gazette.model.IssueResult;

/**
 * What the executors do: weigh inputs (and find those already done), then convert them with one
 * pipeline per executor JVM, shared by its tasks and reused from task to task.
 */
final class Worker {
  private Worker() {}

  /**
   * Roughly a printed page of Chinese text in UTF-8 or GB18030: what a TXT input weighs per page.
   */
  static final int TXT_BYTES_PER_PAGE = 6_000;

  /**
   * One input after the scan.
   *
   * @param in the input
   * @param sha256 hex SHA-256 of its bytes, or null when it could not be read
   * @param weight its work in pages (a PDF's page count; a TXT's size over {@link
   *     #TXT_BYTES_PER_PAGE})
   * @param entry the manifest entry that already settles it (done before with the same bytes and
   *     version, or unreadable), or null when it is to be converted
   * @param skipped true when {@code entry} is from an earlier run
   */
  record Scanned(Listing.Input in, String sha256, int weight, ManifestEntry entry, boolean skipped)
      implements Serializable {}

  /** Reads {@code in}, hashes it, weighs it, and looks it up in {@code done}. */
  static Scanned scan(
      Listing.Input in,
      Configuration conf,
      String out,
      Map<String, ManifestEntry> done,
      String version) {
    long t0 = System.nanoTime();
    byte[] bytes;
    try {
      bytes = Store.read(new Path(in.uri()), conf);
    } catch (IOException e) {
      return new Scanned(
          in,
          null,
          0,
          ManifestEntry.failed(in.label(), null, version, "cannot read: " + e, millis(t0)),
          false);
    }
    String sha = Pipeline.sha256(bytes);
    ManifestEntry previous = done.get(in.label());
    if (previous != null
        && previous.stillHolds(sha, version, o -> exists(new Path(out, o), conf))) {
      return new Scanned(in, sha, 0, previous, true);
    }
    return new Scanned(in, sha, weight(bytes), null, false);
  }

  /**
   * Pages of work in {@code bytes}: a PDF's page count (1 when unreadable), a TXT's size in pages.
   */
  static int weight(byte[] bytes) {
    if (Pipeline.isPdf(bytes)) {
      try (PDDocument doc = Loader.loadPDF(bytes)) {
        return Math.max(1, doc.getNumberOfPages());
      } catch (IOException | RuntimeException broken) {
        return 1; // the conversion will say what is wrong with it
      }
    }
    return 1 + bytes.length / TXT_BYTES_PER_PAGE;
  }

  private static boolean exists(Path p, Configuration conf) {
    try {
      return Store.fs(p, conf).exists(p);
    } catch (IOException e) {
      return false;
    }
  }

  /** Converts the inputs of one partition, writing each output to {@code OUT/issues/}. */
  static List<ConvertJob.Outcome> convert(List<Scanned> bin, Configuration conf, Settings s) {
    Pipeline pipeline = pipeline(s);
    List<ConvertJob.Outcome> entries = new ArrayList<>();
    for (Scanned w : bin) {
      entries.add(new ConvertJob.Outcome(w.in().index(), convert(pipeline, w, conf, s)));
    }
    return entries;
  }

  private static ManifestEntry convert(
      Pipeline pipeline, Scanned w, Configuration conf, Settings s) {
    long t0 = System.nanoTime();
    String label = w.in().label();
    String version = s.version();
    try {
      byte[] bytes = Store.read(new Path(w.in().uri()), conf);
      String sha = Pipeline.sha256(bytes); // the file may have changed since the scan
      Attempt a =
          Attempt.run(
              pipeline::convert, bytes, label, Duration.ofSeconds(s.timeoutSeconds()), TIMED);
      if (!a.ok()) {
        return ManifestEntry.failed(label, sha, version, a.error(), millis(t0));
      }
      IssueResult r = a.result();
      String output = ConvertJob.ISSUES + "/" + w.in().output();
      try {
        Store.writeAtomically(new Path(s.out(), output), conf, out -> Json.writePretty(r, out));
      } catch (IOException e) {
        return ManifestEntry.failed(
            label, sha, version, "cannot write output: " + e.getMessage(), millis(t0));
      }
      return ManifestEntry.ok(label, sha, version, output, millis(t0), r);
    } catch (IOException e) {
      return ManifestEntry.failed(label, w.sha256(), version, "cannot read: " + e, millis(t0));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("task interrupted", e); // Spark retries or kills the task
    } catch (OutOfMemoryError e) {
      return ManifestEntry.failed(
          label, w.sha256(), version, Attempt.OUT_OF_MEMORY + ": " + e.getMessage(), millis(t0));
    }
  }

  /** Runs conversions under their time limit; daemon threads, so a hung one never holds the JVM. */
  private static final ExecutorService TIMED =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "gazette-convert");
            t.setDaemon(true);
            return t;
          });

  private static Pipeline shared;
  private static Settings sharedFor;

  /** The executor's pipeline for {@code s}, built on first use (one per JVM, thread-safe). */
  static synchronized Pipeline pipeline(Settings s) {
    if (shared == null || !s.equals(sharedFor)) {
      shared = new Pipeline(s.pipelineOptions(cores()));
      sharedFor = s;
    }
    return shared;
  }

  /** A local master: {@code local}, {@code local[N]}, {@code local[*]}, {@code local[N,F]}. */
  private static final java.util.regex.Pattern LOCAL =
      java.util.regex.Pattern.compile("local(?:\\[(\\d+|\\*)(?:,\\d+)?\\])?");

  /**
   * The cores this executor was given: N of {@code local[N]}, else {@code spark.executor.cores},
   * else the machine's. The pipeline's OCR threads are as many, shared by the executor's tasks.
   */
  static int cores() {
    int machine = Runtime.getRuntime().availableProcessors();
    SparkEnv env = SparkEnv.get();
    if (env == null) {
      return machine;
    }
    java.util.regex.Matcher local = LOCAL.matcher(env.conf().get("spark.master", ""));
    if (local.matches()) {
      String n = local.group(1);
      return n == null ? 1 : n.equals("*") ? machine : Integer.parseInt(n);
    }
    return env.conf().getInt("spark.executor.cores", machine);
  }

  private static long millis(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }
}
