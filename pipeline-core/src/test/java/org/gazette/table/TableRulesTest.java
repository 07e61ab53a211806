package org.gazette.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gazette.model.SourceLine;
import org.gazette.model.Table;
import org.junit.jupiter.api.Test;

/** One test a rule of reading tables from text. */
class TableRulesTest {
  /** Lines numbered from 1; an empty string stands for a blank line and is left out. */
  private static List<SourceLine> lines(String... texts) {
    List<SourceLine> out = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      if (!texts[i].isEmpty()) {
        out.add(new SourceLine(i + 1, texts[i]));
      }
    }
    return out;
  }

  private static List<String> row(String... cells) {
    return Arrays.asList(cells);
  }

  @Test
  void tokensJoinLetterSpacedWordsAndNumbersWithTheirUnits() {
    assertEquals(List.of("分管领导", "序号", "工作任务"), Tokens.of("分管领导 序号 工 作 任 务"));
    assertEquals(List.of("1", "稷峰镇", "2021年底", "44"), Tokens.of("1 稷峰镇 2021 年底 44"));
    // a unit word must be the whole piece: 人社局 is a cell of its own, not 4 + 人
    assertEquals(List.of("4", "人社局", "张维红"), Tokens.of("4 人社局 张维红"));
    assertEquals(List.of("王润", "1", "县直各单位"), Tokens.of("王 润 1 县直各单位"));
  }

  @Test
  void cellsSideBySideAreSplitBetweenWideCharactersOnly() {
    assertEquals(List.of("县生态环境局", "经开区管委会"), Tokens.cells("县生态环境局 经开区管委会"));
    assertEquals(List.of("实施超低排放改造。", "12月底", "县生态环境局"), Tokens.cells("实施超低排放改造。 12 月底 县生态环境局"));
    assertEquals(List.of("推进投资0.8亿元的60公里道路"), Tokens.cells("推进投资 0.8 亿元的 60公里道路"));
    assertEquals(List.of("合计", "县能源局"), Tokens.cells("合 计 县能源局"));
  }

  @Test
  void aLineOfSeveralCellsUnderTheLastColumnOpensASubRow() {
    Table t =
        LinearTables.find(
                lines(
                    "序号 工程 工作任务 完成时限 牵头单位",
                    "1",
                    "工业治理",
                    "巩固钢铁行业超低排放改造工程。",
                    "6月底 县生态环境局",
                    "实施超低排放改造。 12 月底 县生态环境局"))
            .get(0)
            .table();
    assertEquals(
        List.of(
            row("序号", "工程", "工作任务", "完成时限", "牵头单位"),
            row("1", "工业治理", "巩固钢铁行业超低排放改造工程。", "6月底", "县生态环境局"),
            row(null, null, "实施超低排放改造。", "12月底", "县生态环境局")),
        t.grid());
  }

  @Test
  void cellsSideBySideAfterAShortTailStartTheNextColumn() {
    Table t =
        LinearTables.find(
                lines(
                    "序号 工程 工作任务 完成时限 牵头单位", "1", "污水治理", "完成清河和化峪两个建制镇污水处理设施", "建设", "10 月底 县住建局"))
            .get(0)
            .table();
    assertEquals(row("1", "污水治理", "完成清河和化峪两个建制镇污水处理设施建设", "10月底", "县住建局"), t.grid().get(1));
  }

  @Test
  void aRowLabelThenTheLastSerialAgainIsTheRowPrintedAgain() {
    Table t =
        LinearTables.find(
                lines(
                    "分管领导 序号 牵头单位 工作任务", "张三 1 财政局", "一般公共预算收入增长7%。", "李四", "1", "财政局", "严格预算执行。"))
            .get(0)
            .table();
    assertEquals(3, t.rows().size());
    assertEquals(row("李四", "1", "财政局", "严格预算执行。"), t.grid().get(2));
  }

  @Test
  void aBracketOrTheNextShortUnitOfAListGoesOnInTheSameCell() {
    Table t =
        LinearTables.find(
                lines(
                    "序号 牵头单位 责任人 工作任务",
                    "1",
                    "林业局",
                    "",
                    "（枣业中",
                    "心）",
                    "",
                    "姚忠保",
                    "贺宁杰",
                    "",
                    "全面推行林长制，",
                    "全面推进。",
                    "2",
                    "卫健局",
                    "医保局",
                    "",
                    "医疗集团",
                    "",
                    "薛建东",
                    "",
                    "抓好常态化疫情防控。"))
            .get(0)
            .table();
    assertEquals(3, t.rows().size()); // the header and two rows
    assertEquals(row("1", "林业局（枣业中心）", "姚忠保贺宁杰", "全面推行林长制，全面推进。"), t.grid().get(1));
    assertEquals(row("2", "卫健局医保局医疗集团", "薛建东", "抓好常态化疫情防控。"), t.grid().get(2));
  }

  @Test
  void headerLinesAreShortCellsMostlyNamingColumns() {
    assertEquals(
        List.of("序号", "十大工程", "工作任务", "完成时限", "牵头单位", "配合单位"),
        Header.parse("序号 十大工程 工作任务 完成时限 牵头单位 配合单位"));
    assertEquals(List.of("单位", "煤改电", "煤改气", "备注"), Header.parse("单 位 煤改电 煤改气 备注"));
    assertNull(Header.parse("各乡镇人民政府，县直各单位，现将有关事项通知如下："));
    assertNull(Header.parse("一、 二、 三、"));
    assertNull(Header.parse("张三 李四 王五 赵六"));
  }

  @Test
  void tabRowsWithLeadingGapsAreRowLabelsMergedDown() {
    Table t = TabTables.parse(lines("农作物\t服务环节\t价格", "小麦\t收获\t60", "玉米\t收获\t110", "\t播种\t60"));
    assertEquals(
        List.of(
            row("农作物", "服务环节", "价格"),
            row("小麦", "收获", "60"),
            row("玉米", "收获", "110"),
            row(null, "播种", "60")),
        t.grid());
    assertEquals(2, t.rows().get(2).get(0).rows());
  }

  @Test
  void aShortTabRowSpansTheGapLeftOfItsValueColumns() {
    Table t =
        TabTables.parse(
            lines("税目\t征税对象\t税率", "能源矿产\t原油\t\t原矿\t6％", "\t天然气\t原矿\t6％", "\t煤\t页岩\t原矿\t2％"));
    assertEquals(5, t.columns());
    assertEquals(row("税目", null, null, "征税对象", "税率"), t.grid().get(0));
    assertEquals(row(null, "天然气", null, "原矿", "6％"), t.grid().get(2));
    assertEquals(row(null, "煤", "页岩", "原矿", "2％"), t.grid().get(3));
  }

  @Test
  void labelValueRowsAreAFormNotATable() {
    assertTrue(TabTables.form(lines("所在单位：\t（如有单位，请填写）", "单位联系人：\t单位联系方式：")));
    assertFalse(TabTables.form(lines("地区\t平均税额", "上海\t45", "北京\t40")));
    // a label with its value after it labels a table's row
    assertFalse(TabTables.form(lines("第一界别：\t工商界\t300人", "第二界别：\t专业界\t300人")));
  }

  @Test
  void aLineWithoutTabInsideATabTableContinuesTheCellAbove() {
    Table t = TabTables.parse(lines("地区\t平均税额", "（元/平方米）", "上海\t45"));
    assertEquals(List.of(row("地区", "平均税额（元/平方米）"), row("上海", "45")), t.grid());
  }

  @Test
  void aHeaderWrappedCellByCellIsOneRow() {
    Table t =
        TabTables.parse(
            lines("税目\t计税", "单位\t年基准", "税额\t备注", "摩托车\t\t每辆\t36元\t", "船舶\t游艇\t每米\t600元\t注"));
    assertEquals(row("税目", null, "计税单位", "年基准税额", "备注"), t.grid().get(0));
    assertEquals(3, t.grid().size());
  }

  @Test
  void aLineClosingTheNextRowsOpenBracketEndsItsFirstCell() {
    Table t = TabTables.parse(lines("类别\t档次\t税额", "分档〕", "乘用车〔按排量\t1升以下\t60元", "\t1升以上\t300元"));
    assertEquals("乘用车〔按排量分档〕", t.grid().get(1).get(0));
    assertEquals(3, t.grid().size());
  }

  @Test
  void aLineUnderAnEmptyLastCellFillsItOrStartsTheNextRowByHowThatColumnIsUsed() {
    // the last column is filled in most rows: the line is that row's last cell
    Table filled =
        TabTables.parse(lines("一\t工商界\t300人", "二\t专业界\t300人", "三\t劳工界\t", "300人", "四\t宗教界\t300人"));
    assertEquals(row("三", "劳工界", "300人"), filled.grid().get(2));
    // the last column is mostly empty: the line begins the next row's first cell
    Table empty =
        TabTables.parse(
            lines("车类\t子类\t税额\t备注", "挂车\t\t16元\t", "其他", "车辆\t专用车\t16元\t不含拖拉机", "摩托车\t\t36元\t"));
    assertEquals(row("挂车", "", "16元", ""), empty.grid().get(1));
    assertEquals("其他车辆", empty.grid().get(2).get(0));
  }

  @Test
  void numberedRowsReadWrappedCellsColumnByColumn() {
    List<LinearTables.Found> found =
        LinearTables.find(
            lines(
                "表1 任务清单",
                "序号 工程 工作任务 牵头单位",
                "1",
                "散煤清洁",
                "化替代工",
                "程",
                "组织开展清洁取暖回头看，继续扩大清洁",
                "取暖覆盖面。",
                "县能源局、县住",
                "建局",
                "2 农业 推进秸秆综合利用，提高利用率。 县农业农村局",
                "注：各单位按月报送。"));
    assertEquals(1, found.size());
    Table t = found.get(0).table();
    assertEquals("表1任务清单", t.caption());
    assertEquals(List.of("注：各单位按月报送。"), t.notes());
    assertEquals(
        List.of(
            row("序号", "工程", "工作任务", "牵头单位"),
            row("1", "散煤清洁化替代工程", "组织开展清洁取暖回头看，继续扩大清洁取暖覆盖面。", "县能源局、县住建局"),
            row("2", "农业", "推进秸秆综合利用，提高利用率。", "县农业农村局")),
        t.grid());
    assertEquals(0, found.get(0).from());
    assertEquals(12, found.get(0).to());
  }

  @Test
  void aTaskTooWideForTheLastColumnOpensASubRow() {
    Table t =
        LinearTables.find(
                lines(
                    "序号 工程 工作任务 牵头单位",
                    "1 散煤治理",
                    "组织开展清洁取暖回头看，继续扩大清洁",
                    "取暖覆盖面。",
                    "县能源局",
                    "注重优化清洁取暖路径，优先采取热电联",
                    "产等热源供热。",
                    "县住建局"))
            .get(0)
            .table();
    assertEquals(
        List.of(
            row("序号", "工程", "工作任务", "牵头单位"),
            row("1", "散煤治理", "组织开展清洁取暖回头看，继续扩大清洁取暖覆盖面。", "县能源局"),
            row(null, null, "注重优化清洁取暖路径，优先采取热电联产等热源供热。", "县住建局")),
        t.grid());
  }

  @Test
  void aParagraphAfterABlankLineInTheLastColumnIsARowOfItsOwn() {
    Table t =
        LinearTables.find(
                lines(
                    "序号 牵头单位 工作任务",
                    "1 财政局",
                    "一般公共预算收入增长7%，",
                    "税收占比提高。",
                    "",
                    "严格预算执行。",
                    "2 人社局 城镇登记失业率控制在4.5%以内。"))
            .get(0)
            .table();
    assertEquals(
        List.of(
            row("序号", "牵头单位", "工作任务"),
            row("1", "财政局", "一般公共预算收入增长7%，税收占比提高。"),
            row(null, null, "严格预算执行。"),
            row("2", "人社局", "城镇登记失业率控制在4.5%以内。")),
        t.grid());
  }

  @Test
  void aParagraphSetInAfterAFullStopIsARowOfItsOwnWhereNoBlankLineWasLeft() {
    Table t =
        LinearTables.find(
                lines(
                    "序号 牵头单位 工作任务",
                    "",
                    "1 财政局",
                    "",
                    "一般公共预算收入增长7%，",
                    "税收占比提高。",
                    " 严格预算执行，",
                    "加强审计。",
                    "",
                    "2 人社局 城镇登记失业率控制在4.5%以内。"))
            .get(0)
            .table();
    assertEquals(
        List.of(
            row("序号", "牵头单位", "工作任务"),
            row("1", "财政局", "一般公共预算收入增长7%，税收占比提高。"),
            row(null, null, "严格预算执行，加强审计。"),
            row("2", "人社局", "城镇登记失业率控制在4.5%以内。")),
        t.grid());
  }

  @Test
  void rowsOneALineEndWithATotalsRowReadDownwards() {
    List<LinearTables.Found> found =
        LinearTables.find(
            lines(
                "单位：户",
                "单 位 煤改电 煤改气 备注",
                "稷峰镇 300 377",
                "西社镇 440",
                "合 计",
                "740",
                "（县能源局牵头）",
                "377",
                "县人民政府办公室"));
    Table t = found.get(0).table();
    assertEquals(List.of("单位：户"), t.notes());
    assertEquals(
        List.of(
            row("单位", "煤改电", "煤改气", "备注"),
            row("稷峰镇", "300", "377", ""),
            row("西社镇", "440", "", ""),
            row("合计", "740（县能源局牵头）", "377", "")),
        t.grid());
    assertEquals(0, found.get(0).from());
    assertEquals(8, found.get(0).to());
  }

  @Test
  void aHeaderOneNameALineGivesRowsOneCellALine() {
    List<LinearTables.Found> found =
        LinearTables.find(
            lines(
                "专栏1 主要指标",
                "序号",
                "指标",
                "预期值",
                "属性",
                "1",
                "生产安全事故死亡人数",
                "下降15%",
                "约束性",
                "2",
                "年均每十万人受灾人次",
                "<15000",
                "预期性",
                "应急管理体制机制更加完善。"));
    Table t = found.get(0).table();
    assertEquals(
        List.of(
            row("序号", "指标", "预期值", "属性"),
            row("1", "生产安全事故死亡人数", "下降15%", "约束性"),
            row("2", "年均每十万人受灾人次", "<15000", "预期性")),
        t.grid());
    assertEquals(13, found.get(0).to());
  }

  @Test
  void aSentenceIsNeverAHeaderAndTextWithoutOneHasNoTable() {
    assertTrue(LinearTables.find(lines("为加快推进工作，现通知如下：", "一、总体要求", "1 加强领导 2 落实责任")).isEmpty());
  }

  @Test
  void aHeaderOfSeveralRowsLinearisedGroupByGroupIsStackedBottomUp() {
    List<LinearTables.Found> found =
        LinearTables.find(
            lines(
                "某县各乡镇设施建设任务分解表",
                "",
                "序号 乡镇",
                "",
                "设施建设",
                "",
                "乡镇级 完成时限 村级",
                "",
                "分年度",
                "",
                "2021",
                "年",
                "",
                "2022",
                "年",
                "",
                "1 甲镇 1 2021 年底 10 6 4",
                "2 乙乡 1 2021 年底 8 5 3",
                "合计 2 18 11 7"));
    assertEquals(1, found.size());
    Table t = found.get(0).table();
    assertEquals(3, t.headerRows());
    assertEquals(7, t.columns());
    // 序号 and 乡镇 reach down three rows; 设施建设 spans the five columns right of them
    assertEquals(3, t.rows().get(0).get(0).rowSpan());
    assertEquals(5, t.rows().get(0).get(2).colSpan());
    assertEquals(2, t.rows().get(1).get(0).rowSpan());
    assertEquals("分年度", t.rows().get(1).get(3).text());
    assertEquals(2, t.rows().get(1).get(3).colSpan());
    assertEquals(
        List.of("2021年", "2022年"), t.rows().get(2).stream().map(Table.Cell::text).toList());
    // the totals row: its numbers under the numeric columns, its label over 序号 and 乡镇
    List<Table.Cell> total = t.rows().get(t.rows().size() - 1);
    assertEquals("合计", total.get(0).text());
    assertEquals(2, total.get(0).colSpan());
    assertEquals(
        List.of("合计", "2", "", "18", "11", "7"), total.stream().map(Table.Cell::text).toList());
  }

  @Test
  void aHeaderNameRepeatedOnceForEveryExtraColumnIsTheWrappedLineOfTheNamesBefore() {
    assertEquals(
        List.of("序号", "企业名称", "省级确认补助金额(万元)", "区级确认补助金额(万元)"),
        Header.fit(List.of("序号", "企业名称", "省级确认", "补助金额(万元)", "区级确认", "补助金额(万元)"), 4));
    assertEquals(List.of("序号", "名称", "金额"), Header.fit(List.of("序号", "名称", "金额"), 2));
  }

  @Test
  void cellsOneALineWithAPaddedTotalsLabelAndItsValue() {
    List<LinearTables.Found> found =
        LinearTables.find(
            lines(
                "序号", "企业名称", "省级确认", "金额(万元)", "区级确认", "金额(万元)", "1", "甲公司", "5", "0", "2", "乙公司",
                "2", "1", "合", "计（万元）", "8", "某局办公室"));
    assertEquals(1, found.size());
    Table t = found.get(0).table();
    assertEquals(4, t.columns());
    assertEquals("省级确认金额(万元)", t.rows().get(0).get(2).text());
    List<Table.Cell> total = t.rows().get(3);
    assertEquals(List.of("合计（万元）", "8"), total.stream().map(Table.Cell::text).toList());
    assertEquals(3, total.get(0).colSpan());
    assertEquals(17, found.get(0).to()); // the line after the table is not in it
  }
}
