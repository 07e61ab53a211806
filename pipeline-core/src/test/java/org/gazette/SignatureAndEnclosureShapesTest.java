package org.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gazette.model.Document;
import org.gazette.model.IssueResult;
import org.junit.jupiter.api.Test;

/**
 * Shapes of signatures, enclosed titles, 字号 under titles and web-page headers met in held-out
 * material: each test is written from a form that failed there, with invented names.
 */
class SignatureAndEnclosureShapesTest {
  @Test
  void aListedAttachmentsTitleWrappedOverTwoLinesWithoutItsLabelStartsTheAttachment() {
    Document d =
        Txt.first(
            "某某市住房公积金管理委员会关于阶段性实施部分提取政策的通知",
            "各住房公积金缴存人：",
            "为支持合理住房需求，现阶段性实施部分提取政策如下：",
            "一、购买本市新建商品住房可提取住房公积金支付首付款。",
            "二、多子女家庭租房提取的规定比例从70%提高至100%。",
            "附件：关于阶段性实施部分提取政策的解读",
            "某某市住房公积金管理委员会",
            "2023年9月11日",
            "关于阶段性实施部分",
            "提取政策的解读",
            "管委会印发了上述通知，现解读如下：",
            "一、关于提取公积金支付首付款",
            "二、关于多子女家庭租房提取");
    assertEquals("2023-09-11", d.date());
    java.util.List<org.gazette.model.Node> top = d.body();
    org.gazette.model.Node last = top.get(top.size() - 1);
    assertEquals(org.gazette.model.Node.Kind.ATTACHMENT, last.kind());
    assertEquals("关于阶段性实施部分提取政策的解读", last.title());
    assertEquals(
        2,
        top.stream().filter(n -> n.kind() == org.gazette.model.Node.Kind.SECTION).count(),
        "the attachment's headings stay in it");
  }

  @Test
  void anUnsigned批转EndsWhereTheDocumentItNamesIsPrintedAndItsNoteStaysWithIt() {
    Document d =
        Txt.first(
            "中央批转某某部关于某类人员摘帽子问题的请示",
            "中央批示",
            "中央同意某某部《关于某类人员摘帽子问题的请示》，现转发你们，望参照执行。",
            " （此件发县团级）",
            "某某部关于某类人员摘帽子问题的请示",
            "中央：",
            "各地提出也要为某类人员摘帽子。我们的意见是，凡是当时划错的，都要改正过来。",
            "以上意见，如中央同意，请转发各地执行。",
            " 中共中央某某部一九七九年九月二十八日");
    assertEquals("某某部关于某类人员摘帽子问题的请示", d.enclosedTitle());
    assertNull(d.signer(), "the request's signature is its own, not the 批转's");
    assertNull(d.date());
    assertEquals("此件发县团级", d.note());
  }

  @Test
  void a批转AboveTheDatedTitleItHandsOverIsTheDocumentAndA字号CitedInItsTextSplitsNothing() {
    IssueResult r =
        Txt.convert(
            "国务院、中央军委批转某某部关于贯彻执行中央〔1978〕55号文件精神的补充规定",
            "国务院、中央军委同意某某部《关于贯彻执行中央〔1978〕55号文件精神的补充规定》，现发给你们，请照此执行。",
            "某某部关于贯彻执行中央〔1978〕55号文件精神的补充规定",
            "(一九七九年三月二十八日)",
            "中央〔1978〕55号文件下发以后，各级党委对改正工作都很重视，现补充规定如下。",
            "一、对原划错的，要实事求是地作出改正结论。改正结论的审批权限，按有关规定执行。",
            "二、予以改正的人员，根据中央〔1978〕55号文件关于“恢复原来的工资待遇”的精神，恢复原来的级别薪金。",
            "附：",
            "某某人员级薪标准表");
    assertEquals(1, r.documents().size());
    Document d = r.documents().get(0);
    assertEquals("国务院、中央军委批转某某部关于贯彻执行中央〔1978〕55号文件精神的补充规定", d.title());
    assertEquals("某某部关于贯彻执行中央〔1978〕55号文件精神的补充规定", d.enclosedTitle());
    assertNull(d.date(), "the date under the enclosed title is the enclosure's");
    String second =
        d.enclosure().body().stream()
            .filter(n -> n.kind() == org.gazette.model.Node.Kind.SECTION)
            .toList()
            .get(1)
            .title();
    assertEquals("予以改正的人员，根据中央〔1978〕55号文件关于“恢复原来的工资待遇”的精神，恢复原来的级别薪金", second);
  }

