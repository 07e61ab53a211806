package org.gazette.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.gazette.batch.BatchRunner;
import org.gazette.batch.ManifestEntry;

/**
 * Progress on stderr (stdout is for data only): per-file lines for a small batch, a progress bar
 * (files, pages, rate, ETA) when stderr is a terminal, plain lines every few seconds otherwise
 * (progressbar writes control codes even into files), nothing with --quiet. Errors are always
 * printed, as {@code path: error: reason}.
 */
final class Progress implements BatchRunner.Listener, AutoCloseable {
  private static final long PLAIN_EVERY_NANOS = Duration.ofSeconds(5).toNanos();
  private final PrintWriter err;
  private final int total;
  private final boolean quiet;
  private final boolean perFile;
  private final ProgressBar bar;
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger pages = new AtomicInteger();
  private final long start = System.nanoTime();
  private long lastPlain = System.nanoTime();

  Progress(PrintWriter err, int total, boolean quiet, boolean terminal) {
    this.err = err;
    this.total = total;
    this.quiet = quiet;
    this.perFile = !quiet && total <= 50;
    this.bar =
        !quiet && terminal
            ? new ProgressBarBuilder()
                .setTaskName("gazette")
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" files", 1)
                .showSpeed()
                .build()
            : null;
  }

  @Override
  public synchronized void finished(ManifestEntry e, boolean skipped) {
    int n = done.incrementAndGet();
    pages.addAndGet(e.pages() == null ? 0 : e.pages());
    if (!e.ok()) {
      err.println(e.input() + ": error: " + e.error());
      err.flush();
    } else if (perFile) {
      err.printf(
          Locale.ROOT,
          "%s: %d documents, %d furniture lines, %d warnings%s%n",
          e.input(),
          e.documents(),
          e.furniture(),
          e.warnings(),
          skipped ? " (unchanged, skipped)" : "");
    }
    if (bar != null) {
      bar.stepTo(n);
      bar.setExtraMessage(pages.get() > 0 ? " " + pages.get() + " pages" : "");
    } else if (!quiet && !perFile && System.nanoTime() - lastPlain > PLAIN_EVERY_NANOS) {
      lastPlain = System.nanoTime();
      double secs = (lastPlain - start) / 1e9;
      double rate = n / Math.max(secs, 1e-9);
      err.printf(
          Locale.ROOT,
          "gazette: %d/%d files, %d pages, %.1f files/s, ETA %ds%n",
          n,
          total,
          pages.get(),
          rate,
          Math.round((total - n) / Math.max(rate, 1e-9)));
      err.flush();
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
