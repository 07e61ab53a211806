package org.gazette.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gazette.model.DocNumber;
import org.junit.jupiter.api.Test;

class TextTest {
  @Test
  void aLineWhereOneSentenceEndsAndAnotherBeginsIsProseNotATitle() {
    assertTrue(Titles.prose("国务院任免国家工作人员。任命王某为某局局长"));
    assertTrue(Titles.prose("现将有关事项通知如下："));
    assertTrue(!Titles.prose("某某县人民政府关于印发某某办法的通知"));
    assertTrue(!Titles.prose("关于“十四五”规划（2021—2025年）的说明"));
    assertTrue(!Titles.titleShaped("国务院任免国家工作人员。任命王某为某局局长", "国务院任免国家工作人员。任命王某为某局局长"));
  }

  @Test
  void dropsSpacesBetweenCjkButKeepsLatinWords() {
    assertEquals("关于印发的通知", Cjk.collapseSpaces("关于印发的 通知"));
    assertEquals("2023年1月30日", Cjk.collapseSpaces("2023 年 1 月 30 日"));
    assertEquals("实施方案", Cjk.collapseSpaces("实 施 方 案"));
    assertEquals(
        "JISHANXIAN RENMIN ZHENGFU GONGBAO",
        Cjk.collapseSpaces("JISHANXIAN  RENMIN ZHENGFU GONGBAO"));
    assertEquals("赏花线路：", Cjk.collapseSpaces("赏花线路 ："));
  }

  @Test
  void docNumbersOfAnyIssuer() {
    DocNumber d = DocNumbers.whole("稷政办发〔2023〕17 号");
    assertEquals("稷政办发", d.prefix());
    assertEquals(2023, d.year());
    assertEquals(17, d.serial());
    assertEquals("国办函〔2021〕5号", DocNumbers.whole("国办函[2021]5号").normalized());
    assertEquals("晋政发〔2022〕3号", DocNumbers.whole("晋政发(2022)3号").normalized());
    assertEquals("稷政任字〔2023〕1号", DocNumbers.whole("稷政任字〔2023〕1 号").normalized());
    assertEquals("京财预〔2020〕120号", DocNumbers.whole("京财预【2020】第120号").normalized());
    assertEquals("运政发〔2021〕8号", DocNumbers.find("根据《…的通知》（运政发〔2021〕8 号）精神").normalized());
    assertNull(DocNumbers.whole("根据运政发〔2021〕8号文件精神，现将有关事项通知如下"));
    assertEquals("稷政发〔2023〕11号", DocNumbers.whole("稷政发 2023]11 号").normalized());
    assertEquals("稷政发〔2023〕11号", DocNumbers.whole("稷政发[2023 11号").normalized());
    assertNull(DocNumbers.whole("稷政发 2023 11号"));
    // the year-first form of older numbers and court cases, kept as printed in （）
    DocNumber older = DocNumbers.whole("（94）统议字04号");
    assertEquals("统议字", older.prefix());
    assertEquals(1994, older.year());
    assertEquals(4, older.serial());
    assertEquals("（94）统议字04号", older.normalized());
    assertEquals("（1986）刑再字7号", DocNumbers.whole("(1986)刑再字7号").normalized());
    assertEquals("（57）刑特字第8号", DocNumbers.find("湖北省汉阳县人民法院（57）刑特字第8号判决").normalized());
    assertNull(DocNumbers.whole("（12）解放路8号"), "a list item's address is no 字号");
    assertEquals("中办发〔1986〕6号", DocNumbers.find("根据中办发（1986）6号文件的补充规定").normalized());
  }

  @Test
  void docNumberAfterATitleKeepsOnlyTheIssuerAbbreviation() {
    assertEquals(
        "稷政办发〔2023〕27号", DocNumbers.find("关于印发稷山县城镇燃气安全专项整治工作方案的通知稷政办发〔2023〕27号").normalized());
  }

  @Test
  void aDashSetForTheFirst一OfAYearBefore九IsReadAs一AndSaidSo() {
    Dates.Tail t = Dates.tail("中共中央—九五四年一月七日");
    assertEquals("中共中央", t.before());
    assertEquals("—九五四年一月七日", t.dateText(), "the date as printed is kept");
    assertEquals("1954-01-07", t.iso());
    assertTrue(Dates.dashForOne(t.dateText()));
    assertEquals("1962-03-01", Dates.onlyDateIso("ー九六二年三月一日"));
    assertFalse(Dates.dashForOne("一九五四年一月七日"));
    assertNull(Dates.onlyDateIso("—八五四年一月七日"), "only before 九: a year of the 1900s");
    assertNull(Dates.onlyDateIso("——年一月七日"));
  }