  @Test
  void aNoticeWhoseTitleFoldsTheOpinionItIssuesIntoItsOwnEndsWhereTheOpinionIsPrinted() {
    Document d =
        Txt.first(
            "某某省委办公厅关于贯彻执行中共中央批转某某部党组《关于复查某某问题的请示报告》的通知",
            "遵照中共中央批转某某部党组《关于复查某某问题的请示报告》精神，有关负责同志举行座谈会，研究了贯彻执行的意见。"
                + "这个意见已经省委领导同志审阅同意，现印发你们，请照此执行。",
            "关于贯彻执行中共中央批转某某部党组《关于复查某某问题的请示报告》的意见",
            "最近，省委办公厅召开了座谈会，讨论了复查工作中的问题，提出如下意见。",
            "一、关于复查：凡经批准定为某某的，都要进行复查。",
            "二、关于处理：复查后应当改正的，一律改正。",
            " 中共某某省委办公厅一九八〇年三月二十二日");
    assertEquals("关于贯彻执行中共中央批转某某部党组《关于复查某某问题的请示报告》的意见", d.enclosedTitle());
    assertNull(d.date(), "the date at the end is the opinion's, the notice has none");
  }

  @Test
  void aTextDatedUnderItsTitleHasItsNoteAtItsEndAboveThePrintersLine() {
    Document d =
        Txt.first(
            "中共某某市委文件",
            "某发〔2018〕10号",
            "中共某某市委",
            "某某市人民政府",
            "关于进一步优化全市营商环境的意见",
            "（2018年4月7日）",
            "为进一步优化全市营商环境，现结合我市实际，提出如下意见。",
            "一、总体要求",
            "深入落实党的十九大精神，坚持以人民为中心的发展思想。",
            "二、加强媒体宣传推介",
            "加大宣传力度，形成全社会共同优化营商环境的浓厚氛围。",
            "（此件公开发布）",
            "中共某某市委办公厅\t2018年4月8日印发");
    assertEquals("2018-04-07", d.date());
    assertEquals("此件公开发布", d.note());
  }

  @Test
  void anUnsignedReportsNoteUnderItsTitleIsTheNote() {
    Document d =
        Txt.first(
            "国务院批准某某局领导小组《关于某某图书处理问题的请示报告》",
            "（此件已经国务院批准）",
            "为了贯彻执行中央有关文件，我们对直属出版社的图书进行了清理，现将处理意见报告如下。",
            "第一，宣扬错误观点的图书，停止发行。",
            "第二，其余图书，照常发行。");
    assertEquals("此件已经国务院批准", d.note());
  }

  @Test
  void anEnclosedTitlesEditionOnALineOfItsOwnIsPartOfIt() {
    Document d =
        Txt.first(
            "某某县人民政府文件",
            "某政规〔2022〕6号",
            "某某县人民政府关于印发某某县促进房地产市场平稳健康发展若干措施（修订）的通知",
            "各乡（镇）人民政府，县各有关单位：",
            "《某某县促进房地产市场平稳健康发展若干措施（修订）》已经县政府常务会议研究通过，现印发给你们，请认真贯彻执行。",
            "某某县人民政府",
            "2022年11月26日",
            "（此件主动公开）",
            "某某县促进房地产市场平稳健康发展若干措施",
            "（修订）",
            "为激发市场主体发展活力，结合我县实际，制定如下措施。",
            "一、居民住房消费补贴措施",
            "二、鼓励在县城购房");
    assertEquals("某某县促进房地产市场平稳健康发展若干措施（修订）", d.enclosedTitle());
  }

