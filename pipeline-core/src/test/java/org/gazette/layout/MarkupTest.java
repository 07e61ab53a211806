package org.gazette.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.gazette.model.SourceLine;
import org.junit.jupiter.api.Test;

class MarkupTest {
  private static String strip(String s) {
    return Markup.strip(new SourceLine(7, s)).text();
  }

  @Test
  void headingAndQuoteMarkersAreSyntax() {
    assertEquals("关于印发《细则》的通知", strip("# 关于印发《细则》的通知"));
    assertEquals("政策全文", strip("## 政策全文"));
    assertEquals("各有关单位：", strip("> 各有关单位："));
  }

  @Test
  void aHeadingIsAParagraphOfItsOwnLine() {
    java.util.List<SourceLine> lines =
        java.util.List.of(
            new SourceLine(1, "# 《某某自治县风景区管理条例》等三部单行条例修正案"),
            new SourceLine(2, ""),
            new SourceLine(3, "《某某自治县风景区管理条例》"),
            new SourceLine(4, ""),
            new SourceLine(5, "等三部单行条例修正案"));
    java.util.List<Block> blocks =
        new Reflower().reflow(lines, new org.gazette.model.RawText(lines, "UTF-8"));
    assertEquals(1, blocks.get(0).endLine(), "the heading joins no line under it");
    assertEquals(false, Markup.heading(new SourceLine(1, "#1 某某")));
    assertEquals(false, Markup.heading(new SourceLine(1, "> 各有关单位：")));
  }

  @Test
  void strongMarkersAroundTextAreSyntax() {
    assertEquals("发布日期: 2025-08-07", strip("**发布日期**: 2025-08-07"));
    assertEquals("上海市支持企业加强基础研究的若干措施", strip("**上海市支持企业加强基础研究的若干措施**"));
    assertEquals("一、总则和 附则", strip("__一、总则__和 **附则**"));
  }

  @Test
  void plainTextLinksAndLoneMarksStayAsTheyAre() {
    SourceLine plain = new SourceLine(3, "第一条　为了规范管理，制定本办法。");
    assertSame(plain, Markup.strip(plain));
    assertEquals("- [通知.pdf](/files/1.pdf)", strip("- [通知.pdf](/files/1.pdf)"));
    assertEquals("第#3号 ** 未闭合", strip("第#3号 ** 未闭合"));
    assertEquals("1 > 0", strip("1 > 0"));
    assertEquals(7, Markup.strip(new SourceLine(7, "# 标题")).number());
  }

  @Test
  void aPipeTablesDelimiterRowImagesAndLeftoverHtmlAreSyntax() {
    assertEquals("", strip("|:--|"));
    assertEquals("", strip("| --- | :---: | ---: |"));
    assertEquals("印发某某办法的通知", strip("|印发某某办法的通知|"));
    assertEquals("", strip("|![](../images/banner.jpg)|"));
    assertEquals("附图一", strip("![附图一](a.png)"));
    assertEquals("", strip("<colgroup>"));
    assertEquals("当前位置： 首页", strip("<td align=\"left\">当前位置： <a href=\"/index.html\">首页</a>"));
    // angle brackets around Chinese are a title's, never a tag
    assertEquals("学习<关于若干问题的决议>", strip("学习<关于若干问题的决议>"));
  }

  @Test
  void aLineOfNoBreakSpacesIsBlank() {
    assertEquals(true, new SourceLine(1, "\u00a0").isBlank());
    assertEquals(true, new SourceLine(1, " \u00a0\u3000 ").isBlank());
    assertEquals(false, new SourceLine(1, "\u00a0正文").isBlank());
  }

  @Test
  void aGridTableDrawnForALayoutBoxIsReadAsItsCellsTextApartByTabs() {
    assertEquals("", strip("+--------------------+-----+------------------+"));
    assertEquals("", strip("+====+====+"));
    assertEquals("1981年1月27日\t〔81〕法民字第2号", strip("| 1981年1月27日      |     | 〔81〕法民字第2号   |"));
    assertEquals("", strip("|                    |     |                  |"));
    // a pipe inside running text is no grid row
    assertEquals("甲|乙", strip("甲|乙"));
  }
}
