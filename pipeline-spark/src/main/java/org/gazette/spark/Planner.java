package org.gazette.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.ToIntFunction;

/**
 * Packs inputs into partitions of about equal work, by pages rather than by file count: the longest
 * first, each into the partition with the least work so far (the LPT rule, within 4/3 of the best
 * possible). An input heavier than a fair share gets a partition of its own, so one 500-page scan
 * runs beside the others instead of behind them; partitions are returned heaviest first, the order
 * Spark starts them in.
 */
final class Planner {
  private Planner() {}

  /** How many partitions for {@code items} inputs on {@code slots} task slots: a few per slot. */
  static int partitions(int items, int slots) {
    return Math.max(0, Math.min(items, 3 * Math.max(1, slots)));
  }

  /** {@code items} in {@code n} partitions of about equal total {@code weight}. */
  static <T> List<List<T>> pack(List<T> items, ToIntFunction<T> weight, int n) {
    if (items.isEmpty() || n < 1) {
      return List.of();
    }
    record Bin<T>(List<T> items, long[] load) {}
    PriorityQueue<Bin<T>> bins =
        new PriorityQueue<>(Comparator.comparingLong((Bin<T> b) -> b.load()[0]));
    List<Bin<T>> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Bin<T> b = new Bin<>(new ArrayList<>(), new long[1]);
      bins.add(b);
      all.add(b);
    }
    List<T> heaviestFirst = new ArrayList<>(items);
    heaviestFirst.sort(Comparator.comparingInt(weight).reversed()); // stable: input order on ties
    for (T item : heaviestFirst) {
      Bin<T> lightest = bins.poll();
      lightest.items().add(item);
      lightest.load()[0] += Math.max(1, weight.applyAsInt(item));
      bins.add(lightest);
    }
    all.sort(Comparator.comparingLong((Bin<T> b) -> b.load()[0]).reversed());
    List<List<T>> out = new ArrayList<>();
    for (Bin<T> b : all) {
      if (!b.items().isEmpty()) {
        out.add(b.items());
      }
    }
    return out;
  }
}