  @Test
  void theDisclosureLineAndThePrintersLineStandBetweenTheSignatureAndTheEnclosedTitle() {
    Document d =
        Txt.first(
            "某某市住房和城乡建设局关于印发《某某市人才房票试行工作方案》的通知",
            "各县（市、区）人民政府，市直相关部门：",
            "《某某市人才房票试行工作方案》业经市人民政府同意，现印发给你们，请抓好贯彻落实。",
            "某某市住房和城乡建设局",
            "2026年4月24日",
            "公开方式：主动公开",
            "某某市住房和城乡建设局办公室 2026年4月24日印发",
            "某某市人才房票试行工作方案",
            "为吸引和留住各类人才，制定本方案。",
            "一、适用原则",
            "二、适用对象");
    assertEquals("某某市人才房票试行工作方案", d.enclosedTitle());
  }

  @Test
  void anAttachmentPublishedOnItsOwnIsTitledByTheLineUnderItsLabelAndAListIsNoSignature() {
    Document d =
        Txt.first(
            "附件1",
            "2014年（第21批）某某认定企业技术中心名单",
            "序号 企业名称",
            "1 甲乙丙有限公司",
            "分中心：",
            "1 某某集团钢结构有限公司",
            "2 某某汽车股份有限公司",
            "3 某某印刷科技有限公司",
            "4 某某电气变压器有限公司",
            "5 某某电器有限公司",
            "6 某某焊接材料股份有限公司");
    assertEquals("2014年（第21批）某某认定企业技术中心名单", d.title());
    assertNull(d.signer());
  }

  @Test
  void aWebPagesFieldsSetSeveralToALineGiveTheTitleAndThe字号() {
    Document d =
        Txt.first(
            "当前位置：首页 > 政府信息公开 > 政策文件",
            "发文机关：某某市发展和改革委员会\t效力状态：有效",
            "标题：某某市发展和改革委员会关于管道燃气价格联动有关事项的通知",
            "发文字号：某发改规〔2025〕4号\t发布日期：2025年10月11日",
            "发布时间：2025-10-11 11:33\t【字体：大中小】\t打印\t浏览量：4360",
            "市直各相关单位、各有关企业：",
            "经市人民政府同意，决定联动调整管道燃气销售价格。现就有关事项通知如下：",
            "一、居民用气销售价格为3.07元/立方米。",
            "二、本通知自2025年11月1日起执行。",
            "2025年10月11日");
    assertEquals("某某市发展和改革委员会关于管道燃气价格联动有关事项的通知", d.title());
    assertEquals("某发改规〔2025〕4号", d.docNumber());
    assertEquals("市直各相关单位、各有关企业", d.recipients());
    assertEquals("2025-10-11", d.date());
  }

  @Test
  void aLeftNameWrappedOntoTheDatesLineJoinsTheNamesSignedSideBySide() {
    Document d =
        Txt.first(
            "某某市“一港双城”（城镇化）工作委员会办公室 某某市行政审批局关于印发某某实施办法的通知",
            "各县（市、区）人民政府：",
            "为全面推进审批制度改革，制定了某某实施办法，现印发给你们，请遵照执行。",
            "某某市“一港双城”（城镇化）\t某某市行政审批局",
            "工作委员会办公室\t2019年3月26日");
    assertEquals("某某市“一港双城”（城镇化）工作委员会办公室、某某市行政审批局", d.signer());
    assertEquals("2019-03-26", d.date());
  }

  @Test
  void aDateAndA字号UnderAJointTitleAreTheDocumentsAndThePageTitleAboveIsThePages() {
    Document d =
        Txt.first(
            "# 某某法院、某某检察院、某某部关于统一某某估价工作的通知",
            "",
            "某某法院 某某检察院",
            "",
            "某某部",
            "",
            "关于统一某某估价工作的通知",
            "",
            "1994年4月22日 法发〔1994〕9号",
            "",
            "各省、自治区、直辖市高级人民法院，人民检察院，公安厅（局）：",
            "",
            "为了进一步做好估价工作，现就有关问题通知如下：",
            "",
            "一、估价工作由价格部门负责。");
    assertEquals("法发〔1994〕9号", d.docNumber());
    assertEquals("1994-04-22", d.date());
    assertEquals("各省、自治区、直辖市高级人民法院，人民检察院，公安厅（局）", d.recipients());
    assertEquals(3, d.sourceSpan().startLine());
  }

