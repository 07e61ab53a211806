package org.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.gazette.model.Document;
import org.gazette.model.IssueResult;
import org.gazette.model.Node;
import org.junit.jupiter.api.Test;

/** Older texts as a law database exports them (batches AW, AY and BA). */
class LawDatabaseFormsTest {
  @Test
  void anUnnumberedGeneralChapterBeforeTheFirstNumberedOneIsAChapter() {
    Document d =
        Txt.first(
            "某某船舶管理规则",
            "(国务院批准　1979年9月18日某某部发布)",
            "总则",
            "第一条　为维护港口秩序，特制定本规则。",
            "第二条　船舶应遵守本规则。",
            "第一章　进出港和航行",
            "第三条　船舶进港应申请。",
            "第二章　停泊",
            "第四条　船舶应在指定地点停泊。",
            "附则",
            "第五条　本规则自发布之日起施行。");
    List<Node> chapters = d.body().stream().filter(n -> n.kind() == Node.Kind.CHAPTER).toList();
    assertEquals(List.of("总则", "进出港和航行", "停泊", "附则"), chapters.stream().map(Node::title).toList());
    assertEquals(2, chapters.get(0).children().size(), "the first two articles are the 总则's");
  }

  @Test
  void aGeneralChapterWithoutNumberedChaptersStaysText() {
    Document d =
        Txt.first("某某县人民政府关于某事的通知", "各乡镇人民政府：", "总则", "一、总体要求", "做好某事。", "二、保障措施", "加强领导。");
    assertEquals(0, d.body().stream().filter(n -> n.kind() == Node.Kind.CHAPTER).count());
  }

  @Test
  void aDateAndAYearFirstNumberWithABracketedDivisionStandUnderTheTitle() {
    Document d =
        Txt.first(
            "某某法院 某某检察院",
            "",
            "关于不再追诉某类人员在某时以前的犯罪行为的公告",
            "",
            "1989年9月7日 〔89〕高检会（研）字第12号",
            "",
            "为了促进交流，现公告如下：",
            "",
            "一、对某类人员所犯罪行，不再追诉。");
    assertEquals("〔89〕高检会(研)字第12号", d.docNumber());
    assertEquals("1989-09-07", d.date());
  }

  @Test
  void fieldsOfAnExportsFrontMatterAreLinesOfTheirOwn() {
    IssueResult r =
        Txt.convert(
            "---",
            "id: \"NDAyODgxZTQ1ZmZiYmU0MTAxNWZmYzBmZGQ3MjA0Nzk%3D\"",
            "title: \"某某法院、某某检察院关于不再追诉某类人员在某时以后当地政权建立以前的犯罪行为的公告\"",
            "office: \"某某法院、某某检察院\"",
            "publish: \"1989-09-07 00:00:00\"",
            "---",
            "",
            "# 某某法院、某某检察院关于不再追诉某类人员的公告",
            "",
            "某某法院 某某检察院",
            "",
            "关于不再追诉某类人员的公告",
            "",
            "（1989年9月7日）",
            "",
            "为了促进交流，现公告如下：",
            "",
            "一、对某类人员所犯罪行，不再追诉。");
    assertNotNull(r.frontMatter(), "the front matter is found");
    assertEquals(8, r.frontMatter().endLine(), "and ends with the exporter's page heading");
  }

  @Test
  void rulesApprovedAboveThenPublishedByTheirIssuerAreDatedByThePublication() {
    Document d =
        Txt.first(
            "某某沉船管理办法",
            "(1957年9月7日国务院批准　1957年10月11日某某部发布)",
            "第一条　为加强管理，制定本办法。",
            "第二条　本办法自发布之日起施行。");
    assertEquals("1957-10-11", d.date());
    Document adopted =
        Txt.first(
            "某某自治县某某条例",
            "（2025年1月9日某某自治县人民代表大会通过　2025年4月1日某某省人民代表大会常务委员会批准）",
            "第一条　为规范管理，制定本条例。",
            "第二条　本条例自公布之日起施行。");
    assertEquals("2025-01-09", adopted.date());
  }

  @Test
  void aDateAndANumberInOneBracketUnderTheTitleAreTheDocuments() {
    Document d =
        Txt.first(
            "某某委员会关于某类期间不承担赔偿责任的批复",
            "（1998年3月11日[1997]某他字第10号）",
            "某某省高级人民法院：",
            "你院1997年7月22日〔1997〕某法赔字第1号请示收悉。经研究，答复如下：",
            "在某类期间国家不承担赔偿责任。",
            "此复");
    assertEquals("〔1997〕某他字第10号", d.docNumber(), "brackets normalised, the raw reading kept");
    assertEquals("1998-03-11", d.date());
    assertEquals("某某省高级人民法院", d.recipients());
  }

  @Test
  void aReplyPrintedWithTheRequestItAnswersEnclosesIt() {
    Document d =
        Txt.first(
            "某某法院 某某检察院",
            "",
            "关于某类裁定应如何撤销问题的答复",
            "",
            "（1994年11月7日）",
            "",
            "某某省高级人民法院：",
            "",
            "你院某高法〔1994〕110号《关于撤销某类裁定应当如何适用法律条款的请示》收悉。经研究，答复如下：",
            "",
            "原裁定应予撤销。",
            "",
            "附：",
            "",
            "某某省高级人民法院",
            "",
            "关于撤销某类裁定应当如何适用",
            "",
            "法律条款的请示",
            "",
            "1994年9月21日 某高法〔1994〕110号",
            "",
            "最高人民法院：",
            "",
            "对撤销某类裁定如何适用法律条款的问题我们把握不准，特向你院请示。望予批复。");
    assertEquals("某某省高级人民法院关于撤销某类裁定应当如何适用法律条款的请示", d.enclosedTitle());
    assertEquals("1994-11-07", d.date(), "the request's date is its own");
    assertNull(d.docNumber(), "so is its 字号");
  }
}
