package org.gazette.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.List;
import org.gazette.Lines;
import org.junit.jupiter.api.Test;

/** Where a tab-separated table runs on past lines that are not rows of tabs. */
class TabTableExtentTest {
  private final Reflower reflower = new Reflower();

  private static List<String> row(String... cells) {
    return Arrays.asList(cells);
  }

  private List<List<String>> onlyTable(String text) {
    List<Block> blocks = reflower.reflow(Lines.of(text));
    List<Block> tables = blocks.stream().filter(Block::tabular).toList();
    assertEquals(1, tables.size(), blocks.toString());
    return tables.get(0).table().grid();
  }

  @Test
  void aRowOfOneCellAmongEmptyOnesEndsTheTable() {
    List<List<String>> g =
        onlyTable("类型\t档次\t当量值\n医院\t消毒\t0.14床\n\t不消毒\t0.07床\n\t\t1.4吨污水\n\n五、大气污染物\n");
    assertEquals(4, g.size());
    assertEquals(row(null, null, "1.4吨污水"), g.get(3));
  }

  @Test
  void linesOfANoteRunOnToARowThatOpensWithAnEmptyCell() {
    List<List<String>> g =
        onlyTable(
            "税目\t单位\t税额\t备注\n"
                + "噪声\t超标1分贝\t350元\t1.一个单位边界上有多处噪声超标的，按最高一处计算。\n"
                + "2.一个单位有不同地点作业场所的，应当分别计算应纳税额。\n"
                + "3.昼、夜均超标的，昼、夜分别计算应纳税额。\n"
                + "\t超标4分贝\t700元\t\n"
                + "\t超标7分贝\t1400元\t\n");
    assertEquals(4, g.size());
    assertEquals(
        "1.一个单位边界上有多处噪声超标的，按最高一处计算。2.一个单位有不同地点作业场所的，应当分别计算应纳税额。3.昼、夜均超标的，昼、夜分别计算应纳税额。",
        g.get(1).get(3));
    assertEquals(row(null, "超标7分贝", "1400元", ""), g.get(3));
  }

  @Test
  void aNameBrokenAtTheCellsWidthAndItsValueSetApartBelowStayInTheTable() {
    List<List<String>> g =
        onlyTable(
            "二、选举委员会委员共300人，由下列各界人士组成：\n"
                + "工商、金融界\t100人\n"
                + "劳工、社会服务、宗教等界\t80人\n"
                + "立法会议员的代表、市政机构成员\n"
                + "的代表、全国人大代表、全国政协委员的代表\t\n"
                + "\n"
                + "40人\n"
                + "选举委员会每届任期五年。\n");
    assertEquals(row("立法会议员的代表、市政机构成员的代表、全国人大代表、全国政协委员的代表", "40人"), g.get(2));
    assertEquals(3, g.size());
  }

  @Test
  void aShortLabelBetweenCompleteRowsIsAGroupRowAcrossTheTable() {
    List<List<String>> g =
        onlyTable("功能团体选举的议员\t30人\n分区直接选举的议员\t24人\n第三届\n功能团体选举的议员\t30人\n分区直接选举的议员\t30人\n");
    assertEquals(row("第三届", null), g.get(2));
    assertEquals(5, g.size());
  }

  @Test
  void aRowThatLostItsTabIsNoBrokenName() {
    List<Block> blocks =
        reflower.reflow(
            Lines.of(
                "16内蒙古电力公司\t内蒙古电力公司技术中心\n17哈尔滨东安汽车公司哈尔滨东安汽车公司技术中心\n18上海航空电器公司\t上海航空电器公司技术中心\n"));
    Block second =
        blocks.stream().filter(b -> b.startLine() <= 2 && b.endLine() >= 2).findFirst().get();
    assertFalse(second.tabular(), blocks.toString());
  }
}
