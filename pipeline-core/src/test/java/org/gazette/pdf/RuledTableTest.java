package org.gazette.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.gazette.Tools;
import org.gazette.fixtures.GazettePdfBuilder;
import org.gazette.model.PlacedTable;
import org.gazette.model.RawText;
import org.gazette.model.Table;
import org.junit.jupiter.api.Test;

/** Ruled tables of text-layer pages: cells from the rulings, merges, marks, page breaks. */
class RuledTableTest {
  private static final float H = PDRectangle.A4.getHeight();

  /** Draws text at (x, top-down y). */
  private static void text(PDPageContentStream s, PDFont f, float size, float x, float y, String t)
      throws Exception {
    s.beginText();
    s.setFont(f, size);
    s.newLineAtOffset(x, H - y);
    s.showText(t);
    s.endText();
  }

  private static void line(PDPageContentStream s, float x0, float y0, float x1, float y1)
      throws Exception {
    s.moveTo(x0, H - y0);
    s.lineTo(x1, H - y1);
    s.stroke();
  }

  /**
   * A table at the top of the page from y: columns at 100/200/300/400; header rows 地区 (two rows
   * high) and 人数 (two columns wide) over 男/女; then {@code body} rows of three cells.
   */
  private static float table(
      PDPageContentStream s, PDFont f, float y, boolean header, String[][] body) throws Exception {
    float row = 24;
    int rows = (header ? 2 : 0) + body.length;
    float bottom = y + rows * row;
    for (float x : new float[] {100, 200, 300, 400}) {
      float from = x == 300 && header ? y + row : y; // 人数 spans 男 and 女 in the first row
      float to = bottom;
      line(s, x, x == 100 || x == 400 ? y : from, x, to);
    }
    for (int r = 0; r <= rows; r++) {
      float yy = y + r * row;
      line(s, r == 1 && header ? 200 : 100, yy, 400, yy); // 地区 spans two header rows
    }
    float yy = y;
    if (header) {
      text(s, f, 10, 110, y + 30, "地区");
      text(s, f, 10, 210, y + 16, "人数");
      text(s, f, 5, 232, y + 10, "1"); // a note mark, set small and raised
      text(s, f, 10, 210, y + 40, "男");
      text(s, f, 10, 310, y + 40, "女");
      yy += 2 * row;
    }
    for (String[] cells : body) {
      for (int c = 0; c < 3; c++) {
        text(s, f, 10, 110 + 100 * c, yy + 16, cells[c]);
      }
      yy += row;
    }
    return bottom;
  }

  /** What is drawn on one page. */
  private interface Page {
    void draw(PDPageContentStream s, PDFont f) throws Exception;
  }

  /** A PDF of A4 pages drawn in a CJK font, read by the text-layer path. */
  private static RawText read(Page... pages) throws Exception {
    return read(0, pages);
  }

