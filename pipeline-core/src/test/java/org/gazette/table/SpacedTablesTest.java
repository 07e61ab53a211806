package org.gazette.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gazette.model.SourceLine;
import org.gazette.model.Table;
import org.junit.jupiter.api.Test;

/** Tables aligned with runs of spaces, and lines with gaps that are no table. */
class SpacedTablesTest {
  private static List<SourceLine> lines(String... texts) {
    List<SourceLine> out = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      out.add(new SourceLine(i + 1, texts[i]));
    }
    return out;
  }

  @Test
  void columnsAlignedWithSpacesAreATableRowsMayLeaveCellsBlank() {
    List<SourceLine> l =
        lines(
            "税　　目         征税对象                   税　　率",
            "能　源　矿　产   原油                       原矿        6％",
            "                 天然气、页岩气             原矿        6％",
            "                 煤                         原矿或者选矿 2％－10％",
            "第二条  本法自公布之日起施行。");
    SpacedTables.Found found = SpacedTables.at(l, 0);
    assertEquals(4, found.to());
    Table t = found.table();
    assertEquals(Arrays.asList("能源矿产", "原油", "原矿", "6％"), t.grid().get(1));
    assertEquals(Arrays.asList(null, "天然气、页岩气", "原矿", "6％"), t.grid().get(2));
  }

  @Test
  void aLabelBeforeItsTextAndAListOfNamesAreNoTable() {
    List<SourceLine> articles =
        lines("第二条  缔约国双方保证经过彼此同意。", "第三条  缔约国双方均不缔结同盟。", "第四条  缔约国双方将进行彼此协商。");
    assertNull(SpacedTables.at(articles, 0));
    List<SourceLine> names =
        lines(
            "夏菊花（女）    殷诚忠　郭宏杰　郭映福    唐岐山",
            "诸惠芬（女）    陶峙岳　姬鹏飞　黄作勤    崔海龙",
            "康克清（女）    梁必业　梁吉泉　彭绍辉    董其武");
    assertNull(SpacedTables.at(names, 0));
  }
}
