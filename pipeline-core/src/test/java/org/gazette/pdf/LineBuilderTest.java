package org.gazette.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineBuilderTest {
  /** Glyphs of {@code text} from x, one full-width character every 12 points. */
  private static List<Glyph> word(String text, double x, double y) {
    List<Glyph> out = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      out.add(new Glyph(String.valueOf(text.charAt(i)), x + 12 * i, y, 12, 12, false));
    }
    return out;
  }

  @Test
  void cjkWithoutSpacesLatinWithAndTabsAcrossWideGaps() {
    List<Glyph> g = new ArrayList<>(word("关于印发", 72, 100));
    g.addAll(word("通知", 72 + 48 + 4, 100.5));
    g.addAll(word("12", 400, 100));
    List<TextLine> lines = LineBuilder.lines(g, 1);
    assertEquals(1, lines.size());
    assertEquals("关于印发通知\t12", lines.get(0).text());
  }

  @Test
  void aFewTallerLatinGlyphsDoNotMakeABodyLineLarger() {
    List<Glyph> g = new ArrayList<>(word("自本通知实施之日起至", 72, 100));
    for (int i = 0; i < 4; i++) { // "2025" in a font whose box is taller than 仿宋's
      g.add(new Glyph(String.valueOf("2025".charAt(i)), 200 + 6 * i, 100, 6, 16, false));
    }
    g.addAll(word("年养育至少", 228, 100));
    TextLine line = LineBuilder.lines(g, 1).get(0);
    assertEquals(12, line.size(), 0.01);
    List<Glyph> title = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      title.add(new Glyph(String.valueOf("关于印发的通知".charAt(i)), 72 + 18 * i, 60, 18, 18, false));
    }
    assertEquals(18, LineBuilder.lines(title, 1).get(0).size(), 0.01);
  }

  @Test
  void twoColumnTocIsReadColumnByColumn() {
    List<Glyph> g = new ArrayList<>(word("目录", 250, 60));
    String[][] rows = {
      {"左一关于甲的通知", "右一关于丁的通知"},
      {"左二关于乙的通知", "右二关于戊的通知"},
      {"左三关于丙的通知", "右三关于己的通知"},
      {"左四关于庚的通知", "右四关于辛的通知"}
    };
    for (int i = 0; i < rows.length; i++) {
      g.addAll(word(rows[i][0], 60, 100 + 20 * i));
      g.addAll(word(rows[i][1], 320, 100 + 20 * i));
    }
    List<String> text = LineBuilder.lines(g, 1).stream().map(TextLine::text).toList();
    assertEquals(
        List.of(
            "目录",
            "左一关于甲的通知",
            "左二关于乙的通知",
            "左三关于丙的通知",
            "左四关于庚的通知",
            "右一关于丁的通知",
            "右二关于戊的通知",
            "右三关于己的通知",
            "右四关于辛的通知"),
        text);
  }

  /** {@code n} characters of running text: 某 repeated, told apart by its first character. */
  private static String text(char first, int n) {
    return first + "某".repeat(n - 1);
  }

  private static final String LEFT = "甲乙丙丁戊己庚辛壬癸";
  private static final String RIGHT = "子丑寅卯辰巳午未申酉";

  /** A page in two columns of 18 characters: left at x 60, right at x 312 (a 36-point gutter). */
  private static List<Glyph> twoColumns(int rows, double rightShift, int firstRow) {
    List<Glyph> g = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      int n = i == rows - 1 ? 7 : 18; // a paragraph's last line is short
      g.addAll(word(text(LEFT.charAt(i), n), 60, 100 + 20 * (firstRow + i)));
      g.addAll(word(text(RIGHT.charAt(i), n), 312, 100 + rightShift + 20 * (firstRow + i)));
    }
    return g;
  }

  @Test
  void aBodyPageInTwoColumnsIsReadColumnByColumnUnderItsTitle() {
    List<Glyph> g = new ArrayList<>(word("关于某某事项的通知", 240, 60));
    g.addAll(twoColumns(10, 0, 0));
    List<String> text = LineBuilder.lines(g, 1).stream().map(TextLine::text).toList();
    assertEquals(21, text.size(), text.toString());
    assertEquals("关于某某事项的通知", text.get(0));
    assertEquals('甲', text.get(1).charAt(0));
    assertEquals('癸', text.get(10).charAt(0));
    assertEquals('子', text.get(11).charAt(0));
    assertEquals(18, text.get(1).length(), "no tab, no right-column text in a left line");
  }

  @Test
  void columnsWhoseBaselinesDoNotLineUpAndAHeadingAcrossThem() {
    List<Glyph> g = new ArrayList<>(twoColumns(5, 9, 0));
    g.addAll(word("二、某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某", 60, 200));
    g.addAll(twoColumns(5, 9, 6));
    List<String> text = LineBuilder.lines(g, 1).stream().map(TextLine::text).toList();
    List<Character> firsts = text.stream().map(t -> t.charAt(0)).toList();
    assertEquals(
        List.of(
            '甲', '乙', '丙', '丁', '戊', '子', '丑', '寅', '卯', '辰', '二', '甲', '乙', '丙', '丁', '戊', '子',
            '丑', '寅', '卯', '辰'),
        firsts);
  }

  @Test
  void aSingleColumnPageAndATableInTwoHalvesStayAsTheyAre() {
    List<Glyph> page = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      page.addAll(word(text('某', 38), 60, 100 + 20 * i));
    }
    List<String> text = LineBuilder.lines(page, 1).stream().map(TextLine::text).toList();
    assertEquals(12, text.size());
    assertEquals(38, text.get(0).length());

    List<Glyph> table = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      double y = 100 + 20 * i;
      table.addAll(word(String.valueOf(i + 1), 60, y));
      table.addAll(word("某某单位", 120, y));
      table.addAll(word("１２３", 330, y));
      table.addAll(word("某某", 480, y));
    }
    List<String> rows = LineBuilder.lines(table, 1).stream().map(TextLine::text).toList();
    assertEquals(10, rows.size(), rows.toString());
    assertEquals("1\t某某单位\t１２３\t某某", rows.get(0));
  }
}
