package org.gazette.toc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.gazette.Lines;
import org.gazette.model.Toc;
import org.gazette.model.TocEntry;
import org.junit.jupiter.api.Test;

class TocParserTest {
  private final TocParser parser = new TocParser();

  @Test
  void plainSectionHeadingsEnglishContentsAndColophonAfterTheToc() {
    Toc toc =
        parser.parse(
            Lines.of(
                String.join(
                    "\n",
                    "目　　录",
                    "国务院文件",
                    "国务院关于深化住房制度改革的通知……………………（627）",
                    "部门规章",
                    "中华人民共和国某某总署令",
                    "第68号……………………（642）",
                    "人事任免",
                    "国务院任免国家工作人员……………………（646）",
                    "CONTENTS",
                    "Circular of the State Council on Housing ……(627)",
                    "编辑出版：某某办公厅",
                    "国内统一刊号：CN11-1611/D",
                    "",
                    "国务院关于深化住房制度改革的通知")));
    assertEquals(3, toc.entries().size());
    assertEquals("国务院文件", toc.entries().get(0).category());
    assertEquals("国务院关于深化住房制度改革的通知", toc.entries().get(0).title());
    // a title's first line followed by its 第N号 is no section
    assertEquals("部门规章", toc.entries().get(1).category());
    assertEquals("中华人民共和国某某总署令第68号", toc.entries().get(1).title());
    assertEquals("人事任免", toc.entries().get(2).category());
    assertEquals(12, toc.endLine());
  }

  @Test
  void allEntryShapesInOneToc() {
    Toc toc =
        parser.parse(
            Lines.of(
                String.join(
                    "\n",
                    "稷山县人民政府公报",
                    "",
                    "目 录",
                    "",
                    "【县政府文件】",
                    "",
                    "政府工作报告……………………………………1",
                    "",
                    "稷山县人民政府关于推进气象高质量发展的实施意见",
                    "",
                    "稷政发〔2023〕11 号..... 5",
                    "",
                    "【县政府办公室文件】",
                    "稷山县人民政府办公室关于印发稷山县城镇燃气安全专项整治工作方案的通知 稷政办发〔2023〕27 号\t32",
                    "- 关于向乡镇人民政府下放部分行政执法职权的通知（稷政发〔2022〕20号）1",
                    "- 关于印发《稷山县关于加强耕地保护、严格耕地用途管制的实施方案》的通知",
                    "（稷政办发〔2022〕48号）21",
                    "",
                    "稷山县人民政府",
                    "",
                    "关于推进气象高质量发展的实施意见",
                    "",
                    "稷政发〔2023〕11号")));
    assertEquals(3, toc.startLine());
    assertEquals(17, toc.endLine());
    assertEquals(5, toc.entries().size());
    TocEntry report = toc.entries().get(0);
    assertEquals("政府工作报告", report.title());
    assertNull(report.docNumber());
    assertEquals(1, report.page());
    assertEquals("县政府文件", report.category());
    TocEntry wrapped = toc.entries().get(1);
    assertEquals("稷政发〔2023〕11号", wrapped.docNumber());
    assertEquals(5, wrapped.page());
    assertEquals("稷山县人民政府关于推进气象高质量发展的实施意见", wrapped.title());
    TocEntry tab = toc.entries().get(2);
    assertEquals("县政府办公室文件", tab.category());
    assertEquals("稷山县人民政府办公室关于印发稷山县城镇燃气安全专项整治工作方案的通知", tab.title());
    assertEquals(32, tab.page());
    assertEquals("稷政发〔2022〕20号", toc.entries().get(3).docNumber());
    assertEquals(21, toc.entries().get(4).page());
    assertEquals(16, toc.entries().get(4).line());
  }

  @Test
  void noTocHeadMeansNoToc() {
    assertNull(parser.parse(Lines.of("稷山县人民政府\n关于推进气象高质量发展的实施意见\n稷政发〔2023〕11号")));
  }

  @Test
  void pagesInBracketsAndDottedLeaders() {
    Toc toc =
        parser.parse(
            Lines.of(
                String.join(
                    "\n",
                    "目录",
                    "某某市人民政府关于表彰2023年度先进集体的决定…………………（11）",
                    "某政发〔2024〕2号……………（15）",
                    "",
                    "某某市人民政府")));
    assertEquals(2, toc.entries().size());
    assertEquals(11, toc.entries().get(0).page());
    assertEquals("某某市人民政府关于表彰2023年度先进集体的决定", toc.entries().get(0).title());
    assertEquals(15, toc.entries().get(1).page());
    assertEquals("某政发〔2024〕2号", toc.entries().get(1).docNumber());
  }
}
