package org.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gazette.model.Document;
import org.gazette.model.Node;
import org.gazette.text.Cjk;
import org.junit.jupiter.api.Test;

/**
 * A 公文 saved from a government site's disclosure page (invented names): the page's metadata fields
 * above the document, a blank line between each name and its value, and the body indented with
 * no-break spaces ({@code &nbsp;}).
 */
class SavedPageTest {
  private static final String NBSP = "\u00a0";

  private static final String[] PAGE = {
    "**发布机构:**",
    "",
    "某某区人民政府办公室",
    "",
    "**公开方式:**",
    "",
    "主动公开",
    "",
    "印发某某区随迁子女积分入学办法的通知",
    "",
    "某区府办〔2015〕9号",
    "",
    "各镇政府，各街道办事处：",
    NBSP.repeat(8) + "《某某区随迁子女积分入学办法》已经区政府同意，现印发给你们，请认真实施。",
    "",
    "                                       某某区人民政府办公室",
    "                                           2015年7月6日",
    "",
    "某某区随迁子女积分入学办法",
    "",
    NBSP.repeat(8) + "第一条" + NBSP + " 本办法所称随迁子女，是指在本区居住的非本区户籍适龄儿童。",
    NBSP.repeat(8) + "第二条" + NBSP + " 符合条件的随迁子女可在居住地学校提出申请。",
    NBSP.repeat(8) + "第三条" + NBSP + " 本办法由区教育局负责解释。"
  };

  @Test
  void aFieldsValueAboveTheTitleIsNotItsFirstLine() {
    Document d = Txt.first(PAGE);
    assertEquals("印发某某区随迁子女积分入学办法的通知", d.title());
    assertEquals("某区府办〔2015〕9号", d.docNumber());
  }

  @Test
  void articlesIndentedWithNoBreakSpacesAreArticles() {
    Document d = Txt.first(PAGE);
    List<Node> body = d.enclosure().body();
    assertEquals(
        3, body.stream().filter(n -> n.kind() == Node.Kind.ARTICLE).count(), body.toString());
  }

  @Test
  void stripTakesNoBreakSpacesAtTheEdgesOnly() {
    assertEquals("第一条" + NBSP + " 本办法", Cjk.strip(NBSP + "\u3000 第一条" + NBSP + " 本办法" + NBSP));
    assertEquals("", Cjk.strip(NBSP + " "));
  }

  @Test
  void anAdoptionNoteWrappedOntoAnOrgansNameIsOneNote() {
    Document d =
        Txt.first(
            "# 某某自治县人民代表大会关于修改《某某自治县草地管理条例》的决定",
            "",
            "某某自治县人民代表大会关于修改",
            "",
            "《某某自治县草地管理条例》的决定",
            "",
            "（2023年1月14日某某自治县第九届人民代表",
            "",
            "大会第三次会议通过　2023年5月30日某某省",
            "",
            "第十四届人民代表大会常务委员会",
            "",
            "第三次会议批准）",
            "",
            "某某自治县第九届人民代表大会第三次会议决定对《某某自治县草地管理条例》作出修改：",
            "",
            "一、将第一条修改为：“为了保护草地，制定本条例。”");
    assertEquals("某某自治县人民代表大会关于修改《某某自治县草地管理条例》的决定", d.title());
    assertEquals("2023-01-14", d.date());
  }

  @Test
  void aDisclosurePagesFieldsAreMetadataAndALinkedFileIsItsTitle() {
    Document d =
        Txt.first(
            "    索 取 号： 734928422-05-2016-000007",
            "    公开属性： 主动公开",
            "    发布机构： 某某区教育局",
            "    信息名称： 关于适龄儿童入学安排原则的公告",
            "    内容描述： 关于适龄儿童入学安排原则的公告",
            "",
            "关于适龄儿童入学安排原则的公告",
            "",
            "各家长：",
            "    为方便您及早了解入学政策，现将有关事项公告如下：",
            "    一、户籍适龄儿童按学区入学。",
            "    附件：各学区服务范围及招生联系方式.doc",
            "                                        某某区教育局",
            "                                        2016年1月18日");
    assertEquals("关于适龄儿童入学安排原则的公告", d.title());
    assertEquals(7, d.sourceSpan().startLine());
    assertEquals("各学区服务范围及招生联系方式", d.attachments().get(0).title());
    assertEquals("doc", d.attachments().get(0).remark());
  }

  @Test
  void bracketedFieldsAListOfAddresseesAndALinkAboveJointSigners() {
    Document d =
        Txt.first(
            "关于印发《某某市清洁购电交易实施办法（试行）》的通知",
            "(发布日期：2019年05月31日",
            "文号：某发改规范〔2019〕7号)",
            "某发改规范〔2019〕7号",
            "某某电力公司、某某电力交易中心、某某电力股份公司、宝钢股份、上海石化：",
            "为促进清洁能源消纳，现将《某某市清洁购电交易实施办法（试行）》印发给你们，请遵照执行。",
            "附件：",
            "某某市清洁购电交易实施办法（试行）.docx",
            "某某市发展和改革委员会",
            "某某市经济和信息化委员会",
            "国家能源局某某监管局",
            "2019年5月30日",
            "打印本页",
            "关闭窗口");
    assertEquals("某发改规范〔2019〕7号", d.docNumber());
    assertEquals("某某电力公司、某某电力交易中心、某某电力股份公司、宝钢股份、上海石化", d.recipients());
    assertEquals("某某市清洁购电交易实施办法(试行)", d.attachments().get(0).title());
  }

  @Test
  void aTitleWrappedUnderThePageHeadingThatSaysItIsTheWholeTitle() {
    Document d =
        Txt.first(
            "# 《某某自治县风景区管理条例》等三部单行条例修正案",
            "",
            "《某某自治县风景区管理条例》",
            "",
            "等三部单行条例修正案",
            "",
            "（2021年1月8日某某自治县第七届人民代表大会第四次会议通过）",
            "",
            "一、关于《某某自治县风景区管理条例》的修正",
            "",
            "原《条例》共二十条，修正后条目不变。");
    assertEquals("《某某自治县风景区管理条例》等三部单行条例修正案", d.title());
    assertEquals(3, d.sourceSpan().startLine());
  }
}