  @Test
  void a字号PrintedBelowTheAdoptionNoteIsTheDocumentsAndTheNoteIsKept() {
    Document d =
        Txt.first(
            "某某检察院关于报请批准逮捕的案件可否侦查问题的批复",
            "（1998年5月7日某某检察院第九届检察委员会",
            "第二次会议通过）",
            "高检发释字〔1998〕2号",
            "某某省人民检察院：",
            "你院请示收悉。经研究，批复如下：",
            "对报请批准逮捕的案件不另行侦查。",
            "某某检察院",
            "1998年5月12日");
    assertEquals("高检发释字〔1998〕2号", d.docNumber());
    assertEquals("某某省人民检察院", d.recipients());
    assertEquals("1998-05-12", d.date());
    assertEquals("1998-05-07", d.report().date(), "the adoption note: " + d.report());
  }

  @Test
  void aYearFirst字号KeepsTheBracketsItWasPrintedIn() {
    Document d =
        Txt.first(
            "某某法院 某某检察院",
            "印发《关于办理某某案件的解答》的通知",
            "1984年6月15日 〔84〕法研字第9号",
            "各省、自治区、直辖市高级人民法院、人民检察院：",
            "现将《关于办理某某案件的解答》印发给你们，望遵照执行。");
    assertEquals("〔84〕法研字第9号", d.docNumber());
    assertEquals("1984-06-15", d.date());
  }

  @Test
  void namesSignedSideBySideOverTwoLinesOfCellsArePairedInOrder() {
    Document d =
        Txt.first(
            "某某县住房和城乡建设局 某某县财政局 某某县自然资源局关于印发若干措施的通知",
            "各乡镇人民政府，县直各单位：",
            "《若干措施》已经县人民政府同意，现印发给你们，请认真组织实施。",
            "某某县住房\t某某县财政局\t某某县",
            "和城乡建设局\t自然资源局",
            "2022年8月18日");
    assertEquals("某某县住房和城乡建设局、某某县财政局、某某县自然资源局", d.signer());
    assertEquals("2022-08-18", d.date());
  }

  @Test
  void aPromulgating公告IsReadLikeAnOrderAndTheRegulationItPublishesIsItsTitle() {
    IssueResult r =
        Txt.convert(
            "某某市人民政府关于做好防汛工作的通知",
            "各区人民政府：",
            "现就做好防汛工作通知如下。",
            "某某市人民政府",
            "2023年3月20日",
            "某某省人大常委会",
            "公告",
            "（十四届第3号）",
            "《某某省燃气管理条例》已由某某省第十四届人民代表大会常务委员会第二次会议于2023年3月28日修订通过，现予公布，自2023年5月1日起施行。",
            "某某省人民代表大会常务委员会",
            "2023年3月28日",
            "某某省燃气管理条例",
            "第一章　总则",
            "第一条　为了加强燃气管理，制定本条例。",
            "第二条　本条例适用于本省行政区域内的燃气管理。");
    assertEquals(2, r.documents().size());
    Document d = r.documents().get(1);
    assertEquals("某某省燃气管理条例", d.title());
    assertEquals("十四届第3号", d.docNumber());
    assertEquals("某某省人民代表大会常务委员会", d.signer());
    assertEquals("2023-03-28", d.date());
    assertEquals(6, d.sourceSpan().startLine());
    assertEquals("某某市人民政府", r.documents().get(0).signer());
  }

