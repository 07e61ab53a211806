package org.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.gazette.model.DocNumber;
import org.gazette.model.Document;
import org.gazette.model.IssueResult;
import org.gazette.text.DocNumbers;
import org.junit.jupiter.api.Test;

/**
 * 公告 numbered within their year, as ministries and their bureaus number them ({@code
 * 某某总局公告2023年第5号}), in the three places they are printed; invented names.
 */
class YearNumberedNoticeTest {
  @Test
  void theNumberIsKeptAsPrintedWithItsParts() {
    DocNumber n = DocNumbers.whole("某某总局公告 2023年第5号");
    assertEquals("某某总局公告2023年第5号", n.normalized());
    assertEquals("某某总局公告", n.prefix());
    assertEquals(2023, n.year());
    assertEquals(5, n.serial());
    assertEquals(DocNumber.Form.YEAR_NUMBERED, n.form());
    // cited in running text, the words before the issuer are not part of it
    assertEquals("某某总局公告2017年第13号", DocNumbers.find("根据某某总局公告2017年第13号的规定").normalized());
    // a date is no number, nor is a 号 not preceded by a 公告
    assertNull(DocNumbers.whole("2023年第5号"));
    assertNull(DocNumbers.find("经2023年第5次常务会议研究"));
  }

  @Test
  void underTheTitle() {
    Document d =
        Txt.convert(
                "某某总局关于办理年度汇算事项的公告",
                "某某总局公告2023年第3号",
                "",
                "　　根据有关规定，现就办理年度汇算事项公告如下：",
                "　　一、办理时间",
                "　　特此公告。",
                "",
                "某某总局",
                "2023年2月2日")
            .documents()
            .get(0);
    assertEquals("某某总局关于办理年度汇算事项的公告", d.title());
    assertEquals("某某总局公告2023年第3号", d.docNumber());
    assertEquals("2023-02-02", d.date());
  }

  @Test
  void underItsHeadingAboveTheTitle() {
    IssueResult r =
        Txt.convert(
            "某某总局公告",
            "2023年第5号",
            "",
            "关于发布《某某抽样检验工作规范》的公告",
            "",
            "　　为规范抽样检验工作，我局制定了《某某抽样检验工作规范》，现予发布，自2023年3月1日起施行。",
            "　　特此公告。",
            "",
            "　　附件：某某抽样检验工作规范",
            "",
            "某某总局",
            "2023年1月20日");
    assertEquals(1, r.documents().size());
    Document d = r.documents().get(0);
    assertEquals("关于发布《某某抽样检验工作规范》的公告", d.title());
    assertEquals("某某总局公告2023年第5号", d.docNumber());
    assertEquals(1, d.sourceSpan().startLine());
    assertEquals("某某总局", d.signer());
  }

  @Test
  void beforeItsTitleInBrackets() {
    Document d =
        Txt.convert(
                "某某总署公告2023年第15号（关于进口某国玉米检疫要求的公告）",
                "",
                "　　根据有关法律法规规定，现公告如下：",
                "　　一、允许某国玉米进口。",
                "　　特此公告。",
                "",
                "某某总署",
                "2023年2月21日")
            .documents()
            .get(0);
    assertEquals("关于进口某国玉米检疫要求的公告", d.title());
    assertEquals("某某总署公告2023年第15号", d.docNumber());
  }
}
