package org.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gazette.model.Document;
import org.gazette.model.Furniture;
import org.gazette.model.IssueResult;
import org.gazette.model.Node;
import org.gazette.model.PipelineException;
import org.junit.jupiter.api.Test;

/** Whole-issue parses of small synthetic issues in shapes the samples do not have. */
class IssueShapesTest {
  private static final Pipeline PIPELINE = new Pipeline();

  private static IssueResult parse(String text) {
    try {
      return PIPELINE.convert(text.getBytes(StandardCharsets.UTF_8), "t.txt");
    } catch (PipelineException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void runningTextWithNoTitleIsOneUntitledDocumentWithItsTextInTheBody() {
    IssueResult r = parse("某某委员会任免工作人员。任命王某为某局局长；任命李某（女）为某局副局长。免去赵某的某局副局长职务\n");
    assertEquals(1, r.documents().size());
    Document d = r.documents().get(0);
    assertEquals("", d.title());
    assertEquals(3, d.links().appointments().size(), d.links().toString());
    assertTrue(
        r.diagnostics().stream().anyMatch(x -> x.code().equals("no-document-head")),
        r.diagnostics().toString());
  }

  @Test
  void aSingleBareDocumentWithoutToc() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "太原市人民政府办公厅",
                "关于做好2024年春节期间安全生产工作的通知",
                "并政办发〔2024〕3号",
                "各县（市、区）人民政府，市直各有关单位：",
                "为切实做好春节期间安全生产工作，现将有关事项通知如下：",
                "一、提高思想认识",
                "各单位要充分认识做好节日期间安全生产工作的重要性。",
                "二、强化隐患排查",
                "（一）突出重点行业。",
                "（二）加强督导检查。",
                "附件：1.安全生产检查表",
                "2.值班安排表",
                "太原市人民政府办公厅",
                "2024年1月20日",
                "（此件公开发布）",
                "抄送：市委办公厅，市人大常委会办公厅。"));
    assertNull(r.toc());
    assertNull(r.frontMatter());
    assertEquals(1, r.documents().size());
    Document d = r.documents().get(0);
    assertEquals("太原市人民政府办公厅关于做好2024年春节期间安全生产工作的通知", d.title());
    assertEquals("并政办发〔2024〕3号", d.docNumber());
    assertEquals("太原市人民政府办公厅", d.issuer());
    assertEquals("各县（市、区）人民政府，市直各有关单位", d.recipients());
    assertEquals("太原市人民政府办公厅", d.signer());
    assertEquals("2024-01-20", d.date());
    assertEquals("此件公开发布", d.note());
    assertEquals(
        List.of("安全生产检查表", "值班安排表"), d.attachments().stream().map(a -> a.title()).toList());
    assertEquals("市委办公厅，市人大常委会办公厅", d.cc());
    List<Node> top = d.body().stream().filter(n -> n.kind() == Node.Kind.SECTION).toList();
    assertEquals(List.of("一、", "二、"), top.stream().map(Node::label).toList());
    assertEquals(2, top.get(1).children().size());
    assertEquals(2, top.get(1).children().get(1).level());
  }

  @Test
  void provincialIssueWithTocChaptersAndArticles() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "山西省人民政府公报",
                "2024年第5期（总第800期）",
                "2024年3月15日出版",
                "",
                "目 录",
                "【省政府文件】",
                "山西省人民政府关于印发山西省促进民营经济发展若干措施的通知",
                "晋政发〔2024〕6号…………3",
                "【省政府办公厅文件】",
                "山西省人民政府办公厅关于同意设立某某开发区的复函（晋政办函〔2024〕12号）……9",
                "",
                "山西省人民政府",
                "关于印发山西省促进民营经济发展若干措施的通知",
                "晋政发〔2024〕6号",
                "各市、县人民政府，省人民政府各委、办、厅、局：",
                "现将《山西省促进民营经济发展若干措施》印发给你们，请认真贯彻执行。",
                "山西省人民政府",
                "2024年2月1日",
                "（此件公开发布）",
                "山西省促进民营经济发展若干措施",
                "第一章 总 则",
                "第一条 为促进民营经济发展，制定本措施。",
                "第二条 本措施适用于全省。",
                "第二章 保障措施",
                "第三条 各级人民政府应当加强领导：",
                "（一）建立工作机制；",
                "（二）加强督查考核。",
                "- 3 -",
                "山西省人民政府公报 2024年第5期",
                "山西省人民政府办公厅",
                "关于同意设立某某开发区的复函",
                "晋政办函〔2024〕12号",
                "某某市人民政府：",
                "你市《关于设立某某开发区的请示》收悉。经省人民政府同意，现函复如下。",
                "山西省人民政府办公厅",
                "二〇二四年二月二十日",
                "（此件公开发布）",
                "",
                "主管主办：山西省人民政府办公厅",
                "编辑出版：山西省人民政府公报编辑部",
                "定 价：免费赠阅"));
    assertEquals("山西省人民政府公报", r.gazette().name());
    assertEquals(2024, r.gazette().year());
    assertEquals(5, r.gazette().issue());
    assertEquals(800, r.gazette().totalIssue());
    assertEquals("2024-03-15", r.gazette().published());
    assertNotNull(r.toc());
    assertEquals(2, r.toc().entries().size());
    assertEquals(2, r.documents().size(), r.documents().toString());
    Document a = r.documents().get(0);
    assertEquals("省政府文件", a.category());
    assertEquals("山西省促进民营经济发展若干措施", a.enclosedTitle());
    long chapters =
        a.enclosure().body().stream().filter(n -> n.kind() == Node.Kind.CHAPTER).count();
    assertEquals(2, chapters);
    Node art3 = a.enclosure().body().get(1).children().get(0);
    assertEquals(Node.Kind.ARTICLE, art3.kind());
    assertEquals("第三条", art3.label());
    assertEquals(2, art3.children().size());
    assertEquals(List.of(28, 29), r.furniture().stream().map(f -> f.line()).toList());
    Document b = r.documents().get(1);
    assertEquals("省政府办公厅文件", b.category());
    assertEquals("晋政办函〔2024〕12号", b.docNumber());
    assertEquals("2024-02-20", b.date());
    assertEquals("某某市人民政府", b.recipients());
    assertEquals(37, b.sourceSpan().endLine());
    assertNotNull(r.backMatter());
    assertEquals(39, r.backMatter().startLine());
    assertTrue(r.toc().entries().stream().allMatch(e -> e.matchedDocument() != null));
  }

  @Test
  void reportTitleWithSubtitleStartsADocument() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "政府工作报告",
                "——2024年1月10日在某某市第十六届人民代表大会第四次会议上",
                "某某市人民政府市长 张 三",
                "各位代表：",
                "现在，我代表市人民政府向大会报告工作。",
                "一、2023年工作回顾",
                "过去的一年极不平凡。"));
    Document d = r.documents().get(0);
    assertEquals("政府工作报告", d.title());
    assertEquals("2024-01-10", d.date());
    assertEquals("某某市第十六届人民代表大会第四次会议", d.report().occasion());
    assertEquals("某某市人民政府市长张三", d.report().speaker());
    assertNull(d.signer());
    assertNull(d.recipients());
  }

  @Test
  void reportSubtitlesInEveryPrintedFormDateTheReport() {
    String[][] forms = {
      {"（2024年1月10日在某某市第十六届人民代表大会第四次会议上）"},
      {"——二〇二四年一月十日在某某市第十六届人民代表大会第四次会议上"},
      {"2024年1月10日在某某市第十六届人民代表大会第四次会议上"},
      {"——2024年1月10日在某某市第十六届", "人民代表大会第四次会议上"},
      {"2024年1月10日在某某市第十六届人民代表大会第四次会议上 某某市市长 张三"},
    };
    for (String[] subtitle : forms) {
      List<String> lines = new java.util.ArrayList<>(List.of("政府工作报告"));
      lines.addAll(List.of(subtitle));
      lines.addAll(List.of("各位代表：", "现在，我代表市人民政府向大会报告工作。", "一、2023年工作回顾", "过去的一年极不平凡。"));
      Document d = parse(String.join("\n", lines)).documents().get(0);
      assertEquals("2024-01-10", d.date(), subtitle[0]);
      assertEquals("某某市第十六届人民代表大会第四次会议", d.report().occasion(), subtitle[0]);
    }
  }

  @Test
  void aNewsPagesFieldsUnderAReportsSubtitleAreInsideTheDocument() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "下载",
                "打印",
                "全屏",
                "收藏",
                "【字号：",
                "加大",
                "还原",
                "减小",
                "】",
                "2026年某某省政府工作报告",
                "——2026年1月27日在某某省十四届人民代表大会第四次会议上",
                "来源：某某日报",
                "时间：2026-02-10",
                "各位代表：",
                "我代表省人民政府，向大会报告工作，请予审议。",
                "一、工作回顾",
                "过去一年极不平凡。"));
    Document d = r.documents().get(0);
    assertEquals(10, d.sourceSpan().startLine());
    assertEquals("2026-01-27", d.date());
  }

  @Test
  void aSavedWebPagesDocumentStartsAtTheArticlesOwnTitleNotThePageTitle() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "某某区政务网 政策文件 某某区人民政府关于印发《某某区稳住经济若干措施》的通知",
                "首页",
                ">政务公开\t>政策文件",
                "某某区人民政府关于印发《某某区稳住经济若干措施》的通知",
                "发布时间：2023-08-07 浏览次数：",
                "各镇（街道）、区级各部门：",
                "现将《某某区稳住经济若干措施》印发给你们，请认真贯彻执行。",
                "某某区人民政府",
                "2022年7月25日"));
    assertEquals(1, r.documents().size());
    Document d = r.documents().get(0);
    assertEquals(4, d.sourceSpan().startLine());
    assertEquals("各镇（街道）、区级各部门", d.recipients());
  }

  @Test
  void aReportPrintedTwiceOnItsPageIsOneDocumentUnderItsBreadcrumb() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "某某省2026年政府工作报告",
                "2026年1月27日在某某省第十四届人民代表大会第四次会议上 某某省省长 张三",
                "首页",
                ">",
                "省政府工作报告",
                "某某省2026年政府工作报告",
                "2026年1月27日在某某省第十四届人民代表大会第四次会议上 某某省省长 张三",
                "来源：",
                "某某省人民政府",
                "各位代表：",
                "现在，我代表省人民政府向大会报告工作，请予审议。",
                "一、工作回顾",
                "过去一年极不平凡。"));
    assertEquals(1, r.documents().size());
    Document d = r.documents().get(0);
    assertEquals(6, d.sourceSpan().startLine());
    assertEquals("某某省2026年政府工作报告", d.title());
    assertEquals("2026-01-27", d.date());
  }

  @Test
  void aLawDatabaseExportOfAnOrderWithItsNumberInBrackets() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "【法宝引证码】 CLI.11.1598088",
                "原文链接：https://www.example.com/lar/0dc4a42a.html",
                "某某市数据管理办法",
                "某某市人民政府令",
                "",
                "（第16号）",
                "《某某市数据管理办法》已经2020年4月29日市人民政府常务会议审议通过，现予公布，自2020年6月15日起施行。",
                "市长 张三",
                "",
                "2020年5月15日",
                "某某市数据管理办法",
                "第一章 总则",
                "第一条 为了规范数据管理，制定本办法。",
                "第二条 本办法自2020年6月15日起施行。"));
    assertEquals(1, r.documents().size());
    Document d = r.documents().get(0);
    assertEquals(4, d.sourceSpan().startLine());
    assertEquals("某某市人民政府令第16号", d.docNumber());
    assertEquals("某某市数据管理办法", d.title());
    assertEquals("2020-05-15", d.date());
  }

  @Test
  void aDecisionTitleWrappedAboveItsAdoptionNoteIsWhole() {
    Document d =
        parse(
                String.join(
                    "\n",
                    "全国人民代表大会常务委员会关于在沿海",
                    "港口城市设立海事法院的决定",
                    "",
                    "（1984年11月14日第六届全国人民代表大会常务委员会第八次会议通过）",
                    "",
                    "为了适应海上运输发展的需要，特作如下决定：",
                    "一、根据需要在沿海一定的港口城市设立海事法院。"))
            .documents()
            .get(0);
    assertEquals("全国人民代表大会常务委员会关于在沿海港口城市设立海事法院的决定", d.title());
    assertEquals("1984-11-14", d.date());
  }

  @Test
  void aRulePublishedByAnOrderIsDatedAndNumberedByIt() {
    Document d =
        parse(
                String.join(
                    "\n",
                    "电力市场运行基本规则",
                    "(2024年4月18日经国家发展改革委第11次委务会通过 2024年4月25日国家发展改革委令第20号公布 自2024年7月1日起施行)",
                    "第一章 总 则",
                    "第一条 为规范电力市场运行，制定本规则。",
                    "第二条 本规则自2024年7月1日起施行。"))
            .documents()
            .get(0);
    assertEquals("国家发展改革委令第20号", d.docNumber());
    assertEquals("2024-04-25", d.date());
  }

  @Test
  void aSavedPagesFooterFromItsFirstControlIsNoPartOfTheDocument() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "某某局关于延长市场运行时间的通知",
                "各有关单位：",
                "为做好调峰工作，经研究，决定延长市场运行时间。",
                "特此通知。",
                "某某局",
                "2019年3月15日",
                "附件：",
                "运行规则.pdf",
                "扫一扫在手机打开当前页",
                "网站地图",
                "联系我们",
                "通信地址：北京市西城区某某街1号",
                "某某局版权所有"));
    Document d = r.documents().get(0);
    assertEquals(6, d.sourceSpan().endLine());
    assertNotNull(r.backMatter());
    assertEquals(7, r.backMatter().startLine());
  }

  @Test
  void jointIssuersUnderTheDocNumberAndSignedSideBySide() {
    for (String[] signature :
        new String[][] {
          {"某某市“一港双城”（城镇化）\t某某市行政审批局", "工作委员会办公室"},
          {"某某市“一港双城”（城镇化）某某市行政审批局", "工作委员会办公室"}
        }) {
      Document d =
          parse(
                  String.join(
                      "\n",
                      "某港城办发〔2019〕10号",
                      "某某市“一港双城”（城镇化）工作委员会办公室",
                      "某某市行政审批局",
                      "关于进一步规范审批事项",
                      "合并办理工作的通知",
                      "各县（市、区）人民政府，市直有关单位：",
                      "为全面推进审批制度改革，现将有关事宜通知如下：",
                      "一、合并办理事项。",
                      signature[0],
                      signature[1],
                      "2019年3月26日"))
              .documents()
              .get(0);
      assertEquals("某港城办发〔2019〕10号", d.docNumber());
      assertEquals("某某市“一港双城”（城镇化）工作委员会办公室某某市行政审批局关于进一步规范审批事项合并办理工作的通知", d.title());
      assertEquals("某某市“一港双城”（城镇化）工作委员会办公室、某某市行政审批局", d.signer(), signature[0]);
      assertEquals("2019-03-26", d.date());
    }
  }

  @Test
  void rulesTitledAboveTheirOrderStartAtTheTitleAfterTheDocumentBefore() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "国务院办公厅关于完善药品采购工作的指导意见",
                "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
                "为完善药品采购工作，经国务院同意，现提出如下意见。",
                "国务院办公厅",
                "2015年2月9日",
                "",
                "医疗用毒性药品管理办法（2019年修订）",
                "国务院令第 23 号",
                "第一条 为加强医疗用毒性药品的管理，制定本办法。",
                "第二条 本办法自发布之日起施行。"));
    assertEquals(2, r.documents().size());
    Document d = r.documents().get(1);
    assertEquals(7, d.sourceSpan().startLine());
    assertEquals("医疗用毒性药品管理办法（2019年修订）", d.title());
    assertEquals("国务院令第23号", d.docNumber());
    assertEquals(5, r.documents().get(0).sourceSpan().endLine());
  }

  @Test
  void aTitleWithABracketedYearAfterTheLastDocumentsDateStartsTheNext() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "卫生部关于增加“疼痛科”诊疗科目的通知",
                "各省、自治区、直辖市卫生厅局：",
                "根据专家建议，决定增加“疼痛科”诊疗科目。",
                "本通知自下发之日起执行。",
                "二〇〇七年七月十六日",
                "卫生部关于修订诊疗科目名录部分科目的通知（2007）",
                "各省、自治区、直辖市卫生厅局：",
                "经研究决定，修订名录部分二级科目。",
                "二〇〇七年五月三十一日"));
    assertEquals(2, r.documents().size());
    assertEquals("卫生部关于修订诊疗科目名录部分科目的通知（2007）", r.documents().get(1).title());
    assertEquals("2007-05-31", r.documents().get(1).date());
  }

  @Test
  void
      jointIssuersInTheMastheadAndInTheTitleAreNamedOnceAndASealsStrokesBeforeTheDateAreNoSigner() {
    Document d =
        parse(
                String.join(
                    "\n",
                    "某某市人力资源和社会保障局",
                    "某某市住房和城乡建设局",
                    "某某市人力资源和社会保障局某某市住房和",
                    "城乡建设局关于进一步完善人才住房政策",
                    "的补充通知",
                    "各区人民政府，市政府各部门、直属各机构：",
                    "为提高人才住房保障措施的精准性，现就有关事项补充通知如下。",
                    "一、认定为人才的，享受户籍人口购房政策。",
                    "某某市人力资源和社会保障局某某市住房和城乡建设局",
                    "场!2019年11月29日"))
            .documents()
            .get(0);
    assertEquals("某某市人力资源和社会保障局某某市住房和城乡建设局关于进一步完善人才住房政策的补充通知", d.title());
    assertEquals("2019-11-29", d.date());
  }

  @Test
  void aSignatureReadUnderASealKeepsItsSignerAndItsDateWithTheMisreadingReported() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "某某市住房公积金管理委员会关于调整住房公积金贷款政策的通知",
                "各县（市、区）人民政府：",
                "为支持居民合理住房需求，现就有关事项通知如下。",
                "一、降低购房申请住房公积金贷款首付款比例。",
                "二、本通知自2022年8月1日起执行。",
                "理l",
                "某某市住房公积金管理委员会",
                "2022每7月4日"));
    Document d = r.documents().get(0);
    assertEquals("某某市住房公积金管理委员会", d.signer());
    assertEquals("2022-07-04", d.date());
    assertEquals("2022每7月4日", d.dateText());
    assertTrue(
        r.diagnostics().stream().anyMatch(g -> g.code().equals("date-year-mark-misread")),
        r.diagnostics().toString());
  }

  @Test
  void aPageTitleAboveTheSameTitleAsPrintedIsThePagesNotTheDocuments() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "# 某某市人民代表大会常务委员会关于修改《某某市立法条例》的决定",
                "",
                "某某市人民代表大会常务委员会",
                "关于修改《某某市立法条例》的决定",
                "",
                "（2024年8月15日某某市第十二届人民代表大会常务委员会第十七次会议通过）",
                "",
                "某某市人民代表大会常务委员会第十七次会议决定对《某某市立法条例》作如下修改：",
                "一、将第一条修改为：“为了规范立法活动，制定本条例。”",
                "本决定自公布之日起施行。"));
    Document d = r.documents().get(0);
    assertEquals("某某市人民代表大会常务委员会关于修改《某某市立法条例》的决定", d.title());
    assertEquals(3, d.sourceSpan().startLine());
  }

  @Test
  void aFewCharactersBeforeADateThatNameNoOneAreASealsStrokes() {
    Document d =
        parse(
                String.join(
                    "\n",
                    "某某市人民政府关于做好防汛工作的通知",
                    "各区人民政府：",
                    "现就做好防汛工作通知如下。",
                    "某某市人民政府",
                    "理l 2019年11月29日"))
            .documents()
            .get(0);
    assertEquals("某某市人民政府", d.signer());
    assertEquals("2019-11-29", d.date());
  }

  @Test
  void anOrderOnOneLineEnclosesTheRulesItPublishesAndTheNextDocumentStandsApart() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "某某市人民政府令第12号",
                "　　《某某市人民政府关于修改〈某某市物业管理办法〉的决定》已经2023年9月18日市人民政府第19次常务会议" + "审议通过，现予公布，自公布之日起施行。",
                "2023年9月20日",
                "（此件公开发布）",
                "某某市人民政府",
                "关于修改《某某市物业管理办法》的",
                "决定",
                "　　市政府决定对《某某市物业管理办法》作如下修改：",
                "　　一、将第二条修改为：“本办法适用于本市行政区域。”",
                "　　本决定自公布之日起施行。",
                "某某市人民政府",
                "关于加强安全生产工作的通知",
                "各区人民政府，市政府各部门：",
                "　　现就加强安全生产工作通知如下。",
                "某某市人民政府",
                "2023年10月8日"));
    assertEquals(2, r.documents().size(), r.documents().toString());
    Document order = r.documents().get(0);
    assertEquals("某某市人民政府令第12号", order.docNumber());
    assertEquals("某某市人民政府关于修改《某某市物业管理办法》的决定", order.title());
    assertEquals("2023-09-20", order.date());
    assertEquals("某某市人民政府关于修改《某某市物业管理办法》的决定", order.enclosure().title());
    assertEquals("某某市人民政府关于加强安全生产工作的通知", r.documents().get(1).title());
  }

  @Test
  void rulesRepublishedAfterTheDecisionThatAmendsThemAreDocumentsOfTheirOwn() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "某某市人民政府令第15号",
                "　　《某某市人民政府关于修改〈某某市物业管理暂行办法〉和〈某某市物业管理实施细则〉的决定》已经市人民政府常务会议" + "审议通过，现予公布，自公布之日起施行。",
                "2023年9月20日",
                "（此件公开发布）",
                "某某市人民政府",
                "关于修改《某某市物业管理暂行办法》和",
                "《某某市物业管理实施细则》的决定",
                "　　市政府决定对《某某市物业管理暂行办法》和《某某市物业管理实施细则》作如下修改：",
                "　　一、将暂行办法第二条修改为：“本办法适用于本市行政区域。”",
                "　　二、将实施细则第三条修改为：“本细则由市住房城乡建设部门负责解释。”",
                "　　本决定自公布之日起施行。",
                "　　《某某市物业管理暂行办法》和《某某市物业管理实施细则》根据本决定作相应修改后，重新公布。",
                "某某市物业管理",
                "暂行办法",
                "　　为规范物业管理活动，制定本办法。",
                "　　一、本办法适用于本市行政区域。",
                "　　二、本办法自2011年1月28日起施行。",
                "某某市物业管理实施细则",
                "第一章　总则",
                "　　第一条　根据《某某市物业管理暂行办法》，制定本实施细则。",
                "　　第二条　本细则由市住房城乡建设部门负责解释。"));
    assertEquals(3, r.documents().size(), r.documents().toString());
    assertEquals("某某市人民政府令第15号", r.documents().get(0).docNumber());
    assertEquals("某某市物业管理暂行办法", r.documents().get(1).title());
    assertEquals("某某市物业管理实施细则", r.documents().get(2).title());
    assertEquals(1, r.documents().get(2).body().size(), "its chapter, nothing of the decision");
    assertEquals(org.gazette.model.Node.Kind.CHAPTER, r.documents().get(2).body().get(0).kind());
  }

  @Test
  void aDatabaseExportsTitleFieldPrintedAgainIsTheTitleAndItsSourceFieldIsNoPartOfIt() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "标题：中共中央通知",
                "日期：1977-8-29",
                "作者：",
                "",
                "中共中央通知",
                "各省、市、自治区党委，各大军区、省军区党委：",
                "党中央决定：",
                "任命某某某同志为某某部主任。",
                " 中共中央一九七七年八月二十九日",
                "（此件发至县、团级）",
                "来源：",
                "根据中央文件原件打印"));
    Document d = r.documents().get(0);
    assertEquals("中共中央通知", d.title());
    assertEquals(5, d.elementSpans().title().startLine());
    assertEquals("各省、市、自治区党委，各大军区、省军区党委", d.recipients());
    assertEquals(10, d.sourceSpan().endLine(), "the database's source field is no part of it");
  }

  @Test
  void anOlder批转WithItsCaptionAndTheReportItHandsOverAddressedToTheCentre() {
    Document d =
        parse(
                String.join(
                    "\n",
                    "中共中央批转“某省委参加会议同志向中央的报告”",
                    "中共中央批语",
                    "中央同意某省委参加会议同志向中央的报告，望认真贯彻执行，稳妥地把某省问题解决好。"
                        + "某省是祖国的边疆，又是多民族地区，战略地位十分重要，中央对某省非常关心。",
                    " 中共中央一九七七年二月四日",
                    "（此件发至县团级）",
                    "某省委参加会议同志向中央报告全文",
                    "华主席、党中央：",
                    "在党中央的亲切关怀下，我们于一月十八日至二月三日参加了中央召开的会议，会议开得很好，"
                        + "我们回顾了一年多来的情况，讨论了进一步搞好工作的意见，报告如下。",
                    "1.放手发动群众，深入开展运动。"))
            .documents()
            .get(0);
    assertEquals("中共中央批转“某省委参加会议同志向中央的报告”", d.title());
    assertEquals("1977-02-04", d.date());
    assertEquals("某省委参加会议同志向中央报告全文", d.enclosedTitle());
  }

  @Test
  void aReportsSubtitleUnderASavedPagesTimeStampAndSourceFieldDatesIt() {
    Document d =
        parse(
                String.join(
                    "\n",
                    "2026年某某省人民政府工作报告",
                    "2026年02月10日 07时41分",
                    "来源:",
                    "某某日报",
                    "【字体：",
                    "大",
                    "中",
                    "小",
                    "】",
                    "分享：",
                    "2026年2月3日在某某省第十四届人民代表大会第五次会议上",
                    "某某省人民政府省长 某某某",
                    "各位代表：",
                    "现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员提出意见。",
                    "一、2025年工作回顾",
                    "过去一年，面对复杂严峻形势，我们坚持稳中求进工作总基调，全省经济持续回升向好。"))
            .documents()
            .get(0);
    assertEquals("2026-02-03", d.date());
    assertEquals("2026年某某省人民政府工作报告", d.title());
  }

  @Test
  void anEditionsSourceNoteAfterTheTextIsNoPartOfIt() {
    Document d =
        parse(
                String.join(
                    "\n",
                    "标题：某某部关于某某问题的通知",
                    "日期：1982-1-28",
                    "",
                    "某某部关于某某问题的通知",
                    "各省、市、自治区党委：",
                    "现将有关问题通知如下，请遵照执行。",
                    " 某某部一九八二年一月二十八日",
                    "(原载《某某工作政策文件选编》，北京：某某出版社，1993年)",
                    "来源：",
                    "原载《某某工作政策文件选编》，北京：某某出版社，1993年"))
            .documents()
            .get(0);
    assertEquals(7, d.sourceSpan().endLine());
  }

  @Test
  void aTitleOverASavedPagesWidgetsAndThe字号UnderThemIsTheHead() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "某某能源监管局关于延长某某电力调峰辅助服务市场运行时间的通知",
                "设为首页",
                "首页",
                "信息公开",
                "某某能源监管局关于延长某某电力调峰辅助服务市场运行时间的通知",
                "2019-03-18 00:00",
                "来源：",
                "Aa",
                "字体：",
                "小",
                "|",
                "中",
                "|",
                "大",
                "某监能市场〔2019〕117号",
                "国家电网某某分部，各有关发电企业：",
                "近日，国家电网某某分部致函我局，申请适当延长某某区域电力辅助服务市场试运行时间。经研究，现通知如下。",
                "一、某某电力调峰辅助服务市场试运行时间延长至2019年12月31日。",
                "某某能源监管局",
                "2019年3月15日"));
    assertEquals(1, r.documents().size(), r.documents().toString());
    Document d = r.documents().get(0);
    assertEquals("某某能源监管局关于延长某某电力调峰辅助服务市场运行时间的通知", d.title());
    assertEquals("某监能市场〔2019〕117号", d.docNumber());
    assertEquals("2019-03-15", d.date());
  }

  @Test
  void aReprintedDecisionBeforeAJudgmentIsADocumentOfItsOwn() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "某某省委为某某事件平反的文件",
                "某某市委并某某县委：",
                "　　省委于一九八五年七月组织复查工作组，对某某事件进行了复查。",
                "一、某某事件是学生自发地进行罢课的事件。",
                "二、平反要着重从政治上解决问题。",
                "某某高级人民法院有关某某的刑事判决书",
                "（1986）刑再字7号",
                "1986.01.25",
                "　　原审被告人某某，男，生于一九二四年。",
                "　　本院依法组成合议庭，对此案进行了重新审理。"));
    assertEquals(2, r.documents().size(), r.documents().toString());
    assertNull(r.frontMatter(), "no text before the first document");
    Document decision = r.documents().get(0);
    assertEquals("某某省委为某某事件平反的文件", decision.title());
    assertEquals("某某市委并某某县委", decision.recipients());
    Document judgment = r.documents().get(1);
    assertEquals("某某高级人民法院有关某某的刑事判决书", judgment.title());
    assertEquals("（1986）刑再字7号", judgment.docNumber());
    assertEquals("1986-01-25", judgment.date());
  }

  @Test
  void aReplyToADeputyOnLetterPaperSignedUnderASeal() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "中共某某部用笺",
                "（94）某议字04号",
                "对某某会议第3148号建议的答复",
                "张三代表：",
                "　　您提出的关于某某问题的建议收悉，现答复如下：",
                "　　感谢您提出的建议。",
                "　某某部办公厅（某某部办公厅印章）1994年7月20日",
                "联系电话：3097193"));
    assertEquals(1, r.documents().size(), r.documents().toString());
    Document d = r.documents().get(0);
    assertEquals("（94）某议字04号", d.docNumber());
    assertEquals("对某某会议第3148号建议的答复", d.title());
    assertEquals("张三代表", d.recipients());
    assertEquals("某某部办公厅", d.signer());
    assertEquals("1994-07-20", d.date());
  }

  @Test
  void anUnsignedPizhuanNoticeEndsAtTheMarkAboveWhatItEncloses() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "中共某某省委、某某省人民政府批转省公安厅《关于释放和安置原国民党县团以下党政军特人员的工作方案》的通知",
                "　　省委、省政府同意省公安厅的工作方案，现转发给你们，请遵照执行。",
                "附：",
                "某某省公安厅关于释放和安置原国民党县团以下党政军特人员的工作方案",
                "（1982年1月3日）",
                "一、释放的范围",
                "　　凡属县团以下人员，一律宽大释放。",
                "二、安置原则",
                "　　就地安置。"));
    assertEquals(1, r.documents().size(), r.documents().toString());
    Document d = r.documents().get(0);
    assertEquals("中共某某省委、某某省人民政府批转省公安厅《关于释放和安置原国民党县团以下党政军特人员的工作方案》的通知", d.title());
    assertEquals("某某省公安厅关于释放和安置原国民党县团以下党政军特人员的工作方案", d.enclosure().title());
    assertNull(d.date(), "the date under the enclosed title is the enclosure's");
  }

  @Test
  void aWebExportsLinkLinesAndRulesAreNoTitleAndItsNumberIsFoundBelowThem() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "# 关于印发《某某创新区建设方案》的通知",
                "",
                "**发布日期**: 2025-03-10",
                "**发布机构**: 某某市科学技术委员会",
                "",
                "**附件**:",
                "- [某某创新区空间布局图.pdf](./某某创新区空间布局图.pdf) (pdf)",
                "",
                "---",
                "",
                "某科合〔2025〕7号",
                "",
                "各有关单位：",
                "",
                "　　为加快推进创新区建设，现将建设方案印发给你们，请认真贯彻执行。",
                "",
                "某某市科学技术委员会",
                "",
                "2025年3月10日"));
    assertEquals(1, r.documents().size(), r.documents().toString());
    Document d = r.documents().get(0);
    assertEquals("关于印发《某某创新区建设方案》的通知", d.title());
    assertEquals("某科合〔2025〕7号", d.docNumber());
    assertEquals("各有关单位", d.recipients());
  }

  @Test
  void aNewsDatelineAboveATitleIsNoPartOfIt() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "新华社北京2月13日电",
                "",
                "中共中央 国务院关于做好2023年全面推进乡村振兴重点工作的意见",
                "（2023年1月2日）",
                "",
                "　　党的二十大擘画了宏伟蓝图。",
                "",
                "一、抓紧抓好粮食和重要农产品稳产保供",
                "",
                "　　（一）全力抓好粮食生产。"));
    assertEquals(1, r.documents().size(), r.documents().toString());
    assertEquals("中共中央国务院关于做好2023年全面推进乡村振兴重点工作的意见", r.documents().get(0).title().replace(" ", ""));
  }

  @Test
  void documentsDatedUnderTheirTitlesFollowOneAnotherAndAnEditionsNotesEndNone() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "某某总部关于重行颁布三大纪律八项注意的训令",
                "（一九四七年十月十日）",
                "　　各级首长：现重行颁布三大纪律八项注意，望即遵照执行。",
                "给某某志愿军的命令",
                "（一九五○年十月八日）",
                "　　某某志愿军各级领导同志们：",
                "　　为了保卫和平，命令你们即日出动。",
                "注释",
                "〔1〕某某是当时的行政官。",
                "征询对农业十七条的意见",
                "（一九五五年十二月二十一日）",
                "　　上海局，各省委、自治区党委：",
                "　　现将农业十七条发给你们，征询意见。"));
    assertEquals(3, r.documents().size(), r.documents().toString());
    assertEquals("给某某志愿军的命令", r.documents().get(1).title());
    assertEquals("1950-10-08", r.documents().get(1).date());
    assertEquals("征询对农业十七条的意见", r.documents().get(2).title());
    assertNull(r.backMatter(), "notes between documents are no back matter");
  }

  @Test
  void aLawAtTheStartOfATextIsADocumentNotACover() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "某某交通条例",
                "",
                "第一章　总　则",
                "",
                "　　第一条　为了加强某某交通建设，制定本条例。",
                "",
                "　　第二条　本条例适用于某某交通的规划、建设和管理。",
                "",
                "某某市人民政府关于加强安全生产工作的通知",
                "某政发〔2023〕3号",
                "各区人民政府：",
                "　　现就加强安全生产工作通知如下。",
                "某某市人民政府",
                "2023年10月8日"));
    assertEquals(2, r.documents().size(), r.documents().toString());
    assertNull(r.frontMatter(), "a law with chapters and articles is no cover");
    assertEquals("某某交通条例", r.documents().get(0).title());
    assertEquals("某政发〔2023〕3号", r.documents().get(1).docNumber());
    IssueResult covered =
        parse(
            String.join(
                "\n",
                "某某县人民政府公报",
                "2023年第1期",
                "　　本刊是县政府主办的政府出版物。",
                "　　本刊刊登县政府及其办公室的文件。",
                "　　本刊免费赠阅。",
                "某某县人民政府关于加强安全生产工作的通知",
                "某政发〔2023〕3号",
                "各乡镇人民政府：",
                "　　现就加强安全生产工作通知如下。",
                "某某县人民政府",
                "2023年10月8日"));
    assertEquals(1, covered.documents().size(), "a cover with a few sentences stays front matter");
    assertEquals(1, covered.frontMatter().startLine());
  }

  @Test
  void ordersSpeechesMastheadsAndIndentedParagraphs() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "某某省人民政府令",
                "第 305 号",
                "　　《某某省行政规范性文件管理办法》已经2023年5月5日省人民政府第5次常务会议通过，现予公布，自2023年7月1日起施行。",
                "省长 张三",
                "2023年5月20日",
                "在全省经济工作会议上的讲话",
                "（2023年1月5日）",
                "　　同志们：今天召开全省经济工作会议，主要任务是总结工作。",
                "某某省人民政府文件",
                "某政发〔2023〕9号",
                "某某省人民政府关于加强安全生产工作的决定",
                "各市人民政府，省直各部门：",
                "　　为加强安全生产工作，根据《国务院关于进一步加强安全生产工作的决定》",
                "（国发〔2010〕23号）",
                "　　精神，现作如下决定。",
                "某某省人民政府",
                "2023年6月1日"));
    assertEquals(3, r.documents().size(), r.documents().toString());
    Document order = r.documents().get(0);
    assertEquals("某某省人民政府令", order.title());
    assertEquals("某某省人民政府令第305号", order.docNumber());
    assertEquals("省长张三", order.signer());
    assertEquals("2023-05-20", order.date());
    Document speech = r.documents().get(1);
    assertEquals("在全省经济工作会议上的讲话", speech.title());
    assertEquals("2023-01-05", speech.date());
    Document decision = r.documents().get(2);
    assertEquals(9, decision.sourceSpan().startLine());
    assertEquals("某某省人民政府关于加强安全生产工作的决定", decision.title());
    assertEquals("某政发〔2023〕9号", decision.docNumber());
    assertEquals("各市人民政府，省直各部门", decision.recipients());
    assertEquals("2023-06-01", decision.date());
  }

  @Test
  void bodyBannersTitlesWithTheirNumberAndDatesUnderTitles() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "【市政府文件】",
                "某某市人民政府关于调整市级财政专项资金管理办法的通知（某政发〔2024〕3号）",
                "各县（区）人民政府，市直各部门：",
                "现将调整事项通知如下。",
                "某某市人民政府",
                "2024年3月1日",
                "【市政府办公室文件】",
                "某某市人民政府办公室关于做好防汛工作的通知",
                "（2024年5月8日）",
                "各县（区）人民政府：",
                "入汛以来，各地要做好防汛工作。"));
    assertEquals(2, r.documents().size(), r.documents().toString());
    Document a = r.documents().get(0);
    assertEquals("某某市人民政府关于调整市级财政专项资金管理办法的通知", a.title());
    assertEquals("某政发〔2024〕3号", a.docNumber());
    assertEquals("市政府文件", a.category());
    assertEquals("2024-03-01", a.date());
    Document b = r.documents().get(1);
    assertEquals("市政府办公室文件", b.category());
    assertEquals("2024-05-08", b.date());
    assertEquals(8, b.sourceSpan().startLine());
    assertEquals(
        List.of(1, 7),
        r.furniture().stream()
            .filter(f -> f.kind() == Furniture.Kind.BANNER)
            .map(f -> f.line())
            .toList());
  }

  @Test
  void tocGuidesDocumentsWithoutNumberOrRecipients() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "某某市人民政府公报",
                "2024年第2期",
                "目  录",
                "【市政府文件】",
                "某某市人民政府关于同意设立某某产业园区的批复……………………1",
                "【政策解读】",
                "《某某市物业管理办法》政策解读……………………………………3",
                "",
                "某某市人民政府",
                "关于同意设立某某产业园区的批复",
                "某政函〔2024〕8号",
                "某某区人民政府：",
                "你区《关于设立某某产业园区的请示》收悉。经研究，同意设立。",
                "某某市人民政府",
                "2024年2月2日",
                "（此件公开发布）",
                "《某某市物业管理办法》政策解读",
                "一、制定背景",
                "为规范物业管理活动，制定本办法。",
                "二、主要内容",
                "本办法共六章四十条。"));
    assertEquals(2, r.documents().size(), r.documents().toString());
    assertEquals("某政函〔2024〕8号", r.documents().get(0).docNumber());
    assertEquals("某某区人民政府", r.documents().get(0).recipients());
    Document b = r.documents().get(1);
    assertEquals("《某某市物业管理办法》政策解读", b.title());
    assertEquals("政策解读", b.category());
    assertEquals(17, b.sourceSpan().startLine());
    assertEquals(
        List.of("一、", "二、"),
        b.body().stream().filter(n -> n.kind() == Node.Kind.SECTION).map(Node::label).toList());
    assertTrue(r.toc().entries().stream().allMatch(e -> e.matchedDocument() != null));
  }

  @Test
  void anEnclosedTitleThatReadsLikeANoticeStaysInItsCoverNotice() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "某某县人民政府办公室",
                "关于印发《关于加快发展县域经济的实施意见》的通知",
                "某政办发〔2024〕5号",
                "各乡（镇）人民政府：",
                "现将《关于加快发展县域经济的实施意见》印发给你们，请认真贯彻执行。",
                "某某县人民政府办公室",
                "2024年4月1日",
                "（此件公开发布）",
                "关于加快发展县域经济的实施意见",
                "一、总体要求",
                "坚持稳中求进。",
                "关于表彰2023年度先进集体的决定",
                "各乡（镇）人民政府：",
                "经研究，决定表彰。",
                "某某县人民政府",
                "2024年4月2日"));
    assertEquals(2, r.documents().size(), r.documents().toString());
    assertEquals("关于加快发展县域经济的实施意见", r.documents().get(0).enclosedTitle());
    assertEquals("关于表彰2023年度先进集体的决定", r.documents().get(1).title());
    assertEquals(12, r.documents().get(1).sourceSpan().startLine());
  }

  @Test
  void anIssuedTitleWithoutNumberAfterAnUnsignedEnclosure() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "某某县人民政府办公室",
                "关于印发某某县防汛应急预案的通知",
                "某政办发〔2024〕9号",
                "各乡（镇）人民政府：",
                "现将《某某县防汛应急预案》印发给你们，请认真贯彻执行。",
                "某某县人民政府办公室",
                "2024年5月1日",
                "（此件公开发布）",
                "某某县防汛应急预案",
                "1 总则",
                "为做好防汛工作，制定本预案。",
                "某某县人民政府",
                "关于禁止在河道内采砂的通告",
                "为保护河道安全，现通告如下：一、禁止采砂。",
                "某某县人民政府",
                "2024年5月3日"));
    assertEquals(2, r.documents().size(), r.documents().toString());
    assertEquals("某某县人民政府关于禁止在河道内采砂的通告", r.documents().get(1).title());
    assertEquals(12, r.documents().get(1).sourceSpan().startLine());
    assertEquals(11, r.documents().get(0).sourceSpan().endLine());
  }

  @Test
  void aStatisticalBulletinCitedInTheBodyIsNotARunningHeader() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "某某县人民政府",
                "关于做好统计工作的通知",
                "某政发〔2024〕1号",
                "各乡（镇）人民政府：",
                "根据《某某县2023年国民经济和社会发展统计公报》",
                "显示，全县经济运行稳中有进。",
                "某某县人民政府",
                "2024年1月5日"));
    assertEquals(List.of(), r.furniture());
  }

  @Test
  void jointDocumentSignedByTwoOrgans() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "中共某某县委办公室",
                "某某县人民政府办公室",
                "关于做好春节期间走访慰问工作的通知",
                "某办发〔2024〕2号",
                "各乡（镇）党委、人民政府：",
                "春节将至，现就做好走访慰问工作通知如下。",
                "中共某某县委办公室",
                "某某县人民政府办公室",
                "2024年1月20日"));
    Document d = r.documents().get(0);
    assertEquals("中共某某县委办公室、某某县人民政府办公室", d.signer());
    assertEquals(1, d.sourceSpan().startLine());
  }

  @Test
  void titleAndNumberOnOneLineWithoutBracketsAndDivisionsAboveSections() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "某某市人民政府关于印发2024年重点工作任务的通知 某政发〔2024〕4号",
                "各县（区）人民政府：",
                "现将2024年重点工作任务印发给你们。",
                "某某市人民政府",
                "2024年2月1日",
                "2024年重点工作任务",
                "第一部分 总体要求",
                "一、指导思想",
                "坚持稳中求进。",
                "第二部分 重点任务",
                "一、扩大有效投资",
                "二、提振消费"));
    assertEquals(1, r.documents().size());
    Document d = r.documents().get(0);
    assertEquals("某某市人民政府关于印发2024年重点工作任务的通知", d.title());
    assertEquals("某政发〔2024〕4号", d.docNumber());
    List<Node> top =
        d.enclosure().body().stream()
            .filter(n -> n.kind() == Node.Kind.SECTION && n.level() == 1)
            .toList();
    assertEquals(List.of("第一部分", "第二部分"), top.stream().map(Node::label).toList());
    assertEquals(2, top.get(1).children().size());
  }

  @Test
  void tocEntryOfATitleCarryingItsNumber() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "目录",
                "某某市人民政府关于调整市级财政专项资金管理办法的通知（某政发〔2024〕3号）……1",
                "某某市人民政府关于表彰先进集体的决定……………3",
                "",
                "某某市人民政府关于调整市级财政专项资金管理办法的通知（某政发〔2024〕3号）",
                "各县（区）人民政府：",
                "现将调整事项通知如下。",
                "某某市人民政府",
                "2024年3月1日",
                "某某市人民政府关于表彰先进集体的决定",
                "经研究，决定表彰。"));
    assertEquals(2, r.documents().size(), r.documents().toString());
    assertEquals("某政发〔2024〕3号", r.documents().get(0).docNumber());
    assertTrue(r.toc().entries().stream().allMatch(e -> e.matchedDocument() != null));
  }

  @Test
  void aLawWithItsOwnContentsAndAnAdoptionNote() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "中华人民共和国某某法",
                "",
                "（1999年6月28日第九届全国人民代表大会常务委员会第十次会议通过）",
                "",
                "目　　录",
                "第一章　总　　则",
                "第二章　附　　则",
                "",
                "第一章　总　　则",
                "第一条　为了规范某某行为，制定本法。",
                "第二条　中华人民共和国境内的某某活动，适用本法。",
                "第二章　附　　则",
                "第三条　本法自1999年9月1日起施行。",
                ""));
    assertEquals(1, r.documents().size());
    Document d = r.documents().get(0);
    assertEquals("中华人民共和国某某法", d.title());
    assertEquals("1999-06-28", d.date(), "dated by its adoption note");
    List<Node> chapters = d.body().stream().filter(n -> n.kind() == Node.Kind.CHAPTER).toList();
    assertEquals(2, chapters.size(), "the 目录 lists chapters; it is not the outline: " + d.body());
    assertEquals(
        3,
        chapters.stream()
            .mapToLong(
                c -> c.children().stream().filter(n -> n.kind() == Node.Kind.ARTICLE).count())
            .sum());
  }

  @Test
  void aDocNumberGluedToTheRecipientsLineIsTakenApart() {
    Document d =
        parse(
                String.join(
                    "\n",
                    "国务院关于加强某某工作的通知",
                    "国发〔1998〕12号各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
                    "为加强某某工作，现就有关问题通知如下：",
                    "一、提高认识",
                    "各地区要充分认识某某工作的重要性。",
                    "国务院",
                    "一九九八年三月五日",
                    ""))
            .documents()
            .get(0);
    assertEquals("国发〔1998〕12号", d.docNumber());
    assertEquals("各省、自治区、直辖市人民政府，国务院各部委、各直属机构", d.recipients());
    assertEquals("国务院", d.signer());
    assertEquals("1998-03-05", d.date());
  }

  @Test
  void aLetterDatedUnderItsTitleHasItsSalutationAsRecipients() {
    Document d =
        parse(
                String.join(
                    "\n",
                    "关于某某问题给各省委的复电",
                    "（一九五四年十月十二日）",
                    "各省委、各大区党委同志们：",
                    "你们的来电收到。现答复如下。",
                    "中共中央",
                    ""))
            .documents()
            .get(0);
    assertEquals("各省委、各大区党委同志们", d.recipients());
    assertEquals("1954-10-12", d.date());
  }

  @Test
  void aPageFooterGluedInsideAParagraphIsFurnitureAndTheSentenceIsWhole() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "某某县人民政府关于做好防汛工作的通知",
                "某政发〔2024〕9号",
                "各乡（镇）人民政府，县直各有关单位：",
                "一、加强组织领导",
                "各单位要切实加强组织领导，—1 —确保各项措施落实到位。2021-2025年规划期内不变。",
                "某某县人民政府",
                "2024年6月1日",
                ""));
    assertEquals(
        List.of(new Furniture(5, "—1 —", Furniture.Kind.PAGE_NUMBER, null, true)), r.furniture());
    Node section = r.documents().get(0).body().get(0);
    assertEquals(
        "各单位要切实加强组织领导，确保各项措施落实到位。2021-2025年规划期内不变。",
        section.children().get(0).text(),
        "the label is out, the range 2021-2025 stays");
  }

  @Test
  void englishContentsBelongToTheTocAndTheGazettesIntroductionIsBackMatter() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "中华人民共和国国务院公报",
                "1998年第5号",
                "目　　录",
                "国务院关于加强某某工作的通知……………………………………（1）",
                "国务院办公厅关于某某问题的复函………………………………（3）",
                "CONTENTS",
                "Circular of the State Council on Strengthening Certain Work (1)",
                "Reply of the General Office of the State Council (3)",
                "",
                "国务院关于加强某某工作的通知",
                "国发〔1998〕12号",
                "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
                "为加强某某工作，现就有关问题通知如下。",
                "国务院",
                "一九九八年三月五日",
                "",
                "国务院办公厅关于某某问题的复函",
                "国办函〔1998〕20号",
                "某某省人民政府：",
                "你省来文收悉。经国务院同意，现函复如下。",
                "国务院办公厅",
                "一九九八年三月九日",
                "",
                "《中华人民共和国国务院公报》简介",
                "《中华人民共和国国务院公报》是国务院办公厅编辑出版的政府出版物。",
                ""));
    assertEquals(8, r.toc().endLine(), "the English contents close the TOC");
    assertEquals(2, r.documents().size());
    assertEquals(10, r.documents().get(0).sourceSpan().startLine());
    assertEquals(22, r.documents().get(1).sourceSpan().endLine());
    assertEquals(24, r.backMatter().startLine());
    assertEquals("1998-03-09", r.documents().get(1).date());
  }

  @Test
  void anAppointmentNoticeSignedByAPersonHasSignerAndDate() {
    Document d =
        parse(
                String.join(
                    "\n",
                    "中华人民共和国主席令",
                    "第五号",
                    "根据第九届全国人民代表大会常务委员会第二次会议的决定：",
                    "一、免去张某某的某某部部长职务；",
                    "二、任命李某某为某某部部长。",
                    "中华人民共和国主席　江泽民",
                    "1998年4月29日",
                    ""))
            .documents()
            .get(0);
    assertEquals("中华人民共和国主席令", d.title());
    assertEquals("中华人民共和国主席令第五号", d.docNumber());
    assertEquals("中华人民共和国主席江泽民", d.signer()); // spaces between CJK are squeezed
    assertEquals("1998-04-29", d.date());
  }

  @Test
  void aPageWithoutAHeadTakesItsFirstCompleteTitle() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "当前位置：首页 > 政务公开 > 人事任免",
                "中共某某局党组关于某某同志职务任免的通知",
                "发布时间 2020-01-19",
                "附件下载",
                ""));
    assertEquals("中共某某局党组关于某某同志职务任免的通知", r.documents().get(0).title());
  }

  @Test
  void coverAndTitlePageWithoutTocAreFrontMatterNotFurniture() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "临河县人民政府公报",
                "2024年第1期（总第5期）",
                "",
                "临河县人民政府办公室　编",
                "",
                "临河县人民政府公报",
                "2024年第1期",
                "",
                "临河县人民政府",
                "关于加强安全生产工作的通知",
                "临政发〔2024〕3号",
                "",
                "各乡（镇）人民政府，县直各有关单位：",
                "为进一步加强安全生产工作，现就有关事项通知如下。",
                "一、提高认识",
                "各单位要高度重视安全生产工作。",
                "二、落实责任",
                "各单位要落实主体责任。",
                "",
                "临河县人民政府",
                "2024年1月5日",
                "（此件公开发布）",
                "—1—",
                "临河县人民政府公报　2024年第1期",
                "临河县人民政府办公室",
                "关于印发临河县防汛应急预案的通知",
                "临政办发〔2024〕2号",
                "",
                "各乡（镇）人民政府，县直各有关单位：",
                "《临河县防汛应急预案》已经县政府同意，现印发给你们，请认真贯彻执行。",
                "",
                "临河县人民政府办公室",
                "2024年1月8日",
                "—2—",
                "临河县人民政府公报　2024年第1期",
                "临河县防汛应急预案",
                "一、总则",
                "为做好防汛工作，制定本预案。",
                "二、组织体系",
                "县防汛指挥部负责全县防汛工作。",
                "—3—"));
    assertNull(r.toc());
    assertEquals(1, r.frontMatter().startLine());
    assertEquals(7, r.frontMatter().endLine());
    assertEquals(List.of(23, 24, 34, 35, 41), r.furniture().stream().map(Furniture::line).toList());
    assertEquals(2, r.documents().size());
    assertEquals(9, r.documents().get(0).sourceSpan().startLine());
  }

  @Test
  void markdownWebExportWithTitleInThePageHeaderAndJointSigners() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "# 关于印发《某某市技术市场管理办法》的通知",
                "",
                "**发布日期**: 2024-04-11",
                "**发布机构**: 某某市科学技术局",
                "**原文链接**: [http://kj.example.gov.cn/1.html](http://kj.example.gov.cn/1.html)",
                "",
                "---",
                "",
                "某科规〔2024〕2号",
                "",
                "各有关单位：",
                "",
                "现将《某某市技术市场管理办法》印发给你们，请遵照执行。",
                "",
                "某某市科学技术局",
                "某某市发展和改革委员会",
                "某某市财政局",
                "某某市市场监督管理局",
                "2024年4月1日",
                "",
                "**某某市技术市场管理办法**",
                "",
                "第一章　总则",
                "",
                "第一条　为规范技术市场，制定本办法。",
                "",
                "第二章　附则",
                "",
                "第二条　本办法自2024年5月1日起施行。",
                "",
                "【原文下载】",
                "- [关于印发《某某市技术市场管理办法》的通知.pdf](/files/1.pdf)",
                "**更新时间**: 2024-04-12 10:00:00"));
    assertEquals(1, r.frontMatter().startLine());
    assertEquals(7, r.frontMatter().endLine());
    assertTrue(r.furniture().isEmpty(), r.furniture().toString());
    assertEquals(31, r.backMatter().startLine());
    Document d = r.documents().get(0);
    assertEquals("关于印发《某某市技术市场管理办法》的通知", d.title());
    assertEquals(1, d.elementSpans().title().startLine());
    assertEquals(9, d.sourceSpan().startLine());
    assertEquals(29, d.sourceSpan().endLine());
    assertEquals("某科规〔2024〕2号", d.docNumber());
    assertEquals("各有关单位", d.recipients());
    assertEquals("某某市科学技术局、某某市发展和改革委员会、某某市财政局、某某市市场监督管理局", d.signer());
    assertEquals("2024-04-01", d.date());
    assertEquals("某某市技术市场管理办法", d.enclosedTitle());
  }

  @Test
  void anOlderOrderDatedUnderItsTitleHasItsSalutationAndTrailingSigners() {
    Document d =
        parse(
                String.join(
                    "\n",
                    "给某某军区的命令",
                    "",
                    "（一九五○年十月八日）",
                    "",
                    "　　这是某某同志起草的命令的节录。",
                    "",
                    "某某军区各级领导同志们：",
                    "",
                    "　　（一）为了保卫边防，命令你们即日出动。",
                    "",
                    "　　（二）必须遵守纪律。",
                    "",
                    "　　某某军事委员会主席　张三",
                    "",
                    "　　某某军区司令部"))
            .documents()
            .get(0);
    assertEquals("1950-10-08", d.date());
    assertEquals("某某军区各级领导同志们", d.recipients());
    assertEquals("某某军事委员会主席张三、某某军区司令部", d.signer());
  }

  @Test
  void aJointSignatureRightAfterAnAttachmentIsNoPartOfItsTitle() {
    Document d =
        parse(
                String.join(
                    "\n",
                    "某某县公安局关于规范网约房管理的通告",
                    "某公通〔2023〕71号",
                    "为规范网约房管理，现通告如下。",
                    "一、管理范围",
                    "本通告所称网约房是指通过互联网平台经营的房屋。",
                    "附件：网约房防火防盗配备指导清单",
                    "某某县公安局",
                    "某某县行政审批局",
                    "某某县消防救援大队",
                    "2023年12月21日"))
            .documents()
            .get(0);
    assertEquals(List.of("网约房防火防盗配备指导清单"), d.attachments().stream().map(a -> a.title()).toList());
    assertEquals("某某县公安局、某某县行政审批局、某某县消防救援大队", d.signer());
    assertEquals("2023-12-21", d.date());
  }

  @Test
  void aSignerAndItsDateOnOneLineAreBoth() {
    Document d =
        parse(
                String.join(
                    "\n",
                    "某某省人民政府关于改变某项制度的补充通知",
                    "关于改变某项制度问题，前已作了决定。现补充如下，望遵照执行。",
                    " 某某省人民政府一九六七年二月七日"))
            .documents()
            .get(0);
    assertEquals("某某省人民政府", d.signer());
    assertEquals("1967-02-07", d.date());
  }

  @Test
  void aDateOfMonthAndDayTakesItsYearFromThePageHeaderAndSaysSo() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "标题：张某关于某项工作的电报",
                "日期：1951-1-17",
                "作者：张某",
                "",
                "张某关于某项工作的电报",
                "李某、王某同志：",
                "顷接来电，所报情况很好，望继续努力。",
                " 张  某  某一月十七日"));
    Document d = r.documents().get(0);
    assertEquals("张某某", d.signer());
    assertEquals("1951-01-17", d.date());
    assertEquals("一月十七日", d.dateText());
    assertTrue(
        r.diagnostics().stream()
            .anyMatch(x -> x.code().equals("date-year-from-page-header") && x.line() == 8),
        r.diagnostics().toString());
  }

  @Test
  void aDateOfMonthAndDayWithNothingToGiveItsYearStaysWithoutOne() {
    Document d =
        parse(String.join("\n", "某某局关于某项工作的批复", "某某处：", "你处来电收悉。同意所报意见。", "某某局", "五月十二日"))
            .documents()
            .get(0);
    assertEquals("某某局", d.signer());
    assertNull(d.date());
    assertEquals("五月十二日", d.dateText());
  }

  @Test
  void aClosingFormulaBeforeADateIsNoSigner() {
    Document d =
        parse(String.join("\n", "某某县人民政府关于某项工作的批复", "某某镇人民政府：", "你镇请示收悉。同意所报意见。", "特此批复一月九日"))
            .documents()
            .get(0);
    assertNull(d.signer());
  }

  @Test
  void anEditionInBracketsUnderTheTitleIsPartOfIt() {
    Document d =
        parse(String.join("\n", "某某病诊疗方案", "（试行第九版）", "为进一步做好诊疗工作，制定本方案。", "一、病原学特点", "某某病毒属于某属。"))
            .documents()
            .get(0);
    assertEquals("某某病诊疗方案（试行第九版）", d.title());
  }

  @Test
  void aLongTitleIsNotJoinedToItsRecipientsAndItsEnclosureStaysInside() {
    IssueResult r =
        parse(
            String.join(
                "\n",
                "某某省农林办公室批转安置小组关于安置精简职工和学生的安置计划落实会议的报告和落实的安置计划",
                "各市农林办公室，各县人委：",
                "现将安置小组关于安置精简职工和学生计划的落实会议的报告和安置计划发给你们，望参照执行。",
                "安置小组关于安置精简职工和学生的计划落实会议的报告",
                "（一九六三年二月五日）",
                "某某副省长并农林办公室：",
                "会议于二月一日至四日举行，现将情况报告如下。"));
    assertEquals(1, r.documents().size(), r.documents().toString());
    Document d = r.documents().get(0);
    assertEquals("某某省农林办公室批转安置小组关于安置精简职工和学生的安置计划落实会议的报告和落实的安置计划", d.title());
    assertEquals("各市农林办公室，各县人委", d.recipients());
  }

  @Test
  void aJointDocumentNamesEveryIssuerAboveItsTitle() {
    Document d =
        parse(
                String.join(
                    "\n",
                    "某某市住房和城乡建设委员会",
                    "某某市发展和改革委员会",
                    "某某市财政局",
                    "某某市住房公积金管理中心",
                    "关于进一步优化调整本市房地产相关政策的通知",
                    "某建发〔2025〕565号",
                    "各区人民政府，市政府各委、办、局：",
                    "现就有关事项通知如下。",
                    "某某市住房和城乡建设委员会",
                    "2025年12月23日"))
            .documents()
            .get(0);
    assertEquals("某某市住房和城乡建设委员会某某市发展和改革委员会某某市财政局某某市住房公积金管理中心" + "关于进一步优化调整本市房地产相关政策的通知", d.title());
  }

  @Test
  void aStrayCharacterBeforeTheRecipientsIsPassedOver() {
    Document d =
        parse(
                String.join(
                    "\n",
                    "某某市人力资源和社会保障局",
                    "关于启用电子职称证书的通知",
                    "某人社发〔2021〕2号",
                    "安",
                    "各区人力资源和社会保障局，各有关单位：",
                    "现将有关事项通知如下。",
                    "某某市人力资源和社会保障局",
                    "2021年3月1日"))
            .documents()
            .get(0);
    assertEquals("各区人力资源和社会保障局，各有关单位", d.recipients());
  }

  @Test
  void aMainToLineInTheClosingBlockGivesTheRecipientsWhenTheHeadHasNone() {
    Document d =
        parse(
                String.join(
                    "\n",
                    "关于某某图书处理问题的请示报告",
                    "经研究，提出以下意见：",
                    "一、停止发行有关图书。",
                    "以上报告如无不当，请批转各地执行。",
                    "某某出版局",
                    "一九七七年一月六日",
                    "主送：国务院"))
            .documents()
            .get(0);
    assertEquals("国务院", d.recipients());
    assertEquals("某某出版局", d.signer());
  }

  @Test
  void aBankBranchAmongJointSignersIsAnIssuer() {
    Document d =
        parse(
                String.join(
                    "\n",
                    "某某市住房和城乡建设委员会",
                    "中国人民银行某某市分行",
                    "关于优化调整本市房地产相关政策的通知",
                    "某建发〔2025〕5号",
                    "各有关单位：",
                    "现就有关事项通知如下。",
                    "某某市住房和城乡建设委员会",
                    "中国人民银行某某市分行",
                    "2025年12月23日"))
            .documents()
            .get(0);
    assertEquals("某某市住房和城乡建设委员会、中国人民银行某某市分行", d.signer());
    assertTrue(d.title().startsWith("某某市住房和城乡建设委员会中国人民银行某某市分行关于"), d.title());
  }

  @Test
  void aPrintedAttachmentWithoutItsLabelStartsAtTheTitleTheListGives() {
    Document d =
        parse(
                String.join(
                    "\n",
                    "某某市住房公积金管理委员会关于调整贷款规定的通知",
                    "某公积金委〔2020〕2号",
                    "各缴存职工：",
                    "现将有关规定调整如下：",
                    "一、调整最高贷款额度",
                    "最高贷款额度调整为六十万元。",
                    "二、停止受理物业管理费提取",
                    "自通知之日起停止受理。",
                    "附件：关于调整贷款规定的解读",
                    "某某市住房公积金管理委员会",
                    "2020年9月22日",
                    "关于调整贷款规定的解读",
                    "一、关于调整最高贷款额度",
                    "资金压力加大。",
                    "二、名词解释",
                    "个贷率是贷款余额与归集余额之比。"))
            .documents()
            .get(0);
    List<String> top =
        d.body().stream().filter(n -> n.kind() == Node.Kind.SECTION).map(Node::title).toList();
    assertEquals(List.of("调整最高贷款额度", "停止受理物业管理费提取"), top);
  }

  @Test
  void aSignatureDatedWithHaoIsStillADate() {
    Document d =
        parse(
                String.join(
                    "\n", "某某县人民政府关于做好防汛工作的通知", "各乡镇人民政府：", "请做好防汛工作。", "某某县人民政府", "2023年5月1号"))
            .documents()
            .get(0);
    assertEquals("某某县人民政府", d.signer());
    assertEquals("2023-05-01", d.date());
  }

  @Test
  void aChapterHeadingSetOnOneLineWithItsFirstArticleIsAChapter() {
    Document d =
        parse(
                String.join(
                    "\n",
                    "某某州人民政府办公室关于印发《某某州数据资源管理暂行办法》的通知",
                    "各县人民政府，州级各部门：",
                    "现将《某某州数据资源管理暂行办法》印发你们，请认真遵照执行。",
                    "某某州人民政府办公室",
                    "2021年10月11日",
                    "某某州数据资源管理暂行办法",
                    "\u3000第一章\u3000总则\u3000\u3000第一条\u2002\u3000为规范数据资源管理，制定本办法。",
                    "第二条\u3000本办法适用于本州行政区域。",
                    "\u3000第二章\u3000附则\u3000\u3000第三条\u3000本办法自印发之日起施行。"))
            .documents()
            .get(0);
    List<Node> body = d.enclosure().body();
    assertEquals(
        List.of(Node.Kind.CHAPTER, Node.Kind.CHAPTER), body.stream().map(Node::kind).toList());
    assertEquals("总则", body.get(0).title());
    assertEquals("第一条", body.get(0).children().get(0).label());
    assertEquals("第三条", body.get(1).children().get(0).label());
  }

  @Test
  void aPageTitleAboveThePrintedTitleIsNotPartOfItWhateverItsQuotationMarks() {
    Document d =
        Txt.first(
            "# 某某省人民代表大会常务委员会关于设立“敬老节”的决定",
            "",
            "某某省人民代表大会常务委员会关于设立",
            "",
            "\"敬老节\"的决定",
            "",
            "（1990年7月28日某某省人民代表大会常务委员会第六次会议通过）",
            "",
            "为了弘扬敬老风尚，决定每年农历九月初九为\"敬老节\"。");
    assertEquals("某某省人民代表大会常务委员会关于设立\"敬老节\"的决定", d.title());
    assertEquals(3, d.sourceSpan().startLine());
  }

  @Test
  void anOlderLawsArticleNumbersItsItems一二三AfterAColon() {
    Document d =
        Txt.first(
            "某某登记条例",
            "",
            "（1958年1月9日某某委员会通过）",
            "",
            "第一条　为了做好登记工作，制定本条例。",
            "第二条　有下列情形之一的，依法给予处罚：",
            "一、不按照本条例的规定申报的；",
            "二、假报的。",
            "第三条　本条例自公布之日起施行。",
            "一、这一行不在条文的清单里。");
    List<Node> body = d.body();
    assertEquals(
        List.of("第一条", "第二条", "第三条", "一、"),
        body.stream().map(Node::label).toList(),
        body.toString());
    assertEquals(List.of("一、", "二、"), body.get(1).children().stream().map(Node::label).toList());
  }

  @Test
  void aSavedPagesWidgetsBetweenAReportsTitleAndItsSubtitleLeaveBothInPlace() {
    IssueResult r =
        Txt.convert(
            "您的位置:",
            "首页",
            ">",
            "要闻",
            "2026年政府工作报告",
            "来源：某某日报",
            "2026-02-03 09:02:33",
            "【字体：",
            "大",
            "中",
            "小",
            "】",
            "——2026年1月28日在某某省第十四届人民代表大会第四次会议上",
            "省长　某某某",
            "各位代表：",
            "现在，我代表省人民政府，向大会报告工作，请予审议。",
            "一、2025年工作回顾",
            "过去一年，全省经济稳中有进，人民生活持续改善，各项事业全面进步。");
    assertEquals(1, r.documents().size());
    Document d = r.documents().get(0);
    assertEquals("2026年政府工作报告", d.title());
    assertEquals("2026-01-28", d.date());
    assertEquals(5, d.sourceSpan().startLine());
    assertTrue(
        d.body().stream().anyMatch(n -> "来源：某某日报".equals(n.text())),
        "the widgets stay in the body: " + d.body());
  }

  @Test
  void aSavedPagesControlsAfterTheTextAreNotPartOfTheDocument() {
    IssueResult r =
        Txt.convert(
            "某某市人民政府关于做好某某工作的通知",
            "各县（市、区）人民政府，市政府各部门：",
            "现将有关事项通知如下，请认真贯彻执行。各地要加强组织领导，确保各项工作落到实处，取得实效。",
            "某某市人民政府",
            "2026年1月5日",
            "》》点击图片进入专题《《",
            "收藏",
            "|",
            "分享到:",
            "分享到微信",
            "×",
            "相关文档：");
    assertEquals(1, r.documents().size());
    assertEquals(5, r.documents().get(0).sourceSpan().endLine());
    assertEquals(6, r.backMatter().startLine(), String.valueOf(r.backMatter()));
  }
}
