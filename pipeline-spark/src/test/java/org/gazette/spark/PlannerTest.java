package org.gazette.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlannerTest {
  @Test
  void aDominantScanGetsAPartitionOfItsOwnAndRunsFirst() {
    List<Integer> pages = new ArrayList<>(List.of(500));
    for (int i = 0; i < 40; i++) {
      pages.add(10);
    }
    List<List<Integer>> bins = Planner.pack(pages, p -> p, 6);
    assertEquals(List.of(500), bins.get(0));
    for (List<Integer> b : bins.subList(1, bins.size())) {
      assertEquals(80, b.stream().mapToInt(Integer::intValue).sum(), bins.toString());
    }
  }

  @Test
  void partitionsAreBalancedByPagesNotFiles() {
    // 4 heavy and 12 light inputs on 4 partitions: by file count one would hold all the heavy ones
    List<Integer> pages = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      pages.add(100);
    }
    for (int i = 0; i < 12; i++) {
      pages.add(5);
    }
    List<List<Integer>> bins = Planner.pack(pages, p -> p, 4);
    assertEquals(4, bins.size());
    for (List<Integer> b : bins) {
      assertEquals(115, b.stream().mapToInt(Integer::intValue).sum(), bins.toString());
    }
  }

  @Test
  void everyInputLandsOnceAndNoPartitionIsEmpty() {
    List<Integer> pages = List.of(3, 1, 4, 1, 5);
    List<List<Integer>> bins = Planner.pack(pages, p -> p, 12);
    assertEquals(5, bins.size());
    assertEquals(5, bins.stream().mapToInt(List::size).sum());
    assertTrue(Planner.pack(List.<Integer>of(), p -> p, 4).isEmpty());
    assertEquals(5, Planner.partitions(5, 8));
    assertEquals(6, Planner.partitions(100, 2));
  }
}
