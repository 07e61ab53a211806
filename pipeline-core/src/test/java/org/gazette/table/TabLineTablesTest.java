package org.gazette.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.gazette.model.SourceLine;
import org.gazette.model.Table;
import org.junit.jupiter.api.Test;

/** A web page's table as a crawler writes it: a cell's lines, then a line holding only a tab. */
class TabLineTablesTest {
  private static List<SourceLine> lines(String... text) {
    List<SourceLine> out = new ArrayList<>();
    for (int i = 0; i < text.length; i++) {
      out.add(new SourceLine(i + 1, text[i]));
    }
    return out;
  }

  private static List<String> row(Table t, int r) {
    return t.rows().get(r).stream().map(Table.Cell::text).toList();
  }

  @Test
  void rowsStartAtTheNextSerialAndAWrappedCellStaysOne() {
    List<SourceLine> l =
        lines(
            "序号",
            "\t",
            "",
            "证明材料",
            "\t",
            "",
            "审核单位",
            "",
            "1",
            "\t",
            "",
            "户口簿、身份证",
            "\t",
            "",
            "市公安局",
            "",
            "2",
            "\t",
            "",
            "学历证书及学历鉴定或",
            "",
            "验证证明",
            "\t",
            "",
            "市教育局",
            "",
            "3",
            "\t",
            "",
            "义工时证明",
            "\t",
            "",
            "市民政部门",
            "",
            "志愿者时证明",
            "\t",
            "",
            "团市委",
            "",
            "说明：以上材料须提供原件。");
    TabLineTables.Found f = TabLineTables.at(l, 0);
    Table t = f.table();
    assertEquals(3, t.columns());
    assertEquals(List.of("序号", "证明材料", "审核单位"), row(t, 0));
    assertEquals(List.of("2", "学历证书及学历鉴定或验证证明", "市教育局"), row(t, 2));
    assertEquals(List.of("", "志愿者时证明", "团市委"), row(t, 4), "a second line under 3's 序号");
    assertEquals(5, t.rows().size());
    assertEquals(38, f.to(), "the note under the table is no cell");
  }

  @Test
  void withoutASerialAFullRowsLastStretchStartsTheNext() {
    List<SourceLine> l =
        lines(
            "区", "\t", "地址", "\t", "电话", "", "越秀区", "\t", "某路1号", "\t", "12345", "", "海珠区", "\t",
            "某路2号", "\t", "67890");
    Table t = TabLineTables.at(l, 0).table();
    assertEquals(3, t.rows().size());
    assertEquals(List.of("海珠区", "某路2号", "67890"), row(t, 2));
  }

  @Test
  void aLineThatNoTabFollowsStartsNoTable() {
    assertNull(TabLineTables.at(lines("第一条　为了规范管理，制定本办法。", "", "第二条　本办法自发布之日起施行。"), 0));
    assertNull(TabLineTables.at(lines("甲", "\t", "乙"), 0), "one separator is no table");
  }
}