  @Test
  void aBracketedPrintDateUnderTheDateIsNoNote() {
    Document d =
        Txt.first(
            "某某省发展和改革委员会关于调整有关价格的通知",
            "各市发展改革委：",
            "现将有关事项通知如下。",
            "某某省发展和改革委员会",
            "2019年5月31日",
            "（2019年5月31日印发）");
    assertNull(d.note());
    assertEquals("2019-05-31", d.printDate());
    assertEquals(
        "此件公开发布", Txt.first("关于某某事项的通知", "各单位：", "现通知如下。", "某某局", "2019年5月31日", "（此件公开发布）").note());
  }

  @Test
  void aReplyToABrigadeOrAStationHasItsRecipients() {
    Document d =
        Txt.first(
            "某某部第三局关于有关问题的批复",
            "（某治〔2006〕327号）",
            "某某省公安厅治安总队：",
            "你总队《关于有关问题的请示》收悉。经研究，同意你总队所提意见。",
            "某某部第三局",
            "二〇〇六年十月二十七日");
    assertEquals("某某省公安厅治安总队", d.recipients());
    assertEquals("某治〔2006〕327号", d.docNumber());
  }

  @Test
  void anEmptyFieldOfADatabaseExportsHeaderIsNoBanner() {
    IssueResult r =
        Txt.convert(
            "某某局关于有关问题的批复",
            "文章属性",
            "  【制定机关】某某局",
            "  【公布日期】2006.10.27",
            "  【主题分类】",
            "",
            "正文",
            "",
            "某某局关于有关问题的批复",
            "某某县人民政府：",
            "你县请示收悉。经研究，同意。",
            "某某局",
            "2006年10月27日");
    assertEquals(0, r.furniture().size(), r.furniture().toString());
  }

  @Test
  void theWrappedEndOfAnAttachmentItemIsNoSignerThoughItEndsLikeAnOrgan() {
    Document d =
        Txt.first(
            "某某县人民政府办公室关于某某设施建设的实施意见",
            "各乡（镇）人民政府，县直各有关单位：",
            "现将有关事项通知如下。",
            "附件：某某县新能源电动汽车充电基础设",
            "施建设领导小组",
            "某某县人民政府办公室",
            "2021年5月31日",
            "（此件公开发布）",
            "附件",
            "某某县新能源电动汽车充电",
            "基础设施建设领导小组",
            "组　长：张三　县政府副县长");
    assertEquals("某某县人民政府办公室", d.signer());
    assertEquals("某某县新能源电动汽车充电基础设施建设领导小组", d.attachments().get(0).title());
  }

  @Test
  void aBracketedRemarkUnderTheDateIsTheNote() {
    Document d =
        Txt.first(
            "某某市商务局关于印发奖励办法的通知",
            "各区商务局：",
            "现将《奖励办法》印发给你们，请认真贯彻落实。",
            "附件：项目申报书",
            "某某市商务局",
            "2025年4月27日",
            "（注：附件请登录某某市商务局网站查询）");
    assertEquals("注：附件请登录某某市商务局网站查询", d.note());
  }

  @Test
  void aWebPagesShareButtonsAndEditionLinksBetweenNumberAndRecipientsArePassedOver() {
    Document d =
        Txt.first(
            "某某区人民政府关于印发若干措施的通知",
            "某政规〔2022〕3号",
            "来源：某某区政府办                     时间：2022-09-21 10:23",
            "微信                    微博                    QQ空间",
            "全真版",
            "文字版",
            "文件下载",
            "区各有关单位、房地产开发企业：",
            "现将《若干措施》印发给你们，请认真贯彻执行。",
            "某某区人民政府",
            "2022年9月18日");
    assertEquals("区各有关单位、房地产开发企业", d.recipients());
  }

  @Test
  void anOlderDocumentsNoteAboveItsSignatureOrUnderItsTitleIsTheNote() {
    Document above =
        Txt.first(
            "中共某某委员会关于加强宣传工作的通知",
            "各地委，各部门：",
            "现将有关事项通知如下，望遵照执行。",
            "（发至县团级）",
            "中共某某委员会",
            "一九六二年二月十七日");
    assertEquals("发至县团级", above.note());
    assertEquals("中共某某委员会", above.signer());
    Document under = Txt.first("某某局关于图书处理工作的报告", "（此件已经某某院批准）", "现将有关情况报告如下。", "某某局", "1977年1月6日");
    assertEquals("此件已经某某院批准", under.note());
    assertEquals("1977-01-06", under.date());
  }

