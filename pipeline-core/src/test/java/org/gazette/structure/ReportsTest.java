package org.gazette.structure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ReportsTest {
  @Test
  void aTitleRunIntoItsOrderIsSplitAtTheOrder() {
    assertArrayEquals(
        new String[] {"医疗用毒性药品管理办法", "国务院令第23号"}, Reports.rulesThenOrder("医疗用毒性药品管理办法　国务院令第23号"));
    String longTitle = "关于" + "某某".repeat(200) + "的管理办法";
    assertArrayEquals(
        new String[] {longTitle, "某某省人民政府令第305号"},
        Reports.rulesThenOrder(longTitle + "某某省人民政府令第305号"));
  }

  @Test
  void aLineWithoutAnOrderAtItsEndIsNone() {
    assertNull(Reports.rulesThenOrder("医疗用毒性药品管理办法"));
    // only the line's ending is tried: a long line costs what its last characters cost
    assertNull(Reports.rulesThenOrder("国务院令第23号" + "这是一个很长的段落".repeat(100_000)));
  }
}
