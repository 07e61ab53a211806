package org.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gazette.model.Document;
import org.junit.jupiter.api.Test;

/** Forms of 公文 as compilations and database exports print them (batch AO). */
class CompilationFormsTest {
  @Test
  void rulesTitleOverTheirOrderInBrackets() {
    Document d =
        Txt.first(
            "某某人员资格考核考试办法", "（某某部令第 52 号）", "第一章 总则", "第一条 为规范考核考试，制定本办法。", "第二条 本办法自发布之日起施行。");
    assertEquals("某某人员资格考核考试办法", d.title());
    assertEquals("某某部令第52号", d.docNumber());
  }

  @Test
  void aCopyToTheSuperiorEndsTheRecipientsAboveIt() {
    Document d =
        Txt.first(
            "某某局转发某某部关于某事的通知", "某某部就某事发出通知，现转发给你们，请遵照执行。", "主送：各省、自治区、直辖市某某局，各有关单位", "抄报：某某部");
    assertEquals("各省、自治区、直辖市某某局，各有关单位", d.recipients());
    assertEquals("某某部", d.cc());
  }

  @Test
  void aTitleWithCharacterReferencesLeftByAWebExportIsWhole() {
    Document d =
        Txt.first(
            "中共某某委转发某某部《学习&lt;关于若干问题的决议&gt;的通知》",
            "各省、市、自治区党委，中央各部委：",
            "某某委同意某某部的通知，现转发给你们。",
            " 中共某某委一九八一年七月一日");
    assertEquals("中共某某委转发某某部《学习&lt;关于若干问题的决议&gt;的通知》", d.title());
    assertEquals("各省、市、自治区党委，中央各部委", d.recipients());
  }

  @Test
  void aDecisionNamingTheReportPrintedUnderItsSignatureEnclosesIt() {
    Document d =
        Txt.first(
            "中共某某部党组关于某某问题的决定",
            "同意某某专案组对某某主要错误的审查报告。",
            "据此，对某某的问题作如下决定：",
            "一、撤销某某党内外一切职务。",
            " 中共某某部党组一九八三年四月二十五日",
            "关于某某主要错误的审查报告",
            "某某专案组",
            "一九八二年十二月三日",
            "某某，男，一九三四年生。经查，某某的主要错误有：",
            "一、参与了篡夺领导权的活动");
    assertEquals("关于某某主要错误的审查报告", d.enclosedTitle());
    assertEquals("中共某某部党组", d.signer());
    assertEquals("1983-04-25", d.date());
  }

  @Test
  void aLineOfNoBreakSpacesAboveTheSignatureIsBlank() throws Exception {
    String md =
        String.join(
            "\n",
            "# 某某区人民政府办公室关于印发某某办法的通知",
            "",
            "各镇人民政府、街道办事处：",
            "",
            "现将《某某办法》印发给你们，请认真贯彻执行。",
            "",
            "\u00a0",
            "",
            "某某区人民政府办公室",
            "",
            "2015年3月2日",
            "",
            "**相关附件：**",
            "",
            "||",
            "||",
            "");
    var r = new Pipeline().convert(md.getBytes(java.nio.charset.StandardCharsets.UTF_8), "t.md");
    assertEquals(1, r.documents().size());
    assertEquals("某某区人民政府办公室", r.documents().get(0).signer());
  }

  @Test
  void aNumberFieldsValueSetApartInAMarkdownExportHeadsNoDocument() throws Exception {
    String md =
        String.join(
            "\n",
            "**信息索取号:**",
            "",
            "1202-02-2015-820933",
            "",
            "**责任部门:**",
            "",
            "某某区人民政府办公室",
            "",
            "**发布时间:**",
            "",
            "2015-07-08",
            "",
            "**文    号:**",
            "",
            "某城府办〔2015〕9号",
            "",
            "**公开方式:**",
            "",
            "主动公开",
            "",
            "|:--|",
            "|印发某某区某某实施办法（试行）的通知|",
            "",
            "某城府办〔2015〕9号",
            "",
            "各镇政府，各街道办事处：",
            "",
            "现将《某某实施办法（试行）》印发给你们，请认真贯彻执行。",
            "",
            "某某区人民政府办公室",
            "",
            "2015年7月6日",
            "");
    var r = new Pipeline().convert(md.getBytes(java.nio.charset.StandardCharsets.UTF_8), "t.md");
    assertEquals(1, r.documents().size(), r.documents().toString());
    assertEquals("各镇政府，各街道办事处", r.documents().get(0).recipients());
    assertEquals("某城府办〔2015〕9号", r.documents().get(0).docNumber());
  }
}
