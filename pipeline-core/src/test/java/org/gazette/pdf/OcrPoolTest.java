package org.gazette.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OcrPoolTest {
  @Test
  void atMostOnePageMoreThanThreadsIsHeldWhateverThePdfsInFlight() throws Exception {
    OcrPool pool = new OcrPool(2);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger made = new AtomicInteger();
    List<Future<Integer>> held = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      held.add(pool.submit(() -> page(made, release)));
    }
    // a fourth page (from any PDF) is not even rendered until one of the three is done
    CompletableFuture<Future<Integer>> fourth =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return pool.submit(() -> page(made, release));
              } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    assertThrows(
        java.util.concurrent.TimeoutException.class, () -> fourth.get(300, TimeUnit.MILLISECONDS));
    assertEquals(3, made.get());
    release.countDown();
    assertEquals(1, fourth.get(10, TimeUnit.SECONDS).get(10, TimeUnit.SECONDS));
    for (Future<Integer> f : held) {
      assertEquals(1, f.get(10, TimeUnit.SECONDS));
    }
  }

  @Test
  void aCancelledOrUnmadePageGivesItsRoomBack() throws Exception {
    OcrPool pool = new OcrPool(1);
    CountDownLatch never = new CountDownLatch(1);
    AtomicInteger made = new AtomicInteger();
    Future<Integer> a = pool.submit(() -> page(made, never));
    Future<Integer> b = pool.submit(() -> page(made, never));
    assertTrue(a.cancel(true));
    assertTrue(b.cancel(true));
    assertThrows(
        IOException.class,
        () ->
            pool.submit(
                () -> {
                  throw new IOException("page cannot be rendered");
                }));
    Future<Integer> c = pool.submit(() -> () -> 7);
    Future<Integer> d = pool.submit(() -> () -> 8);
    assertEquals(7, c.get(10, TimeUnit.SECONDS));
    assertEquals(8, d.get(10, TimeUnit.SECONDS));
    assertFalse(Thread.currentThread().isInterrupted());
  }

  private static java.util.concurrent.Callable<Integer> page(
      AtomicInteger made, CountDownLatch release) {
    made.incrementAndGet();
    return () -> {
      release.await();
      return 1;
    };
  }
}