  @Test
  void aPageTitlePrintedAgainThatNamesTheReportBelowIsTheCoverWhateverTheTelegramFormBetween() {
    IssueResult r =
        Txt.convert(
            "标题：中共中央批发某部党组关于某地农民流入城市情况的报告",
            "日期：1954-1-7",
            "作者：",
            "",
            "中共中央批发某部党组关于某地农民流入城市情况的报告",
            "省委打字纸",
            "授电者　何284",
            "总号　乙187",
            "摘由　中共中央批发某部党组关于某地农民流入城市情况的报告",
            "批抄　张、王、民厅、农厅、财委、报社、",
            "各中央局分局并转省（市）委：",
            "兹将某部党组关于某地农民流入城市情况的报告发给你们，望参照处理。",
            " 中共中央—九五四年一月七日",
            "某部党组关于某地农民流入城市情况的报告",
            "主席并中央：",
            "自今年四月以来，农民盲目流入城市的现象有所增加。",
            "以上意见是否妥当，请指示。",
            " 某部党组—九五三年十二月四日");
    assertEquals(1, r.documents().size());
    Document d = r.documents().get(0);
    assertEquals(5, d.sourceSpan().startLine());
    assertEquals("中共中央批发某部党组关于某地农民流入城市情况的报告", d.title());
    assertEquals("某部党组关于某地农民流入城市情况的报告", d.enclosedTitle());
    assertEquals("中共中央", d.signer());
    assertEquals("1954-01-07", d.date());
    assertEquals("—九五四年一月七日", d.dateText());
    assertTrue(
        r.diagnostics().stream()
            .anyMatch(g -> g.code().equals("date-dash-read-as-one") && g.line() == 13),
        r.diagnostics().toString());
  }

  @Test
  void aCoverThatSaysItReportsTheMatterAsFollowsEnclosesTheTitledTextUnderItsSignature() {
    Document d =
        Txt.first(
            "中共中央关于某地高等学校在教学改革中的情况和问题的通报",
            "各中央局、分局并转省（市）委：",
            "兹将某地高等学校在教学改革中的情况和问题通报如后，这个问题可能带普遍性，望注意研究。",
            " 中央1月14日",
            "某地高等学校教学改革中的情况与问题",
            "近据某部党组报告：某地高等学校在教学改革过程中，发生了一些问题。",
            "（一）在教学改革方面，由于准备工作不够，师生普遍感觉吃力。",
            "（二）行政工作赶不上，政治、思想领导工作削弱。");
    assertEquals("中央", d.signer());
    assertEquals("某地高等学校教学改革中的情况与问题", d.enclosedTitle());
  }

  @Test
  void rulesDatedInBracketsUnderTheirTitleKeepTheirDateAboveTheSignedTextsPrintedAsAttachments() {
    IssueResult r =
        Txt.convert(
            "某某院关于土地改革中对华侨土地财产的处理办法",
            "（中央人民政府某某院一九五○年十一月六日）",
            "第一条  根据土地改革法第二十四条制定本办法。",
            "第二条  土地改革中对于华侨土地财产之处理事项，本办法已有规定者，遵照本办法规定处理之。",
            "第三条  本办法经中央人民政府某某院制定，由有关大行政区人民政府公布施行。",
            "（附件一）",
            "土地改革中华侨的身份",
            "某省人民政府发出关于华侨身份确定问题的通令，原文照录如下。",
            " 主席  张某某副主席  李某某一九五一年八月二十一日",
            "（附件二）",
            "关于华侨家庭兼地主者土地问题的处理办法",
            "1，华侨兼地主成份者，国外人口应计入其家庭人口数内。",
            " （一九五一年三月三十一日）");
    assertEquals(1, r.documents().size());
    Document d = r.documents().get(0);
    assertEquals("1950-11-06", d.date());
    assertEquals("一九五○年十一月六日", d.dateText());
    assertEquals(13, d.sourceSpan().endLine());
    assertEquals(
        2,
        d.body().stream().filter(n -> n.kind() == org.gazette.model.Node.Kind.ATTACHMENT).count(),
        "each bracketed label starts a printed attachment");
  }

