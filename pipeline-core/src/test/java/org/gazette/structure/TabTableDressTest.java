package org.gazette.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.gazette.Lines;
import org.gazette.layout.Block;
import org.gazette.layout.Reflower;
import org.junit.jupiter.api.Test;

/** What a tab-separated table takes from the lines just above it. */
class TabTableDressTest {
  @Test
  void theFirstGroupsLabelAboveATableOfLabelledGroupsIsItsFirstRow() {
    List<Block> blocks =
        Tables.find(
            new Reflower()
                .reflow(
                    Lines.of(
                        "第二届、第三届立法会的组成如下：\n第二届\n功能团体选举的议员\t30人\n分区直接选举的议员\t24人\n"
                            + "第三届\n功能团体选举的议员\t30人\n分区直接选举的议员\t30人\n")));
    Block table = blocks.stream().filter(Block::tabular).findFirst().get();
    List<List<String>> g = table.table().grid();
    assertEquals(Arrays.asList("第二届", null), g.get(0));
    assertEquals(Arrays.asList("第三届", null), g.get(3));
    assertEquals(6, g.size());
    assertEquals(2, table.startLine());
    assertEquals("第二届、第三届立法会的组成如下：", blocks.get(0).text());
  }
}