  @Test
  void aDatedLinesBracketsAreNoPartOfItsDateAndAnIssuerInsideIsBeforeIt() {
    assertEquals("一九七九年三月二十八日", Dates.tail("（一九七九年三月二十八日）").dateText());
    Dates.Tail t = Dates.tail("（中央人民政府政务院一九五○年十一月六日）");
    assertEquals("1950-11-06", t.iso());
    assertEquals("一九五○年十一月六日", t.dateText());
    assertEquals("(中央人民政府政务院", t.before(), "folded");
  }

  @Test
  void aBracketedAttachmentLabelAloneIsBareAndStartsItsLine() {
    assertTrue(Patterns.ATTACHMENT_BARE.matcher("（附件一）").matches());
    assertTrue(Patterns.ATTACHMENT_BARE.matcher("(附件2)").matches());
    assertTrue(Patterns.ATTACHMENT_BARE.matcher("附件2：").matches());
    assertFalse(Patterns.ATTACHMENT_BARE.matcher("（附件2：名单）").matches());
    assertTrue(Patterns.HARD_START.matcher("（附件二）").matches());
    assertFalse(Patterns.HARD_START.matcher("（附件2）。").matches(), "a wrapped reference goes on");
  }

  @Test
  void aCourtsBracketedDivisionInsideThePrefixIsPartOfThe字号() {
    DocNumber n = DocNumbers.whole("1986年10月25日 法（经）发〔1986〕30号");
    assertEquals("法(经)发", n.prefix());
    assertEquals(1986, n.year());
    assertEquals(30, n.serial());
    assertEquals("法(研)复〔1994〕5号", DocNumbers.whole("法(研)复[1994]5号").normalized());
    assertNull(DocNumbers.whole("（二）某政发〔2023〕1号"), "a list label is no part of a prefix");
  }

  @Test
  void aDateInFiguresRightAfterItsSignerEndsTheLine() {
    Dates.Tail t = Dates.numericTail("中共某某市委办公厅1978.9.15");
    assertEquals("中共某某市委办公厅", t.before());
    assertEquals("1978-09-15", t.iso());
    assertEquals("1978.9.15", t.dateText());
    assertNull(Dates.numericTail("编号1978.13.45"), "no real date");
  }

  @Test
  void aResolutionApprovingRulesHandsThemOver() {
    assertTrue(Patterns.ENCLOSING.matcher("某届人大常委会关于批准某省经济特区条例的决议").matches());
  }

  @Test
  void an批发Before关于HandsOverWhatItNamesAndTheOlderHandOverSentencesSaySo() {
    assertTrue(Patterns.ENCLOSING.matcher("中共中央批发某部党组关于某地农民流入城市情况的报告").matches());
    assertFalse(Patterns.ENCLOSING.matcher("关于加强农产品批发市场管理的通知").matches());
    assertTrue(Patterns.ENCLOSING_SENTENCE.matcher("兹将某部党组关于某某情况的报告发给你们，望参照处理。").matches());
    assertTrue(Patterns.ENCLOSING_SENTENCE.matcher("兹将某地高等学校在教学改革中的情况和问题通报如后，望注意。").matches());
    assertFalse(Patterns.ENCLOSING_SENTENCE.matcher("现将有关情况通报如下：").matches());
  }

  @Test
  void aDateMayCarryTheHourItWasSentAt() {
    Dates.Tail t = Dates.tail("中共中央国务院一九六七年一月二十日凌晨");
    assertEquals("1967-01-20", t.iso());
    assertEquals("中共中央国务院", t.before());
    assertEquals("2026-02-10", Dates.onlyDateIso("2026年2月10日上午"));
    assertEquals("1949-10-01", Dates.onlyDateIso("一九四九年十月一日下午三时"));
    assertNull(Dates.tail("一九六七年一月二十日凌晨出发的部队"));
  }

  @Test
  void aBracketedYearOpeningA字号IsNoHeadingLabel() {
    assertNull(Label.parse("(77)水电水字第79号函悉。关于水文站职工子女的问题", false));
    assertEquals(Label.Style.PNUM, Label.parse("(7)加强水文站建设", false).style());
  }

