package org.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.gazette.model.Document;
import org.gazette.model.IssueResult;
import org.gazette.model.Node;
import org.junit.jupiter.api.Test;

/**
 * A 公文 as a crawler writes a web page, one text node a line (invented names): the 字号 and the date
 * cut into pieces, the 主送's colon on a line of its own, and the enclosed rules' own 目录 with each
 * part of an entry on its own line.
 */
class CrawledPageTest {
  private static final String[] PAGE = {
    "关于印发《某某电网辅助服务管理细则》的通知",
    "2012-12-14 17:23",
    "字体：",
    "大",
    "某某监市场",
    "﹝",
    "2012",
    "﹞",
    "428",
    "号",
    "关于印发《某某电网辅助服务管理细则》的通知",
    "某某省电力公司，各发电企业",
    "：",
    "为规范辅助服务管理工作，我局制定了本细则，现印发给你们，请遵照执行。",
    "附件：某某电网辅助服务管理细则",
    "2012",
    "年12月12日",
    "附件",
    "某某电网辅助服务管理细则",
    "目 录",
    "第一章",
    "总则",
    "...1",
    "第二章",
    "附则",
    "...2",
    "第一章 总则",
    "第一条",
    "为规范辅助服务管理，制定本细则。",
    "第二条",
    "本细则适用于省内发电企业。",
    "第二章 附则",
    "第三条",
    "本细则自发布之日起施行。"
  };

  @Test
  void aNumberAndADateCutIntoPiecesAreReadWhole() {
    IssueResult r = Txt.convert(PAGE);
    assertEquals(1, r.documents().size());
    Document d = r.documents().get(0);
    assertEquals("某某监市场〔2012〕428号", d.docNumber(), "the widget 大 above stays out");
    assertEquals("2012-12-12", d.date());
    assertEquals("某某省电力公司，各发电企业", d.recipients());
    assertEquals("关于印发《某某电网辅助服务管理细则》的通知", d.title());
  }

  @Test
  void theRulesOwnContentsAreNoIssueContents() {
    IssueResult r = Txt.convert(PAGE);
    assertNull(r.toc(), "a 目录 of chapters is the rules' own");
    List<Node> body = r.documents().get(0).enclosure().body();
    assertEquals(
        2, body.stream().filter(n -> n.kind() == Node.Kind.CHAPTER).count(), body.toString());
  }

  @Test
  void aMastheadAboveANumberStaysApart() {
    Document d =
        Txt.first(
            "某某市住房和城乡建设局", "文件", "某建〔2026〕55号", "关于做好人才住房工作的通知", "各区住房城乡建设部门：", "　　现就有关事项通知如下。");
    assertEquals("某建〔2026〕55号", d.docNumber());
  }

  @Test
  void aTitlesFirstLineEndingLikeAnOrganIsTheTitles() {
    Document d =
        Txt.first(
            "某某市人民政府文件",
            "　　某府〔2016〕57号",
            "　　关于调整全市社会",
            "　　基本医疗保险有关政策的通知",
            "各县、区人民政府：",
            "　　根据有关规定，现就有关事项通知如下。");
    assertEquals("某某市人民政府关于调整全市社会基本医疗保险有关政策的通知", d.title());
  }

  @Test
  void theCopiesLineOfAnImprintIsNoPartOfTheEnclosedTitle() {
    Document d =
        Txt.first(
            "某某市人力资源和社会保障局文件",
            "某人社〔2015〕60号",
            "关于印发《某某养老保险实施细则》的通知",
            "各区人力资源和社会保障局：",
            "　　现将《某某养老保险实施细则》印发给你们，请遵照执行。",
            "　　　　　　　　　　某某市人力资源和社会保障局",
            "　　　　　　　　　　　　2015年5月28日",
            "某某市人力资源和社会保障局办公室2015年5月28日印发",
            "　　共印35份",
            "某某养老保险实施细则",
            "　　一、参保范围",
            "　　年满16周岁的城乡居民可以参保。");
    assertEquals("某某养老保险实施细则", d.enclosedTitle());
  }

