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
}