  @Test
  void anOlder批转TitleEndsWithTheDocumentItHandsOverInQuotes() {
    assertTrue(Patterns.isCompleteTitle("中共中央批转“某省委关于某某问题的报告”"));
    assertTrue(Patterns.isCompleteTitle("中共中央批转《某省委关于某某问题的报告》"));
    assertFalse(Patterns.isCompleteTitle("中共中央批转“某省委关于某某问题"));
    // the organs whose document is handed over may stand between the verb and its name
    assertTrue(Patterns.isCompleteTitle("某省委办公厅转发省人事局、劳动局党组《关于某某学生进行复查处理的请示报告》"));
    assertTrue(Patterns.isCompleteTitle("某市革命委员会批发“关于某某问题审批权限的请示报告”"));
    assertFalse(Patterns.isCompleteTitle("某某转发给你们，请按《某某办法》"));
    assertTrue(Patterns.RECIPIENTS.matcher("华主席、党中央：").matches());
    assertTrue(Patterns.RECIPIENTS.matcher("中央：").matches());
    // places: towns, counties, banners
    assertTrue(Patterns.RECIPIENTS.matcher("工委、管委会各机构，各街道，通州区、大兴区各相关镇：").matches());
    assertTrue(Patterns.RECIPIENTS.matcher("呼和浩特市、包头市，有关旗：").matches());
    assertFalse(Patterns.RECIPIENTS.matcher("现将有关事项通知如下：").matches());
  }

  @Test
  void issuerLinesJointPartyGroupsAndNoVerbInside() {
    // five issuers run together on one line, party groups among them
    assertTrue(Patterns.isOrgLine("中共某某省委组织部中共某某省劳动人事厅党组中共某某省高级人民法院党组中共某某省司法厅党组中共某某省公安厅党组"));
    assertTrue(Patterns.isOrgLine("中共某某区市场监督管理局党组"));
    // a 批转 title's head names two organs and a verb: no issuer
    assertFalse(Patterns.isOrgLine("中共中央批发中央劳动部党组"));
    assertFalse(Patterns.isOrgLine("某某党委批转某某党委妇委"));
    assertFalse(
        Patterns.isOrgName("")); // a line folded to nothing (batch AP's Markdown crashed here)
  }

  @Test
  void datesArabicAndChinese() {
    assertEquals("2023-07-25", Dates.onlyDateIso("2023年7月25日"));
    assertEquals("2021-05-07", Dates.onlyDateIso("2021年 5月 7日"));
    assertEquals("2023-07-25", Dates.onlyDateIso("二〇二三年七月二十五日"));
    assertEquals("2023-01-09", Dates.onlyDateIso("２０２３年１月９日"));
    assertNull(Dates.onlyDateIso("经县政府党组会议 2023 年 1 月 日研究决定"));
    assertEquals("1950-10-08", Dates.onlyDateIso("一九五○年十月八日于北京"));
    assertNull(Dates.onlyDateIso("2023年1月9日于县政府召开会议，研究部署工作"));
    assertNull(Dates.onlyDateIso("2023年2月30日"));
    // a reprint's news credit and footnote mark after the date are not part of it
    assertEquals("1975-01-17", Dates.onlyDateIso("一九七五年一月十七日于北京（新华社一九七五年一月十八日讯）＊"));
    Dates.Tail t = Dates.tail("某某会议主席团一九七五年一月十七日于北京（新华社一月十八日电）");
    assertEquals("某某会议主席团", t.before());
    assertEquals("一九七五年一月十七日于北京", t.dateText());
    assertNull(Dates.onlyDateIso("2023年1月9日（新华社记者张三摄影并撰写的长篇通讯稿件发表于各大报刊）"));
    assertEquals("2023-02-16", Dates.findIso("——2023 年 2 月 16 日在稷山县第十七届人民代表大会第三次会议上"));
  }

  @Test
  void aDateWhose年WasReadAsAnotherCharacterKeepsItsYearAndItsPrintedText() {
    Dates.Tail t = Dates.tail("2022每7月4日");
    assertEquals("2022-07-04", t.iso());
    assertEquals("2022每7月4日", t.dateText());
    assertEquals("", t.before());
    assertTrue(Dates.yearMarkMisread(t.dateText()));
    assertFalse(Dates.yearMarkMisread("2022年7月4日"));
    assertEquals("某某局", Dates.tail("某某局 2022 每 7月4日").before());
    // a 月 or 日 before the month is no misread 年, and five figures are no year
    assertNull(Dates.tail("12022每7月4日").iso());
    assertNull(Dates.tail("2022月7月4日").iso());
  }

  @Test
  void aDateWithAStrayMarkBefore年KeepsItsYearAndItsPrintedText() {
    Dates.Tail t = Dates.tail("2022.年7月4日");
    assertEquals("2022-07-04", t.iso());
    assertEquals("2022.年7月4日", t.dateText());
    assertTrue(Dates.yearMarkMisread(t.dateText()));
    assertEquals("保定市住房公积金管理委员会", Dates.tail("保定市住房公积金管理委员会 2022．年7月4日").before());
    assertNull(Dates.tail("12022.年7月4日").iso());
  }