  @Test
  void aBareAttachLabelOverAFormsTitleListsIt() {
    Document d =
        Txt.first(
            "某某税暂行条例",
            "　　第一条　在中华人民共和国境内购置应税车辆的单位和个人，应当依照本条例缴纳某某税。",
            "　　第二条　应税车辆的具体范围，依照本条例所附《某某税征收范围表》执行。",
            "附：",
            "某某税征收范围表",
            "应税车辆",
            "具体范围");
    assertEquals(1, d.attachments().size());
    assertEquals("某某税征收范围表", d.attachments().get(0).title());
  }

  @Test
  void aBareAttachLabelOverAnEnclosedReportListsNothing() {
    Document d =
        Txt.first(
            "某某省委批转省教育厅关于中专学生分配问题的报告",
            "各地、市委：",
            "　　省委同意省教育厅的报告，现转发给你们，望遵照执行。",
            "附：",
            "省教育厅关于中专学生分配问题的报告",
            "　　一、分配原则",
            "　　按照计划分配。");
    assertEquals(List.of(), d.attachments());
  }

  @Test
  void aNumberedNoticeUnderASitesMenusIsTitledByItsNumberLine() {
    IssueResult r =
        Txt.convert(
            "首页\t机构概览\t信息公开\t网上调查\t意见征集\t关于我们",
            "2026年4月25日 星期六 | 我的位置:首页 > 条法司 > 规范性文件\t请输入搜索关键字",
            "某某银行公告〔2026〕第10号",
            "字号 大 中 小\t2026-04-17 17:15:00",
            "打印本页 关闭窗口",
            "　　为完善支付系统管理，现对有关制度作出如下修改：",
            "　　一、删除附件1第四十六条。",
            "　　本公告自2026年5月15日起施行。",
            "附表：某某系统数字证书操作管理表.pdf",
            "　　某某银行",
            "　　2026年4月8日",
            "打印本页 关闭窗口",
            "法律声明 | 联系我们 | 设为首页 | 网站地图");
    assertEquals(1, r.documents().size());
    Document d = r.documents().get(0);
    assertEquals("某某银行公告", d.title());
    assertEquals("某某银行", d.signer(), "the linked 附表 above the signature is no page footer");
    assertEquals("2026-04-08", d.date());
  }

  @Test
  void anOrderAfterALineEndingOnACommaStartsItsOwnDocument() {
    IssueResult r =
        Txt.convert(
            "中华人民共和国国务院令",
            "第　294　号",
            "　　《某某税暂行条例》已经国务院常务会议通过，现予公布。",
            "总　理　　某某某",
            "二〇〇〇年十月二十二日",
            "某某税暂行条例",
            "　　第一条　本条例自2001年1月1日起施行。",
            "附：",
            "某某税征收范围表",
            "应税车辆",
            "",
            "　　第二条　应税车辆包括汽车、摩托车、电车、挂车和农用运输车，具体范围见附表所列。",
            "柴油发动机，功率不大于28kw，载重量不大于1500kg，最高车速不大于50km/h的四个车轮的机动车，",
            "",
            "中华人民共和国国务院令",
            "第　417　号",
            "　　《某某公路管理条例》已经国务院常务会议通过，现予公布。",
            "总　理　　某某某",
            "二〇〇四年九月十三日");
    assertEquals(2, r.documents().size());
    assertEquals(15, r.documents().get(1).sourceSpan().startLine());
  }

  @Test
  void aTitleOfAnyEndingOverItsDateAfterAnEditionsNotesIsADocument() {
    IssueResult r =
        Txt.convert(
            "某某边区政府布告",
            "（一九三八年五月十五日）",
            "　　右列四条，全边区军民人等一律遵照。",
            "　　注　　释",
            "　　〔1〕 一九三一年以后，某某在此建立根据地。",
            "",
            "敦促某某等投降书",
            "（一九四八年十二月十七日）",
            "某某将军：",
            "　　你们现在已经到了绝境，应当立即下令全军放下武器，停止抵抗。");
    assertEquals(2, r.documents().size());
    assertEquals("敦促某某等投降书", r.documents().get(1).title());
  }

