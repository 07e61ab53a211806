package org.gazette.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class OcrBenchTest {
  private static final BufferedImage BLANK = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);

  @Test
  void characterErrorRateCountsEditsAgainstTheKnownTextIgnoringSpacesAndWidth() {
    List<OcrBench.Page> pages =
        List.of(new OcrBench.Page(BLANK, "稷政发〔2023〕11号\n各乡镇人民政府："), new OcrBench.Page(BLANK, ""));
    assertEquals(0.0, OcrBench.cer(pages, List.of("稷政发 〔２０２３〕11号 各乡镇人民政府:", "x")), 1e-9);
    // 稳 for 稷 (one substitution) and a dropped 号 (one deletion) over 20 known characters.
    assertEquals(2.0 / 20, OcrBench.cer(pages, List.of("稳政发〔2023〕11各乡镇人民政府：", "")), 1e-9);
    assertTrue(Double.isNaN(OcrBench.cer(List.of(pages.get(1)), List.of("abc"))));
  }

  @Test
  void levenshteinDistance() {
    assertEquals(
        3, OcrBench.distance("kitten".codePoints().toArray(), "sitting".codePoints().toArray()));
    assertEquals(0, OcrBench.distance(new int[0], new int[0]));
    assertEquals(2, OcrBench.distance(new int[0], new int[] {1, 2}));
  }
}
