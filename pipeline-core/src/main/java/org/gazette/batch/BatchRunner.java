package org.gazette.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.gazette.Pipeline;
import org.gazette.io.AtomicFiles;
import org.gazette.io.Json;
import org.gazette.model.IssueResult;
import org.gazette.model.PipelineException;

/**
 * Converts many inputs with a fixed pool of workers and a bounded number of inputs in flight
 * (memory does not grow with the archive), writes each output atomically, records each result in
 * the manifest as it completes, and skips inputs the manifest already has with the same SHA-256 and
 * pipeline version. One failing input never stops the others.
 */
public final class BatchRunner {
  /**
   * How to run.
   *
   * @param outDir the output folder (holds the manifest)
   * @param jobs worker threads
   * @param timeout per-input time limit
   * @param force redo inputs the manifest says are done
   */
  public record Options(Path outDir, int jobs, Duration timeout, boolean force) {}

  /**
   * One input and the name of its output inside the output folder.
   *
   * @param path the input file
   * @param output relative output path, e.g. {@code 2023/issue-01.json}
   */
  public record Input(Path path, String output) {}

  /** Hears about progress; called from worker threads. */
  public interface Listener {
    /** {@code e} is done (converted, failed or skipped). */
    void finished(ManifestEntry e, boolean skipped);
  }

  /**
   * The outcome.
   *
   * @param entries one entry per input, in input order
   * @param skipped how many were skipped as already done
   */
  public record Summary(List<ManifestEntry> entries, int skipped) {
    /** Number of failed inputs. */
    public long failed() {
      return entries.stream().filter(e -> !e.ok()).count();
    }
  }

  /** Turns one input's bytes into a result: the pipeline, or a stand-in in tests. */
  @FunctionalInterface
  public interface Converter {
    /** Converts {@code bytes}; {@code label} names the input. */
    IssueResult convert(byte[] bytes, String label) throws PipelineException;
  }

  private final Converter pipeline;
  private final Options options;

  /** The version its outputs are recorded with (a rerun with another redoes its inputs). */
  private final String version;

  /** A runner over {@code pipeline}. */
  public BatchRunner(Pipeline pipeline, Options options) {
    this((Converter) pipeline::convert, options, pipeline.outputVersion());
  }

  /**
   * A runner over any {@code converter}, its outputs of the pipeline's {@link Pipeline#VERSION}.
   */
  public BatchRunner(Converter converter, Options options) {
    this(converter, options, Pipeline.VERSION);
  }

  private BatchRunner(Converter converter, Options options, String version) {
    this.pipeline = converter;
    this.options = options;
    this.version = version;
  }

  /** Converts {@code inputs}. */
  public Summary run(List<Input> inputs, Listener listener) throws IOException {
    Map<String, ManifestEntry> done = options.force() ? Map.of() : Manifest.read(options.outDir());
    AtomicFiles.removeLeftovers(options.outDir()); // what an interrupted run was writing
    ManifestEntry[] results = new ManifestEntry[inputs.size()];
    int[] skipped = {0};
    ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, options.jobs()));
    ExecutorService timed =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "gazette-convert");
              t.setDaemon(true);
              return t;
            });
    Semaphore inFlight = new Semaphore(2 * Math.max(1, options.jobs()));
    try (Manifest manifest = Manifest.open(options.outDir())) {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < inputs.size(); i++) {
        final int k = i;
        inFlight.acquireUninterruptibly();
        futures.add(
            workers.submit(
                () -> {
                  try {
                    results[k] = one(inputs.get(k), done, manifest, timed, listener, skipped);
                  } finally {
                    inFlight.release();
                  }
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("batch worker failed", e.getCause());
    } finally {
      workers.shutdownNow();
      timed.shutdownNow();
    }
    return new Summary(List.of(results), skipped[0]);
  }

  private ManifestEntry one(
      Input in,
      Map<String, ManifestEntry> done,
      Manifest manifest,
      ExecutorService timed,
      Listener listener,
      int[] skipped) {
    long t0 = System.nanoTime();
    String key = in.path().toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(in.path());
    } catch (IOException e) {
      return record(
          manifest, listener, failed(key, null, "cannot read: " + e.getMessage(), t0), false);
    }
    ManifestEntry previous = done.get(key);
    // hashed here for the skip check only; else the conversion hashes the bytes (once: hashing is
    // slow in a short run's compiled code)
    String sha = previous == null ? null : Pipeline.sha256(bytes);
    if (previous != null
        && previous.stillHolds(sha, version, o -> Files.exists(options.outDir().resolve(o)))) {
      synchronized (skipped) {
        skipped[0]++;
      }
      listener.finished(previous, true);
      return previous;
    }
    try {
      Attempt a = Attempt.run(pipeline, bytes, key, options.timeout(), timed);
      if (!a.ok()) {
        return record(manifest, listener, failed(key, hash(sha, bytes), a.error(), t0), false);
      }
      IssueResult r = a.result();
      if (sha == null && r.source() != null) {
        sha = r.source().sha256(); // the conversion's hash of the same bytes
      }
      sha = hash(sha, bytes);
      try (AtomicFiles.Pending out = AtomicFiles.start(options.outDir().resolve(in.output()))) {
        Json.writePretty(r, out.writer());
        out.commit();
      }
      ManifestEntry e = ManifestEntry.ok(key, sha, version, in.output(), millis(t0), r);
      return record(manifest, listener, e, false);
    } catch (IOException e) {
      return record(
          manifest,
          listener,
          failed(key, hash(sha, bytes), "cannot write output: " + e.getMessage(), t0),
          false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(key, hash(sha, bytes), "interrupted", t0);
    } catch (OutOfMemoryError e) {
      // this input's records do not fit: it fails, the batch goes on (its memory is free again)
      String why = Attempt.OUT_OF_MEMORY + ": " + e.getMessage();
      return record(manifest, listener, failed(key, hash(sha, bytes), why, t0), false);
    }
  }

  /** {@code known}, or the SHA-256 of {@code bytes} where it is not known yet. */
  private static String hash(String known, byte[] bytes) {
    return known != null ? known : Pipeline.sha256(bytes);
  }

  private ManifestEntry failed(String key, String sha, String why, long t0) {
    return ManifestEntry.failed(key, sha, version, why, millis(t0));
  }

  private static ManifestEntry record(
      Manifest manifest, Listener listener, ManifestEntry e, boolean skipped) {
    try {
      manifest.append(e);
    } catch (IOException io) {
      throw new java.io.UncheckedIOException("cannot write the manifest", io);
    }
    listener.finished(e, skipped);
    return e;
  }

  private static long millis(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }
}
