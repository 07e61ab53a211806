package org.gazette.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every named pattern of the 公文 vocabulary, with lines it must match and lines it must not (texts
 * folded, as the stages apply them). Examples are general forms, from any issuer and era.
 */
class VocabularyTest {
  private static Arguments p(String name, Pattern p, List<String> yes, List<String> no) {
    return Arguments.of(name, p, yes, no);
  }

  static Stream<Arguments> patterns() {
    return Stream.of(
        p(
            "TABLE_NOTE",
            TablePatterns.TABLE_NOTE,
            List.of("注：各单位按月报送。", "单位：万元", "说明：原则上…", "注1：数据截至年底", "资料来源：统计局"),
            List.of("注重优化清洁取暖路径", "单位负责人要履职", "说明书")),
        p(
            "TABLE_CAPTION",
            TablePatterns.TABLE_CAPTION,
            List.of("表1 任务清单", "表 2.1-1", "稷山县冬季清洁取暖目标任务分解表", "重点项目一览", "主要指标统计"),
            List.of("表彰先进", "各单位要认真填报。", "表")),
        p(
            "TABLE_HEADER_WORD",
            TablePatterns.TABLE_HEADER_WORD,
            List.of("序号", "牵头单位", "完成时限", "责任人", "备注"),
            List.of("扎实开展党史学习", "王润")),
        p("TOTAL_ROW", TablePatterns.TOTAL_ROW, List.of("合计", "总计", "小计"), List.of("合计数", "共计划")),
        p(
            "ORG_LINE",
            Patterns.ORG_LINE,
            List.of("稷山县人民政府办公室", "国务院办公厅", "中共某某县委员会"),
            List.of("关于推进气象高质量发展的实施意见", "各单位要认真落实")),
        p(
            "NOTE",
            Patterns.NOTE,
            List.of("（此件公开发布）", "(此件主动公开)", "（此件不公开）"),
            List.of("（一）总体要求", "（2023年1月5日）")),
        p(
            "ATTACHMENT",
            Patterns.ATTACHMENT,
            List.of("附件：1.名单", "附件", "附件2", "附件三："),
            List.of("附近村庄", "根据附件")),
        p(
            "ATTACHMENT_BARE",
            Patterns.ATTACHMENT_BARE,
            List.of("附件", "附件2：", "附件十"),
            List.of("附件：名单", "附件说明")),
        p(
            "ATTACHMENT_ITEM_LABEL",
            Patterns.ATTACHMENT_ITEM_LABEL,
            List.of("1.名单", "二、方案", "（3）表"),
            List.of("名单1", "2023年")),
        p(
            "ATTACHMENT_WITH_REMARK",
            Patterns.ATTACHMENT_WITH_REMARK,
            List.of("领导小组名单（见网络版）", "任务清单(略)"),
            List.of("领导小组名单（2023年）")),
        p(
            "RECIPIENTS",
            Patterns.RECIPIENTS,
            List.of("各乡（镇）人民政府，县直各有关单位：", "国务院各部委、各直属机构："),
            List.of("现将有关事项通知如下：", "各单位要高度重视。")),
        p(
            "PAGE_METADATA",
            IssuePatterns.PAGE_METADATA,
            List.of(
                "标题:关于加强安全生产工作的通知",
                "发布时间:2020-01-1909:31",
                "文号:",
                "检索时间:2026-02-0215:25:09",
                "原文链接:[http://example.gov.cn/1.html](http://example.gov.cn/1.html)",
                "分类:"),
            List.of("一、时间安排", "各单位要按时完成。", "请于2024年3月1日前报送")),
        p(
            "SEPARATOR_LINE",
            IssuePatterns.SEPARATOR_LINE,
            List.of("---", "***", "==========", "=====正文====="),
            List.of("--", "—1—", "-1-")),
        p(
            "PAGE_TITLE_FIELD",
            IssuePatterns.PAGE_TITLE_FIELD,
            List.of("标题:关于加强安全生产工作的通知", "文件名称：某某县防汛应急预案"),
            List.of("标题", "副标题：无")),
        p(
            "PAGE_NUMBER_FIELD",
            IssuePatterns.PAGE_NUMBER_FIELD,
            List.of("文号:岚综公综〔2023〕71号", "发文字号：国发〔2018〕43号"),
            List.of("文号", "索引号：000014349/2018-00222")),
        p(
            "BODY_MARKER",
            IssuePatterns.BODY_MARKER,
            List.of("政策全文", "正文", "文件全文：", "原文"),
            List.of("全文共三章", "正文如下所示")),
        p(
            "NOTES_HEAD",
            IssuePatterns.NOTES_HEAD,
            List.of("注释", "编者注："),
            List.of("注：单位为万元", "注释如下")),
        p(
            "NOTE_MARK",
            IssuePatterns.NOTE_MARK,
            List.of("〔1〕见本卷", "[12]一九六○年"),
            List.of("〔2023〕5号", "（1）")),
        p(
            "PAGE_CHROME",
            IssuePatterns.PAGE_CHROME,
            List.of("微信", "QQ空间", "分享到：", "打印本页", "【字体：大中小】", "扫一扫在手机打开当前页", "15:22"),
            List.of("微信公众号运营管理办法", "关闭非法采砂场")),
        p(
            "PAGE_TRAILER",
            WebPages.PAGE_TRAILER,
            List.of(
                "【原文下载】",
                "相关附件：",
                "-[关于印发细则的通知.pdf](/cmsres/c9/1.pdf)",
                "http://www.example.gov.cn/a.html",
                "更新时间:2026-01-2611:25:39",
                "来源:县人民政府办公室"),
            List.of("【县政府文件】", "附件：1.名单", "（此件公开发布）")),
        p(
            "ENCLOSING_SENTENCE",
            Patterns.ENCLOSING_SENTENCE,
            List.of(
                "现将《实施方案》印发给你们，请认真贯彻执行。",
                "《办法》已经县政府同意，现予印发。",
                "现转发给你们，请遵照执行。",
                "《规定》已经部长办公会议通过，现予以发布，自公布之日起施行。"),
            List.of("现将有关事项通知如下：", "各单位要认真落实。")),
        p("CC", Patterns.CC, List.of("抄送：县委办公室，县人大常委会办公室。"), List.of("抄报省政府")),
        p("PRINTED", Patterns.PRINTED, List.of("稷山县人民政府办公室2023年7月5日印发"), List.of("2023年7月5日")),
        p(
            "REPORT_SUBTITLE",
            Patterns.REPORT_SUBTITLE,
            List.of("——2023年2月16日在稷山县第十七届人民代表大会第三次会议上"),
            List.of("——总体要求")),
        p(
            "DATE_LINE",
            Patterns.DATE_LINE,
            List.of("（2023年1月5日）", "(1998年3月10日)", "（一九五四年十月十二日）"),
            List.of("2023年1月5日", "（2023年第1期）")),
        p(
            "PERSON_SIGNER",
            Patterns.PERSON_SIGNER,
            List.of("省长金湘军", "县长：王润", "总理周恩来", "中华人民共和国主席江泽民", "中国人民解放军总司令朱德"),
            List.of("县人民政府", "省长办公会议纪要")),
        p("TERMINAL", Patterns.TERMINAL, List.of("现将有关事项通知如下：", "请认真执行。"), List.of("总体要求")),
        p(
            "MASTHEAD",
            Patterns.MASTHEAD,
            List.of("山西省人民政府文件", "某某县人民政府办公室文件"),
            List.of("关于印发文件的通知")),
        p("ORDER", Orders.ORDER, List.of("山西省人民政府令", "中华人民共和国主席令"), List.of("命令如下")),
        p(
            "ORDER_NUMBER",
            Orders.ORDER_NUMBER,
            List.of("第305号", "〔2023〕第5号", "第一号", "〔十一届〕第十五号", "十三届第五号"),
            List.of("第三章")),
        p(
            "ORDER_WITH_NUMBER",
            Orders.ORDER_WITH_NUMBER,
            List.of("中华人民共和国公安部令第105号", "某某省人民政府令第三十二号"),
            List.of("关于执行命令第3号的通知", "第105号")),
        p(
            "ISSUED_TITLE",
            Patterns.ISSUED_TITLE,
            List.of("稷山县人民政府关于乔木等同志任免职务的通知", "关于同意设立某某开发区的批复"),
            List.of("关于推进气象高质量发展的实施方案", "关于")),
        p(
            "ISSUER_THEN_ABOUT",
            Patterns.ISSUER_THEN_ABOUT,
            List.of("某某市人民政府关于加强管理的通知"),
            List.of("关于加强管理的通知")),
        p(
            "PREFIX_BEFORE_ABOUT",
            Patterns.PREFIX_BEFORE_ABOUT,
            List.of("国务院办公厅关于…"),
            List.of("关于印发方案的通知")),
        p(
            "TITLE_WITH_NUMBER",
            Patterns.TITLE_WITH_NUMBER,
            List.of("关于做好春节安全生产工作的通知（并政办发〔2024〕3号）"),
            List.of("关于做好春节安全生产工作的通知")),
        p(
            "SPEECH_TITLE",
            Patterns.SPEECH_TITLE,
            List.of("政府工作报告", "在全县经济工作会议上的讲话"),
            List.of("关于报告的通知")),
        p(
            "ENCLOSING",
            Patterns.ENCLOSING,
            List.of("关于印发某某方案的通知", "国务院批转某部关于…的意见的通知"),
            List.of("关于做好春节工作的通知")),
        p(
            "BODY_OPENER",
            Patterns.BODY_OPENER,
            List.of("为贯彻落实…", "根据《…》", "现将有关事项通知如下"),
            List.of("关于推进…的意见", "稷山县人民政府")),
        p("SPEAKER", Patterns.SPEAKER, List.of("县长王润", "县人大常委会主任李明"), List.of("县人民政府")),
        p("BRACKETED", Patterns.BRACKETED, List.of("（此件公开发布）", "(2023年)"), List.of("（一）总体要求")),
        p(
            "ATTACHMENT_POINTER",
            Patterns.ATTACHMENT_POINTER,
            List.of("（详见附件）", "（见网络版）"),
            List.of("（此件公开发布）")),
        p("CLOSED_LINE", Patterns.CLOSED_LINE, List.of("请遵照执行。", "（一）"), List.of("关于推进")),
        p(
            "HARD_START",
            Patterns.HARD_START,
            List.of("附件：", "抄送：县委", "——2023年", "（此件公开发布）", "①加强"),
            List.of("各单位", "（一）总体")),
        p("OPENS_BRACKET", Patterns.OPENS_BRACKET, List.of("（一）总体", "(此件"), List.of("一、总体")),
        p(
            "ADOPTION_NOTE",
            Patterns.ADOPTION_NOTE,
            List.of(
                "（2021年6月10日第十三届全国人民代表大会常务委员会第二十九次会议通过）",
                "（一九五四年九月二十日第一届全国人民代表大会第一次会议通过）",
                "（1998年6月26日中华人民共和国主席令第六号公布自公布之日起施行）"),
            List.of("（此件公开发布）", "（2023年1月5日）", "（2023年1月5日在全县大会上）")),
        p(
            "PAGE_LABEL_GLUED",
            IssuePatterns.PAGE_LABEL_GLUED,
            List.of("各单位要加强领导，—1 —确保落实", "- 12 -各单位"),
            List.of("2021-2025年", "第3—5条", "——2023年2月16日")),
        p(
            "FOREIGN_CONTENTS_HEAD",
            IssuePatterns.FOREIGN_CONTENTS_HEAD,
            List.of("CONTENTS", "C O N T E N T S", "Contents"),
            List.of("目录", "CONTENTS OF THE ISSUE 1998")),
        p(
            "BACK_MATTER_HEAD",
            IssuePatterns.BACK_MATTER_HEAD,
            List.of("《中华人民共和国国务院公报》简介", "征订启事", "本刊简介", "编辑委员会"),
            List.of("工作简介", "关于征订的通知")),
        p(
            "PAGE_LABEL_FRAMED",
            IssuePatterns.PAGE_LABEL_FRAMED,
            List.of("-12-", "—3—", "·40·", "一3一"),
            List.of("12", "一、")),
        p(
            "PAGE_LABEL_WORDS",
            IssuePatterns.PAGE_LABEL_WORDS,
            List.of("第5页", "第5页/共9页", "5/9"),
            List.of("第5章", "2023/5/1")),
        p(
            "PAGE_LABEL_IN_BAND",
            IssuePatterns.PAGE_LABEL_IN_BAND,
            List.of("12", "—12—", "第3页共9页"),
            List.of("2023年", "12345")),
        p("BARE_NUMBER", IssuePatterns.BARE_NUMBER, List.of("7", "1234"), List.of("12345", "7.")),
        p(
            "HAS_ISSUE_LABEL",
            IssuePatterns.HAS_ISSUE_LABEL,
            List.of("1/2023稷山县人民政府公报", "2023年第3期"),
            List.of("政府工作报告")),
        p(
            "ISSUE_LABEL_ONLY",
            IssuePatterns.ISSUE_LABEL_ONLY,
            List.of("2023年第5期", "第5期（总第80期）"),
            List.of("2023年第5期公报")),
        p("YEAR_ISSUE", IssuePatterns.YEAR_ISSUE, List.of("2023年第3期", "1956第20期"), List.of("第3期")),
        p("TOTAL_ISSUE", IssuePatterns.TOTAL_ISSUE, List.of("总第11期"), List.of("第11期")),
        p("HEADER_ISSUE", IssuePatterns.HEADER_ISSUE, List.of("1/2023"), List.of("2023")),
        p(
            "PUBLISHED",
            IssuePatterns.PUBLISHED,
            List.of("2023年9月30日出版", "出版日期：2023年9月30日"),
            List.of("2023年9月30日")),
        p(
            "GAZETTE_NAME",
            IssuePatterns.GAZETTE_NAME,
            List.of("稷山县人民政府公报", "山西政报", "中华人民共和国国务院公报"),
            List.of("政府工作报告", "公报")),
        p(
            "GAZETTE_NAME_IN",
            IssuePatterns.GAZETTE_NAME_IN,
            List.of("1/2023稷山县人民政府公报"),
            List.of("政府")),
        p(
            "DOT_BANNER",
            IssuePatterns.DOT_BANNER,
            List.of("·县政府办公室文件·1/2023", "•人事任免•"),
            List.of("·一·", "县政府文件")),
        p(
            "DOT_BANNER_ONLY",
            IssuePatterns.DOT_BANNER_ONLY,
            List.of("•人事任免•"),
            List.of("·县政府文件·1/2023")),
        p("BANNER", IssuePatterns.BANNER, List.of("【县政府文件】", "[市政府办公室文件]"), List.of("【】", "县政府文件")),
        p("TOC_HEAD", IssuePatterns.TOC_HEAD, List.of("目录", "本期目录"), List.of("目录一")),
        p("TOC_LEADERS", IssuePatterns.TOC_LEADERS, List.of("标题……1", "标题....2"), List.of("标题。")),
        p("BULLET", IssuePatterns.BULLET, List.of("- 关于", "●关于", "◆关于"), List.of("关于")),
        p(
            "COLOPHON",
            IssuePatterns.COLOPHON,
            List.of("主管主办：某某县人民政府", "定价：免费赠阅", "E-mail:a@b"),
            List.of("主要任务：")),
        p(
            "TOC_PAGE_TAIL",
            IssuePatterns.TOC_PAGE_TAIL,
            List.of("政府工作报告……1", "关于…的通知\t32"),
            List.of("政府工作报告")),
        p(
            "TOC_PAGE_AFTER_NUMBER",
            IssuePatterns.TOC_PAGE_AFTER_NUMBER,
            List.of("……（11）", "..3"),
            List.of("关于")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patterns")
  void matchesWhatItNamesAndNothingElse(
      String name, Pattern pattern, List<String> yes, List<String> no) {
    for (String s : yes) {
      assertTrue(pattern.matcher(s).find(), name + " should match " + s);
    }
    for (String s : no) {
      boolean anchored = pattern.pattern().startsWith("^") || pattern.pattern().startsWith(".*");
      boolean hit = anchored ? pattern.matcher(s).matches() : pattern.matcher(s).find();
      assertFalse(hit, name + " should not match " + s);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patterns")
  void anchoredPatternsMatchWholeLines(
      String name, Pattern pattern, List<String> yes, List<String> no) {
    String re = pattern.pattern();
    boolean wholeLine =
        (re.startsWith("^") || re.startsWith(".*")) && (re.endsWith("$") || re.endsWith(".*"));
    if (!wholeLine) {
      return; // a prefix pattern (lookingAt / replaceFirst), or one used with find()
    }
    for (String s : yes) {
      assertTrue(pattern.matcher(s).matches(), name + " should match the whole of " + s);
    }
  }
}
