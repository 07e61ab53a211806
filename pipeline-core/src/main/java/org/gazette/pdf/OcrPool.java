package org.gazette.pdf;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads a pipeline OCRs pages on, shared by every PDF it reads at once: while several scans
 * are read their pages take turns, and when one scan is left (the 500-page issue at the end of a
 * batch) its pages get every thread. At most one page more than there are threads is rendered and
 * not yet read, whatever the number of PDFs in flight, so memory stays bounded and a page waits at
 * most about one page's time before a thread takes it.
 */
final class OcrPool {
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final int threads;
  private final Semaphore room;
  private final ExecutorService pool;

  /** A pool of {@code threads} threads (at least one), started as pages come. */
  OcrPool(int threads) {
    this.threads = Math.max(1, threads);
    this.room = new Semaphore(this.threads + 1);
    int id = POOLS.incrementAndGet();
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor p =
        new ThreadPoolExecutor(
            this.threads,
            this.threads,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "gazette-ocr-" + id + "-" + n.incrementAndGet());
              t.setDaemon(true); // a pipeline has no close: idle threads never hold the JVM
              return t;
            });
    p.allowCoreThreadTimeOut(true);
    this.pool = p;
  }

  /** How many pages are read at once. */
  int threads() {
    return threads;
  }

  /** Makes a page's work (rendering its image) once there is room for it. */
  @FunctionalInterface
  interface Page<T> {
    Callable<T> make() throws IOException;
  }

  /**
   * Waits until there is room for one more page, makes its work and queues it. The room is given
   * back when the work ends, fails or is cancelled.
   *
   * @throws IOException when making the work fails (the room is given back)
   * @throws InterruptedException when interrupted while waiting for room
   */
  <T> Future<T> submit(Page<T> page) throws IOException, InterruptedException {
    room.acquire();
    Callable<T> work;
    try {
      work = page.make();
    } catch (IOException | RuntimeException | Error e) {
      room.release();
      throw e;
    }
    FutureTask<T> task =
        new FutureTask<>(work) {
          @Override
          protected void done() {
            room.release();
          }
        };
    pool.execute(task);
    return task;
  }
}