  /**
   * Pages turned by {@code rotation} degrees when shown (a landscape table set on a portrait page).
   */
  private static RawText read(int rotation, Page... pages) throws Exception {
    Tools.need(GazettePdfBuilder.FONT.exists(), "fonts-wqy-zenhei");
    try (PDDocument doc = new PDDocument();
        TrueTypeCollection ttc = new TrueTypeCollection(GazettePdfBuilder.FONT)) {
      PDFont f = PDType0Font.load(doc, ttc.getFontByName("WenQuanYiZenHei"), true);
      for (Page page : pages) {
        PDPage p = new PDPage(PDRectangle.A4);
        p.setRotation(rotation);
        doc.addPage(p);
        try (PDPageContentStream s = new PDPageContentStream(doc, p)) {
          page.draw(s, f);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return new PdfSource(null, OcrMode.NEVER, 1).read(out.toByteArray()).text();
    }
  }

  /** The table of the tests, with a paragraph above it and, on one page, one below it. */
  private static RawText read(boolean twoPages) throws Exception {
    Page first =
        (s, f) -> {
          text(s, f, 12, 100, 80, "各乡镇人数如下表：");
          float end =
              table(
                  s,
                  f,
                  twoPages ? 650 : 100 + 20,
                  true,
                  new String[][] {{"城区", "10", "12"}, {"乡镇", "7", "9"}});
          if (!twoPages) {
            text(s, f, 12, 100, end + 30, "以上数据截至年底。");
          }
        };
    Page second = (s, f) -> table(s, f, 80, true, new String[][] {{"山区", "3", "4"}});
    return twoPages ? read(first, second) : read(first);
  }

  @Test
  void cellsComeFromTheRulingsWithTheirMergesAndNoteMarksLast() throws Exception {
    RawText raw = read(false);
    assertEquals(1, raw.tables().size());
    PlacedTable t = raw.tables().get(0);
    Table table = t.table();
    assertEquals(2, table.headerRows());
    assertEquals(
        List.of(
            Arrays.asList("地区", "人数1", null),
            Arrays.asList(null, "男", "女"),
            Arrays.asList("城区", "10", "12"),
            Arrays.asList("乡镇", "7", "9")),
        table.grid());
    // one line a row, the cells separated by tabs; the text around stays on lines of its own
    assertEquals("地区\t人数1", raw.line(t.startLine()).text());
    assertEquals("城区\t10\t12", raw.line(t.startLine() + 2).text());
    assertEquals("以上数据截至年底。", raw.line(t.endLine() + 1).text().strip());
    Table.Cell region = table.rows().get(0).get(0);
    assertEquals(2, region.rows());
    assertEquals(
        List.of(100.0, 120.0, 200.0, 168.0), region.box().stream().map(Math::rint).toList());
    assertEquals(1, region.source().startPage());
  }

  @Test
  void aTableGoingOnOverAPageBreakIsOneTableWithoutItsRepeatedHeader() throws Exception {
    RawText raw = read(true);
    assertEquals(1, raw.tables().size());
    Table table = raw.tables().get(0).table();
    assertNotNull(table);
    assertEquals(5, table.rows().size());
    assertEquals(Arrays.asList("山区", "3", "4"), table.grid().get(4));
    assertEquals(2, table.rows().get(4).get(0).source().startPage());
  }

  @Test
  void aTableRuledAboveAndBelowItsHeaderAndUnderItsLastRowIsATable() throws Exception {
    RawText raw =
        read(
            (s, f) -> {
              text(s, f, 12, 200, 80, "表1 溶液配方");
              line(s, 90, 90, 500, 90);
              text(s, f, 12, 120, 110, "成分");
              text(s, f, 12, 380, 110, "质量");
              line(s, 90, 120, 500, 120);
              text(s, f, 12, 120, 150, "氯化钠");
              text(s, f, 12, 380, 150, "0.78g");
              text(s, f, 12, 120, 180, "水");
              text(s, f, 12, 380, 188, "7.5ml");
              text(s, f, 12, 120, 196, "pH值7.4");
              line(s, 90, 206, 500, 206);
              // a 版记 below: rules around 抄送 and 印发 lines is no table
              line(s, 90, 600, 500, 600);
              text(s, f, 12, 100, 620, "抄送：县委办公室。");
              line(s, 90, 630, 500, 630);
              text(s, f, 12, 100, 650, "县政府办公室");
              text(s, f, 12, 380, 650, "2023年7月25日印发");
              line(s, 90, 660, 500, 660);
            });
    assertEquals(1, raw.tables().size());
    Table t = raw.tables().get(0).table();
    assertEquals(1, t.headerRows());
    assertEquals(
        List.of(
            Arrays.asList("成分", "质量"),
            Arrays.asList("氯化钠", "0.78g"),
            Arrays.asList("水pH值7.4", "7.5ml")),
        t.grid());
  }

  @Test
  void aFrameOfOneColumnAroundAMastheadAndItsNumberIsNoTable() throws Exception {
    RawText raw =
        read(
            (s, f) -> {
              // a 红头 set in a ruled box of two rows: the issuer's mark, then the 字号
              line(s, 70, 100, 520, 100);
              line(s, 70, 100, 70, 250);
              line(s, 520, 100, 520, 250);
              text(s, f, 24, 120, 170, "某某市人民政府办公室文件");
              line(s, 70, 200, 520, 200);
              text(s, f, 12, 240, 230, "某府办〔2015〕123号");
              line(s, 70, 250, 520, 250);
              text(s, f, 16, 150, 300, "关于印发某某实施细则的通知");
            });
    assertEquals(0, raw.tables().size());
    assertEquals("某府办〔2015〕123号", raw.line(2).text().strip());
  }

  @Test
  void aLandscapeTableOnAPageTurnedByAQuarterHasItsRulingsWhereItsTextIs() throws Exception {
    // shown turned 90° clockwise: a point (X, Y) from the shown page's top-left corner is (Y, X) in
    // the page's own space, and text reading along X runs up the page
    RawText raw =
        read(
            90,
            (s, f) -> {
              float[] cols = {100, 300, 500, 700};
              float[] rows = {100, 130, 160, 190};
              for (float x : cols) {
                s.moveTo(rows[0], x);
                s.lineTo(rows[3], x);
                s.stroke();
              }
              for (float y : rows) {
                s.moveTo(y, cols[0]);
                s.lineTo(y, cols[3]);
                s.stroke();
              }
              String[][] cells = {{"指标", "分值", "说明"}, {"学历", "60分", "提供证书"}, {"年龄", "5分", "自动评分"}};
              for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                  s.beginText();
                  s.setFont(f, 12);
                  s.setTextMatrix(
                      org.apache.pdfbox.util.Matrix.getRotateInstance(
                          Math.PI / 2, rows[r] + 20, cols[c] + 10));
                  s.showText(cells[r][c]);
                  s.endText();
                }
              }
            });
    assertEquals(1, raw.tables().size());
    assertEquals(
        List.of(
            Arrays.asList("指标", "分值", "说明"),
            Arrays.asList("学历", "60分", "提供证书"),
            Arrays.asList("年龄", "5分", "自动评分")),
        raw.tables().get(0).table().grid());
  }

  @Test
  void aContinuedTablesFirstRowPrintedWithoutTheRuleAboveItIsItsRow() throws Exception {
    // a browser's print: the part of a table on the next page starts with the column rulings
    // alone, the rule over its first row left on the page before
    Page second =
        (s, f) -> {
          for (float x : new float[] {100, 200, 300, 400}) {
            line(s, x, 80, x, 152);
          }
          for (float y : new float[] {104, 128, 152}) {
            line(s, 100, y, 400, y);
          }
          String[][] rows = {{"山区", "3", "4"}, {"库区", "5", "6"}, {"林区", "1", "2"}};
          for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < 3; c++) {
              text(s, f, 10, 110 + 100 * c, 96 + 24 * r, rows[r][c]);
            }
          }
        };
    Page first =
        (s, f) -> table(s, f, 650, true, new String[][] {{"城区", "10", "12"}, {"乡镇", "7", "9"}});
    RawText raw = read(first, second);
    assertEquals(1, raw.tables().size(), "one table over the break");
    Table table = raw.tables().get(0).table();
    assertEquals(7, table.rows().size());
    assertEquals(Arrays.asList("山区", "3", "4"), table.grid().get(4));
    assertEquals(Arrays.asList("林区", "1", "2"), table.grid().get(6));
  }
}