  @Test
  void aTitleCutAtItsNumberIsOneTitle() {
    Document d =
        Txt.first(
            "市工业和信息化局关于印发",
            "2021",
            "年春节期间",
            "电力需求响应实施细则的通知",
            "国网某某市电力公司，有关单位：",
            "为落实春节期间能源保供工作部署要求，我局组织编制了实施细则，现印发给你们，请遵照执行。",
            "2021",
            "年",
            "2",
            "月",
            "2",
            "日");
    assertEquals("市工业和信息化局关于印发2021年春节期间电力需求响应实施细则的通知", d.title());
    assertEquals("国网某某市电力公司，有关单位", d.recipients());
    assertEquals("2021-02-02", d.date());
  }

  @Test
  void pipeRowsWithoutADelimiterRowAreATable() {
    Document d =
        Txt.first(
            "某某市教育委员会关于做好招生报名工作的通知",
            "各区县教育局：",
            "现将有关事项通知如下。",
            "附件2",
            "某某招生报名日程表",
            "",
            "||",
            "|日 期|内 容|对 象|",
            "|2015年12月14日至2016年1月15日|应届学生报名材料核对|区县中招办|",
            "|4月11日|符合条件的考生补报名|区县中招办、考生|");
    List<Node> tables = new java.util.ArrayList<>();
    java.util.function.Consumer<List<Node>> walk =
        new java.util.function.Consumer<>() {
          @Override
          public void accept(List<Node> nodes) {
            for (Node n : nodes) {
              if (n.kind() == Node.Kind.TABLE) {
                tables.add(n);
              }
              if (n.children() != null) {
                accept(n.children());
              }
            }
          }
        };
    walk.accept(d.body());
    assertEquals(1, tables.size());
    assertEquals(3, tables.get(0).table().rows().size());
    assertEquals(3, tables.get(0).table().columns());
  }

  @Test
  void aLinkedFilesNameEndsItsLineAndTheRemarkUnderThePagesWidgetIsNoNote() {
    IssueResult r =
        Txt.convert(
            "关于转发某某通知的通知",
            "某发改能源〔2021〕3号",
            "各有关单位：",
            "现将《通知》转发给你们，请认真贯彻执行。",
            "特此通知。",
            "某某市发展和改革委员会",
            "2021年1月5日",
            "相关附件",
            "某某局关于印发《某某电网规划建设实施方案》的通知.pdf",
            "政策性文件留言咨询",
            "（注：1.只接收对该政策性文件的相关咨询;2.留言时请注明政策性文件名称）",
            "分享",
            "打印本页",
            "关闭窗口");
    Document d = r.documents().get(0);
    assertNull(d.note(), "the page's remark under its widgets is no 附注");
    assertEquals(7, d.sourceSpan().endLine());
  }

  @Test
  void anAttachmentLinkedAsAFileUnderAnIssuingNoticeIsNoEnclosedDocument() {
    Document d =
        Txt.first(
            "关于印发《某市清洁购电交易机制实施办法（试行）》的通知",
            "某发改规范〔2019〕7号",
            "某市电力公司、某市电力交易中心：",
            "现将《某市清洁购电交易机制实施办法（试行）》印发给你们，请遵照执行。",
            "附件：",
            "某市清洁购电交易机制实施办法（试行）.docx",
            "某市发展和改革委员会",
            "某市经济和信息化委员会",
            "2019年5月30日");
    assertNull(d.enclosedTitle(), "the page links the rules; it does not print them");
    assertEquals("2019-05-30", d.date());
    assertEquals("某市发展和改革委员会、某市经济和信息化委员会", d.signer());
    assertEquals("某市清洁购电交易机制实施办法(试行)", d.attachments().get(0).title());
  }
}
