package org.gazette.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextBoxesTest {
  private static float[] map(int w, int h, int[][] rects, float p) {
    float[] m = new float[w * h];
    for (int[] r : rects) {
      for (int y = r[1]; y < r[3]; y++) {
        for (int x = r[0]; x < r[2]; x++) {
          m[y * w + x] = p;
        }
      }
    }
    return m;
  }

  @Test
  void eachRegionIsABoxWidenedAndScaledToTheImage() {
    float[] m = map(100, 50, new int[][] {{10, 10, 60, 20}, {10, 30, 40, 40}}, 0.9f);
    List<TextBoxes.Box> boxes = TextBoxes.find(m, 100, 50, 2.0, 2.0, 200, 100);
    assertEquals(2, boxes.size());
    TextBoxes.Box a = boxes.get(0);
    // 50 × 10 region, widened by 50·10·1.6 / (2·60) ≈ 6.7 map pixels each side, then doubled.
    assertTrue(a.left() < 20 && a.left() >= 0, a.toString());
    assertTrue(a.right() > 120 && a.right() <= 200, a.toString());
    assertTrue(a.top() < 20 && a.bottom() > 40, a.toString());
    assertEquals(0.9, a.score(), 1e-6);
  }

  @Test
  void faintAndTinyRegionsAreNoise() {
    float[] faint = map(40, 40, new int[][] {{5, 5, 30, 15}}, 0.4f);
    assertTrue(
        TextBoxes.find(faint, 40, 40, 1, 1, 40, 40).isEmpty(), "mean below the box threshold");
    float[] tiny = map(40, 40, new int[][] {{5, 5, 7, 30}}, 0.9f);
    assertTrue(TextBoxes.find(tiny, 40, 40, 1, 1, 40, 40).isEmpty(), "2 pixels wide");
  }

  @Test
  void aRegionCoveringTheWholeMapIsOneBox() {
    float[] all = map(300, 300, new int[][] {{0, 0, 300, 300}}, 0.8f);
    assertEquals(1, TextBoxes.find(all, 300, 300, 1, 1, 300, 300).size());
  }

  @Test
  void ctcCollapsesRepeatsAndDropsBlanks() {
    CtcDecoder d = new CtcDecoder(List.of("稷", "政", "发"));
    float[][] probs = {
      {0.1f, 0.9f, 0, 0, 0}, {0.1f, 0.8f, 0, 0, 0}, {0.9f, 0.1f, 0, 0, 0},
      {0, 0.7f, 0, 0, 0}, {0, 0, 0.6f, 0, 0}, {0.2f, 0, 0, 0.8f, 0}
    };
    CtcDecoder.Decoded r = d.decode(probs);
    assertEquals("稷稷政发", r.text());
    assertEquals((0.9 + 0.7 + 0.6 + 0.8) / 4, r.confidence(), 1e-6);
    assertEquals(5, d.classes());
  }
}
