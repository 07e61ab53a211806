package org.gazette.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A document flattened onto one line, as web pages are saved, taken apart at the 公文's seams. */
class UnflattenerTest {
  private static final String PAGE =
      "当前位置： 首页政务公开最新文件 某某县人民政府关于同意设立某某小学的批复 时间：2015-09-09 09:05 微信 微博"
          + " 某政函〔2015〕177号某某县人民政府关于同意设立某某小学的批复县教育局：你局《关于设立某某小学的请示》"
          + "（某教〔2015〕149号）悉。经研究，现批复如下：一、同意设立某某小学，办学规模为24个教学班。二、学校建设"
          + "资金由你局统筹安排，并按有关规定办理审批手续。此复。某某县人民政府2015年9月6日 来源：某某县政府网 附件下载";

  @Test
  void aFlattenedPageIsTakenApartAtItsSeams() {
    assertTrue(Unflattener.flattened(PAGE));
    List<String> pieces = Unflattener.split(PAGE);
    assertTrue(pieces.contains("某政函〔2015〕177号"), pieces.toString());
    assertTrue(pieces.contains("某某县人民政府关于同意设立某某小学的批复"), pieces.toString());
    assertTrue(pieces.contains("县教育局："), pieces.toString());
    assertTrue(pieces.contains("一、同意设立某某小学，办学规模为24个教学班。"), pieces.toString());
    assertTrue(pieces.contains("某某县人民政府"), pieces.toString());
    assertTrue(pieces.contains("2015年9月6日"), pieces.toString());
    assertTrue(
        pieces.stream().anyMatch(p -> p.contains("（某教〔2015〕149号）悉。")),
        "a cited 字号 stays in its sentence: " + pieces);
    assertEquals(String.join("", pieces), PAGE.replaceAll("[ ]+", ""), "nothing lost but spaces");
  }

  @Test
  void anOrdinaryLongParagraphIsNotFlattened() {
    String paragraph =
        "为深入贯彻落实《国务院关于加强某某工作的意见》（国发〔2021〕4号）精神，进一步提高某某水平，".repeat(6) + "结合我县实际，制定本方案。";
    assertFalse(Unflattener.flattened(paragraph));
  }

  @Test
  void aTitleAndItsRecipientsOnOneLineMarkAFlattenedPageEvenWithoutANumber() {
    String page =
        "当前位置： 首页 最新文件 某某县人民政府办公室 关于做好某某专项行动 信息报送工作的通知 县直各有关单位： "
            + "为进一步推进某某专项行动，做好信息报送工作，现将有关事项通知如下：一、信息报送范围包括领导小组成员单位。"
            + "二、各单位应认真填写统计表，在12月28日前报送。二0一0年十二月二十二日 来源：本站";
    assertTrue(Unflattener.flattened(page));
    List<String> pieces = Unflattener.split(page);
    assertTrue(pieces.contains("县直各有关单位："), pieces.toString());
    assertTrue(pieces.contains("二、各单位应认真填写统计表，在12月28日前报送。"), pieces.toString());
  }

  private static final String JOINT =
      "当前位置： 首页 关于印发《某某县工伤预防费使用管理暂行办法》的通知 时间：2019-06-13 09:16 微信 微博 QQ空间"
          + " 各有关单位： 为更好保障职工的生命安全和健康，制定《某某县工伤预防费使用管理暂行办法》，现印发给你们，请认真贯彻落实。"
          + " 某某县社会事业局 某某县财政金融局 某某县卫生健康局（某某县医保局代章） 2019年6月11日（此件主动公开）附件1：分配表.doc"
          + " 某某县工伤预防费使用管理暂行办法 第一条 为促进用人单位做好工伤预防工作，制定本办法。";

  @Test
  void aJointSignatureMidLineMakesAFlattenedPageAndIsTakenApart() {
    assertTrue(Unflattener.flattened(JOINT));
    List<String> pieces = Unflattener.split(JOINT);
    assertTrue(pieces.contains("某某县财政金融局"), pieces.toString());
    assertTrue(pieces.contains("某某县卫生健康局（某某县医保局代章）"), pieces.toString());
    assertTrue(pieces.contains("2019年6月11日"), pieces.toString());
    assertTrue(pieces.contains("（此件主动公开）"), pieces.toString());
    assertTrue(pieces.contains("附件1：分配表.doc"), pieces.toString());
    assertEquals(String.join("", pieces), JOINT.replaceAll("[ ]+", ""), "nothing lost but spaces");
  }

  @Test
  void aPrintLineDateKeepsItsPrintedWord() {
    List<String> pieces = Unflattener.split("此复。 某某县人民政府办公室 2011年8月1日印发 来源：某某县政府网");
    assertTrue(pieces.contains("2011年8月1日印发"), pieces.toString());
  }

  @Test
  void chaptersAndArticlesOfAFlattenedRuleStartPiecesOfTheirOwn() {
    assertEquals(
        "某某暂行办法 第一章总则 第一条为加强管理，制定本办法。 第二章职责分工 第二条区农业农村局负责。依照本办法第五条规定执行。",
        FlatHeadings.apart("某某暂行办法第一章 总 则第一条 为加强管理，制定本办法。第二章 职责分工 第二条 区农业农村局负责。依照本办法第五条规定执行。")
            .replaceAll(" +", " "));
    assertEquals("根据本办法第三条规定", FlatHeadings.apart("根据本办法第三条规定"));
  }

  @Test
  void aHeadingGluedToItsParagraphEndsAtASubItemOrADate() {
    assertEquals("二、各单位职责分工".length(), FlatHeadings.end("二、各单位职责分工1.区公安局负责指导。"));
    assertEquals("三、开办要求".length(), FlatHeadings.end("三、开办要求（一）经营网约房应当具备下列条件"));
    assertEquals("三、活动时间".length(), FlatHeadings.end("三、活动时间2021年6月1日—6月30日。"));
    assertEquals(-1, FlatHeadings.end("一、管理范围本通告所称网约房是指通过互联网平台经营的房屋。"));
    assertEquals(-1, FlatHeadings.end("一、为民服务，提高效率。"), "an opener right after the label");
    assertEquals(-1, FlatHeadings.end("二、坚持以人民为中心的发展思想。"), "a verb before its object");
    assertEquals(-1, FlatHeadings.end("二、平潭县人民政府必须按照法定程序组织实施。"), "a run-in sentence");
    assertEquals(-1, FlatHeadings.end("各单位要按照要求报送。"), "no heading label");
  }
}
