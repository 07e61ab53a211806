package org.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.gazette.model.Document;
import org.gazette.model.Node;
import org.junit.jupiter.api.Test;

/**
 * Heading levels learned from the document where it departs from the usual 一、 → （一） order: a list
 * that lies between two items of another list nests in it.
 */
class HeadingHierarchyTest {

  /**
   * Each section as {@code level:label} (an unnumbered one {@code level:title}), in reading order.
   */
  private static List<String> outline(List<Node> nodes) {
    List<String> out = new ArrayList<>();
    for (Node n : nodes == null ? List.<Node>of() : nodes) {
      if (n.kind() == Node.Kind.SECTION) {
        out.add(n.level() + ":" + (n.label() == null ? n.title() : n.label()));
        out.addAll(outline(n.children()));
      }
    }
    return out;
  }

  private static Document report(String... body) {
    List<String> lines = new ArrayList<>();
    lines.add("关于安置工作的报告");
    lines.add("国务院：");
    lines.addAll(List.of(body));
    lines.add("某某省人民政府");
    lines.add("1963年2月5日");
    return Txt.first(lines.toArray(String[]::new));
  }

  @Test
  void aListBetweenTwoItemsOfAnotherNestsInTheFirstWhateverItsStyle() {
    Document d =
        report(
            "现将会议情况报告如下。",
            "（一）",
            "各地报的计划突破了控制指标。",
            "（二）",
            "为了落实计划，会议提出以下意见：",
            "一、扩建农场必须按照基本建设程序办事。",
            "二、管好用好安置经费。",
            "（三）",
            "继续加强组织领导。");
    assertEquals(List.of("1:（一）", "1:（二）", "2:一、", "2:二、", "1:（三）"), outline(d.body()));
  }

  @Test
  void aBareNumberDividesTheTextDownToTheNextOne() {
    Document d =
        report(
            "现将会议纪要报告如下。",
            "（一）",
            "会议回顾了一年来的工作。",
            "（二）",
            "会议认为，复查工作要抓紧进行。",
            "（三）",
            "会议对复查工作提出以下意见：",
            "一、已判刑的案件由法院负责复查。",
            "二、尽快给受审查的干部分配工作。");
    assertEquals(List.of("1:（一）", "1:（二）", "1:（三）", "2:一、", "2:二、"), outline(d.body()));
  }

  @Test
  void aNestingOnceSeenHoldsForTheRestOfTheDocument() {
    Document d =
        report(
            "(一)“某党”的发展过程",
            "该组织成立于一九二五年。",
            "(二)“某党”的性质",
            "一、一九二五年到一九三六年期间的性质",
            "二、一九四五年以后的性质",
            "(三)对不同时期“某党”的处理意见",
            "一、凡参加一九二五年期间组织的，都不应视为参加反动组织。",
            "二、凡参加一九四五年以后组织的，按一般政治历史问题对待。");
    assertEquals(
        List.of("1:(一)", "1:(二)", "2:一、", "2:二、", "1:(三)", "2:一、", "2:二、"), outline(d.body()));
  }

  @Test
  void numberedPointsBeforeTheFirstHeadingDoNotHoldTheHeadings() {
    Document d =
        report(
            "会议认为：",
            "（1）计划基本落实；",
            "（2）经费需要追加。",
            "一、总体要求",
            "（1）坚持统筹安排。",
            "（2）坚持就地安置。",
            "（3）坚持自愿原则。",
            "二、保障措施",
            "加强组织领导。");
    assertEquals(
        List.of("1:（1）", "1:（2）", "1:一、", "2:（1）", "2:（2）", "2:（3）", "1:二、"), outline(d.body()));
  }

  @Test
  void unnumberedPartTitlesStandAboveTheNumberedHeadings() {
    Document d =
        report(
            "我代表省人民政府，向大会报告工作，请予审议。",
            "“十四五”时期工作回顾",
            "“十四五”时期是我省发展极不寻常、极不平凡的五年，全省经济总量迈上新台阶。",
            "五年来主要做了以下工作。",
            "2026年重点工作",
            "今年是“十五五”开局之年，政府工作要坚持稳中求进工作总基调。",
            "（一）放大促消费扩投资政策效应",
            "积极承接用好政策。",
            "（二）加快建设现代化产业体系",
            "优化提升传统产业。");
    assertEquals(List.of("1:“十四五”时期工作回顾", "1:2026年重点工作", "2:（一）", "2:（二）"), outline(d.body()));
  }

  @Test
  void aShortLineInsideANumberedListDividesNoParts() {
    Document d =
        report(
            "现将有关事项报告如下。",
            "一、基本情况",
            "全省共有农场一百二十个，职工三万余人，安置任务十分繁重，需要统筹安排。",
            "安置计划落实情况",
            "各地报的计划突破了原来下达的控制指标，需要进一步核实和调整落实。",
            "二、存在问题",
            "经费不足。",
            "下一步工作思路",
            "继续加强组织领导，建立定期报告制度，按季度向国务院报告执行情况。",
            "三、下一步打算",
            "抓紧落实。");
    assertEquals(List.of("1:一、", "1:二、", "1:三、"), outline(d.body()));
  }
}
