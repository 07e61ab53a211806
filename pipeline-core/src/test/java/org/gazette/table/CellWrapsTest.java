package org.gazette.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gazette.model.SourceLine;
import org.gazette.model.Table;
import org.junit.jupiter.api.Test;

/** The width a linearised table's columns wrap at, learnt from its rows and then trusted. */
class CellWrapsTest {
  /** Lines numbered with a blank line after each, as extractions that space every line. */
  private static List<SourceLine> spaced(String... texts) {
    List<SourceLine> out = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      out.add(new SourceLine(2 * i + 1, texts[i]));
    }
    return out;
  }

  /** Task rows whose cells wrap at 4, 12, 5, 7 and 8 characters, a line of a cell a line. */
  private static final String[] TASKS = {
    "序号 十大工程 工作任务 完成时限 牵头单位 配合单位",
    "1",
    "散煤清洁",
    "化替代工",
    "程",
    "组织开展清洁取暖回头看，",
    "扩大覆盖面。",
    "四月底前完",
    "成",
    "县能源局、县住",
    "建局",
    "各乡镇人民政府、",
    "县供电局等部门",
    "优化取暖路径，优先采取热",
    "电联产供热。",
    "十月底",
    "县住建局、县生",
    "态环境局",
    "经开区管委会",
    "加快推进园区污水处理厂建",
    "设，达标废水直接进入集中",
    "污水处理厂。",
    "十二月底前",
    "开工建设",
    "经开区管委会",
    "县发改局、县生态",
    "环境局等部门",
    "2",
    "工业污染",
    "深度治理",
    "工程",
    "巩固钢铁行业超低排放改造",
    "工程和监测评估工作。",
    "六月底",
    "县生态环境局",
    "开展重点行业企业无组织深",
    "度治理，督促建设监控系",
    "统。",
    "长期坚持",
    "县生态环境局",
    "各乡镇人民政府、",
    "经开区管委会",
    "3",
    "臭氧削峰",
    "工程",
    "开展挥发性有机物污染防治",
    "专项整治工作。",
    "四月底",
    "县生态环境局",
    "各乡镇人民政府",
    "4",
    "清洁运输",
    "整治工程",
    "加快推进大宗物料运输公转",
    "铁。",
    "十二月底前",
    "完成",
    "县发改局、县交",
    "通局",
    "各乡镇人民政府、",
    "县工科局",
    "5",
    "雨污分流",
    "改造工程",
    "加快雨污合流制管网改造进",
    "度，减少生活污水溢流。",
    "十月底前完",
    "成",
    "县住建局",
    "城关镇人民政府、",
    "经开区管委会",
  };

  @Test
  void aLineShorterThanItsColumnEndsTheCellAndOneTooWideForTheNextOpensASubRow() {
    Table t = LinearTables.find(spaced(TASKS)).get(0).table();
    List<List<String>> rows = new ArrayList<>();
    for (var r : t.rows()) {
      rows.add(r.stream().map(c -> c == null ? null : c.text()).toList());
    }
    // 经开区管委会 falls short of the 牵头单位 column's seven characters: the next line is 配合单位
    assertEquals(
        List.of("加快推进园区污水处理厂建设，达标废水直接进入集中污水处理厂。", "十二月底前开工建设", "经开区管委会", "县发改局、县生态环境局等部门"),
        rows.get(3));
    // no 配合单位 in row 2: the next task, too wide for that column, is the next sub-row
    assertEquals("", rows.get(4).get(5));
    assertEquals("开展重点行业企业无组织深度治理，督促建设监控系统。", rows.get(5).get(0));
    assertEquals(9, rows.size());
  }

  @Test
  void aColumnWrapsAtTheCommonWidthOfTheLinesItsCellsWentOnAfter() {
    CellWraps w = new CellWraps(1);
    for (String[] pair :
        new String[][] {{"县能源局、县住", "建局"}, {"县住建局、县生", "态环境局"}, {"县发改局、县生", "态"}}) {
      w.wentOn(0, pair[0], pair[1]);
    }
    assertTrue(w.known(0));
    assertTrue(w.full(0, "县交通局、县公", "安交警大队"));
    assertFalse(w.full(0, "经开区管委会", "县发改局"));
    // one character short where the next line opens with the character dragged before a comma
    assertTrue(w.full(0, "各乡镇人民政", "府，经开区管委会"));
    assertFalse(w.full(0, "各乡镇人民政", "府经开区管委会"));
    assertFalse(w.fits(0, "护路办、县直有关"));
    assertTrue(w.fits(0, "火车站、公路段、")); // a comma hangs past the end
  }

  @Test
  void namesListedOneALineWrapAtNoWidth() {
    CellWraps w = new CellWraps(1);
    for (int i = 0; i < 6; i++) {
      w.wentOn(0, "任世英", "党孟发");
    }
    assertFalse(w.known(0));
  }
}
