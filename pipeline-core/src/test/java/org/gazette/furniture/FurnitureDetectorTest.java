package org.gazette.furniture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gazette.Lines;
import org.gazette.model.Furniture;
import org.junit.jupiter.api.Test;

class FurnitureDetectorTest {
  private final FurnitureDetector detector = new FurnitureDetector();

  @Test
  void runningHeadersAndPageNumbers() {
    List<Furniture> f =
        detector.detect(
            Lines.of(
                String.join(
                    "\n",
                    "信息发布坚持实事求是、及时准确、公开透明的",
                    "",
                    "",
                    "1/2023 稷山县人民政府公报 · 县政府办公室文件 ·",
                    "",
                    "- 35 -",
                    "",
                    "原则。要主动通过报刊发布信息。",
                    "",
                    "· 政府工作报告 · 1/2023 稷山县人民政府公报",
                    "12",
                    "",
                    "— 3 —",
                    "第 5 页")),
            0,
            null);
    assertEquals(List.of(4, 6, 10, 11, 13, 14), f.stream().map(Furniture::line).toList());
    assertEquals(Furniture.Kind.HEADER, f.get(0).kind());
    assertEquals(Furniture.Kind.PAGE_NUMBER, f.get(1).kind());
  }

  @Test
  void aSectionBannerOpensItsSectionALabelRepeatedUnderEveryArticleIsText() {
    String banners = "【省政府文件】\n某某省人民政府关于某事的通知\n正文。\n【部门文件】\n某某厅关于某事的通知\n正文。";
    assertEquals(
        List.of(1, 4),
        detector.detect(Lines.of(banners), 0, null).stream().map(Furniture::line).toList());
    String labels =
        String.join(
            "\n",
            "第一条 为了加强管理，制定本条例。",
            "【说明】明确立法目的。",
            "【依据】",
            "《某某法》第一条。",
            "第二条 本条例适用于本市。",
            "【依据】",
            "《某某法》第二条。",
            "第三条 市人民政府负责。",
            "【依据】",
            "《某某法》第三条。");
    assertEquals(List.of(), detector.detect(Lines.of(labels), 0, null));
  }

  @Test
  void bareNumbersAwayFromHeadersAreTableCellsNotFurniture() {
    List<Furniture> f =
        detector.detect(
            Lines.of(
                String.join(
                    "\n", "序号", "", "1", "", "稷峰镇", "", "2", "", "翟店镇", "", "合 计", "4075", "500")),
            0,
            null);
    assertEquals(List.of(), f);
  }

  @Test
  void theGazetteNameAloneIsAHeaderOnlyWhenKnown() {
    String text = "正文第一行\n\n稷山县人民政府公报\n\n正文第二行";
    assertEquals(
        List.of(3),
        detector.detect(Lines.of(text), 0, "稷山县人民政府公报").stream().map(Furniture::line).toList());
    assertEquals(List.of(), detector.detect(Lines.of(text), 0, null));
  }

  @Test
  void barePageNumbersThatCountUpInsideRunningText() {
    StringBuilder sb = new StringBuilder();
    for (int page = 7; page <= 10; page++) {
      for (int k = 0; k < 20; k++) {
        sb.append("这是正文的一行，内容足够长而且没有结束。\n");
      }
      sb.append(page).append('\n');
    }
    sb.append("这是正文的一行，内容足够长而且没有结束。\n");
    List<Furniture> f = detector.detect(Lines.of(sb.toString()), 0, null);
    assertEquals(List.of(21, 42, 63, 84), f.stream().map(Furniture::line).toList());
    assertEquals(Furniture.Kind.PAGE_NUMBER, f.get(0).kind());
  }

  @Test
  void aTablesHeaderRepeatedAfterEachPageNumberIsNoRunningHeader() {
    String text =
        String.join(
            "\n",
            "辖区\t学校\t拟招生班数\t备注",
            "市桥\t某某实验小学\t6\t",
            "市桥\t某某中心小学\t4\t",
            "-20-",
            "辖区\t学校\t拟招生班数\t备注",
            "南村\t某某小学\t2\t",
            "南村\t某某中心小学\t5\t",
            "-21-",
            "辖区\t学校\t拟招生班数\t备注",
            "化龙\t某某小学\t4\t",
            "化龙\t某某东沙小学\t2\t",
            "-22-",
            "辖区\t学校\t拟招生班数\t备注",
            "石楼\t某某小学\t3\t",
            "石楼\t某某中心小学\t2\t",
            "-23-");
    List<Furniture> f = detector.detect(Lines.of(text), 0, null);
    assertEquals(List.of(4, 8, 12, 16), f.stream().map(Furniture::line).toList());
    // one or two pieces beside the page numbers are a running header as before
    String headers = text.replace("辖区\t学校\t拟招生班数\t备注", "某某县人民政府公报\t2015年第3期");
    assertEquals(
        List.of(1, 4, 5, 8, 9, 12, 13, 16),
        detector.detect(Lines.of(headers), 0, null).stream().map(Furniture::line).toList());
  }
}