  @Test
  void chineseNumerals() {
    assertEquals(17, ChineseNumber.parse("十七"));
    assertEquals(47, ChineseNumber.parse("四十七"));
    assertEquals(105, ChineseNumber.parse("一百零五"));
    assertEquals(2023, ChineseNumber.parse("二〇二三"));
    assertEquals(10, ChineseNumber.parse("十"));
  }

  @Test
  void headingLabels() {
    assertEquals(Label.Style.CN, Label.parse("一、总体要求", false).style());
    assertEquals(Label.Style.PCN, Label.parse("(三) 提升气象服务水平", false).style());
    assertEquals(3, Label.parse("（三）提升", false).number());
    assertEquals(Label.Style.NUM_DOT, Label.parse("1. 坚持创新驱动", false).style());
    assertEquals(Label.Style.NUM_DUN, Label.parse("11、塑料污染治理专项行动", false).style());
    assertEquals(Label.Style.PNUM, Label.parse("（1）", false).style());
    assertEquals(Label.Style.CIRC, Label.parse("①加强领导", false).style());
    Label dec = Label.parse("2.1.3 综合协调组", false);
    assertEquals(Label.Style.DEC3, dec.style());
    assertEquals("2.1", dec.path());
    assertEquals(Label.Style.DEC1, Label.parse("1 总 则", true).style());
    assertNull(Label.parse("1 总则", false));
    assertNull(Label.parse("2 政府办 薛高斌", true));
    Label art = Label.parse("第四十七条 本办法由县司法局负责解读", false);
    assertEquals(Label.Style.ARTICLE, art.style());
    assertEquals(47, art.number());
    assertNull(Label.parse("第十二条规定的情形", false));
    // a chapter glued to a name starting with 规 (规划, 规范) is a chapter; only 规定 cites
    assertEquals(Label.Style.CHAPTER, Label.parse("第二章规划与组织", false).style());
    assertEquals(Label.Style.CHAPTER, Label.parse("第一章 总 则", false).style());
    Label division = Label.parse("第二部分 2024年工作安排", false);
    assertEquals(Label.Style.DIVISION, division.style());
    assertEquals(2, division.number());
    assertNull(Label.parse("2023年工作安排", false));
    assertNull(Label.parse("127.2 亿元", false));
  }

  @Test
  void titlesThatReadComplete() {
    assertTrue(Patterns.isCompleteTitle("稷山县农村自建房屋审批管理细则（暂行）"));
    assertTrue(Patterns.isCompleteTitle("稷山县全民健身实施计划（2021-2025年）"));
    assertTrue(Patterns.endsLikeTitle("关于推进气象高质量发展的实施意见"));
    assertTrue(!Patterns.endsLikeTitle("稷山县行政许可事项清单（2022年版）"));
  }

  @Test
  void anArticleLabelSetApartByASpaceIsAHeadingWhateverFollows() {
    Label l = Label.parse("第二条　中华人民共和国坚持独立自主的和平外交政策", false);
    assertEquals(Label.Style.ARTICLE, l.style());
    assertEquals(2, l.number());
    assertEquals("中华人民共和国坚持独立自主的和平外交政策", l.rest());
    assertEquals(Label.Style.CHAPTER, Label.parse("第三章 中央和地方", false).style());
    // Glued to its text, 第二条中 reads as a citation.
    assertNull(Label.parse("第二条中规定的期限", false));
  }

  @Test
  void aChineseYearMayTypeItsZeroAsADigit() {
    assertEquals("2012-04-16", Dates.onlyDateIso("二0一二年四月十六日"));
    assertEquals("2010-12-22", Dates.onlyDateIso("二○一○年十二月二十二日"));
    assertNull(Dates.onlyDateIso("十0一二年四月十六日"));
  }

  @Test
  void theFastFoldIsTheNormalisersFold() {
    java.util.Random random = new java.util.Random(7);
    StringBuilder every = new StringBuilder();
    for (char c = 0; c < 0xFFFF; c++) {
      if (!Character.isSurrogate(c)) {
        every.append(c);
        String one = "字" + c + "\u0301" + c;
        assertEquals(Cjk.foldNormalized(one), Cjk.fold(one), Integer.toHexString(c));
      }
    }
    String pool = "关于印发，（）：；、。《》〔〕—…·ＡＢ１２ａ　 \t" + every.substring(0x2000, 0x2100);
    for (int n = 0; n < 2000; n++) {
      StringBuilder s = new StringBuilder();
      for (int k = random.nextInt(30); k > 0; k--) {
        s.append(pool.charAt(random.nextInt(pool.length())));
      }
      assertEquals(Cjk.foldNormalized(s.toString()), Cjk.fold(s.toString()), s.toString());
    }
    assertEquals("关于,(2023)17号:A1", Cjk.fold("关于，（２０２３）１７号：　Ａ１"));
  }
}