  @Test
  void aResolutionApprovingRulesPrintedUnderItEnclosesThem() {
    Document d =
        Txt.first(
            "某届人民代表大会常务委员会关于",
            "批准某省经济特区条例的决议",
            "",
            "（1980年8月26日通过）",
            "",
            "某届人民代表大会常务委员会第十五次会议决定：批准国务院提出的《某省经济特区条例》。",
            "",
            "某省经济特区条例",
            "",
            "第一章　总　　则",
            "",
            "第一条　为发展对外经济合作和技术交流，在某省设置经济特区。",
            "第二条　特区内的企业和个人，必须遵守中华人民共和国的法律。");
    assertEquals("某省经济特区条例", d.enclosedTitle());
  }

  @Test
  void aSignedCoverThatNamesTheReportPrintedUnderItsSignatureEnclosesIt() {
    Document d =
        Txt.first(
            "中共中央关于全部摘掉某类分子帽子的通知",
            "各省、市、自治区党委：",
            "中央批准某部、某部关于全部摘掉某类分子帽子的请示报告。各级党委应认真贯彻执行。",
            " 中共中央一九七八年四月五日",
            "某部、某部关于全部摘掉某类分子帽子的请示报告",
            "为了更好地贯彻党的路线，团结一切可以团结的力量，提出如下意见。",
            "一、全部摘掉某类分子帽子的作法",
            "（一）摘帽子工作，由所在单位的党组织负责。");
    assertEquals("某部、某部关于全部摘掉某类分子帽子的请示报告", d.enclosedTitle());
    assertEquals("1978-04-05", d.date());
  }

  @Test
  void anOlderAttachmentNoteIs附AndAColon() {
    Document d =
        Txt.first(
            "某某局关于某类人员登外轮问题的通知",
            "",
            "各沿海省、自治区、直辖市某某厅（局）：",
            "",
            "为了便于及时处理涉外案件，现将有关问题通知如下。",
            "",
            "特此通知，望遵照执行。",
            "",
            "附：某某执行公务证样式（略）");
    assertEquals(
        java.util.List.of("某某执行公务证样式"), d.attachments().stream().map(a -> a.title()).toList());
  }

  @Test
  void anOrgansDateInFiguresRightAfterItsNameIsItsSignature() {
    Document d =
        Txt.first(
            "中共某某市委办公厅关于做好某类学生甄别平反工作的通知",
            "各区、县委，市属以上各单位党委：",
            "一、平反工作由他们现所在单位的党组织自行负责进行。",
            "在进行这项工作中，如有什么具体问题，请与市教育局联系。",
            " 中共某某市委办公厅1978.9.15");
    assertEquals("中共某某市委办公厅", d.signer());
    assertEquals("1978-09-15", d.date());
  }

  @Test
  void aForwardingTitleWithout关于OverItsRecipientsHeadsTheNoticeThatNamesTheReportBelow() {
    IssueResult r =
        Txt.convert(
            "中共中央办公厅转发某某领导小组的一个报告",
            "各省、市、自治区党委，中央各部委：",
            "某某领导小组《关于贯彻某号文件中若干具体政策问题的报告》，已经中央书记处同意，现转发给你们。",
            " 中共中央办公厅一九八三年一月十五日",
            "（此件发至县、团级）",
            "关于贯彻某号文件中若干具体政策问题的报告",
            "中央书记处：",
            "一九八一年十一月中央文件下达以后，各地做了大量工作。",
            "一、关于文件的适用范围",
            " 某某领导小组一九八二年十二月三日");
    assertEquals(1, r.documents().size());
    Document d = r.documents().get(0);
    assertEquals(1, d.sourceSpan().startLine());
    assertEquals("关于贯彻某号文件中若干具体政策问题的报告", d.enclosedTitle());
    assertEquals("1983-01-15", d.date());
  }

  @Test
  void anUnsignedNoticeThatHandsOverANamedReportKeepsItAndNotItsSignature() {
    IssueResult r =
        Txt.convert(
            "中共某省委通知",
            "各地、市、县委，省委各部、委：",
            "省委同意某某工作领导小组《关于全省贯彻某号文件工作会议情况的报告》，现发给你们，请贯彻执行。",
            "安置和改正工作，是全党的事情，各有关部门要密切协作。",
            "对于过去被错划的人，要根据有关规定认真做好改正工作。",
            "各地要加强领导，抓紧抓好。",
            "关于全省贯彻某号文件工作会议情况的报告",
            "省委：",
            "根据省委决定，我们召开了全省工作会议。",
            "以上报告，如无不妥，请批转各地执行。",
            " 省委某某工作领导小组一九七八年十一月十日");
    assertEquals(1, r.documents().size());
    Document d = r.documents().get(0);
    assertEquals("关于全省贯彻某号文件工作会议情况的报告", d.enclosedTitle());
    assertNull(d.date(), "the report's date is its own");
  }

  @Test
  void aReplyOpeningWithTheRequestsDateAnd字号IsOneDocument() {
    IssueResult r =
        Txt.convert(
            "某部关于烈军属中某类人员可否享受优待问题的批复",
            "某省某厅：",
            "4月10日某民优〔1981〕041号请示报告收悉。关于烈军属中原划为某类人员的问题，经研究，" + "凡已改变成份的，可以享受烈军属优待。".repeat(8),
            " 某部1981年4月23日");
    assertEquals(1, r.documents().size(), r.documents().toString());
    assertEquals("1981-04-23", r.documents().get(0).date());
  }

  @Test
  void aMinistrysDepartmentSignsJointlyOnALineOfItsOwn() {
    Document d =
        Txt.first(
            "首页 > 政务公开 > 通知",
            "发布时间：2026/04/24",
            "来源：",
            "某改司",
            "某某委员会办公厅 某某局综合司",
            "关于修订某某交易规则的复函",
            "某办某改〔2026〕275号",
            "某某有限公司：",
            "你公司来函收悉。现批复如下：",
            "一、同意修订。",
            "某某委员会办公厅",
            "某某局综合司",
            "2026年4月14日");
    assertEquals("某某委员会办公厅、某某局综合司", d.signer());
    // the page's 来源 field and its value on the next line stand outside the document
    assertEquals("某某委员会办公厅某某局综合司关于修订某某交易规则的复函", d.title());
  }

  @Test
  void aJointReplysSecondNumberAndTheRequestAfterABare附StayInIt() {
    IssueResult r =
        Txt.convert(
            "某某高级人民法院 某某宗教事务局",
            "关于寺庙房屋产权归属问题的复函",
            "1981年1月27日 〔81〕法民字第2号",
            "〔81〕宗发字第16号",
            "某某市高级人民法院、某某市宗教事务局：",
            "你们的请示报告收悉。经研究，同意你们的意见。",
            "此复。",
            "附：",
            "某某市高级人民法院 某某市宗教事务局",
            "关于寺庙房屋产权归属问题的请示报告",
            "1980年11月11日 〔80〕某高法民字第441号",
            "〔80〕某宗请字第41号",
            "某某高级人民法院、某某宗教事务局：",
            "最近期间，本市陆续发生有关寺庙房屋产权的纠纷。",
            "以上意见，是否妥当，请予批复。");
    assertEquals(1, r.documents().size());
    Document d = r.documents().get(0);
    assertEquals("〔81〕法民字第2号", d.docNumber());
    assertEquals("某某市高级人民法院、某某市宗教事务局", d.recipients());
    assertEquals("1981-01-27", d.date());
  }
}
