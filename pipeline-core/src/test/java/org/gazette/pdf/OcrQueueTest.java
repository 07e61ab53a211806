package org.gazette.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A page read by OCR keeps the lines of its own text layer that the reading does not cover. */
class OcrQueueTest {
  private static TextLine line(String text, double x0, double x1, double y) {
    return new TextLine(text, 5, x0, x1, y, 12, false);
  }

  @Test
  void aPageLabelPrintedAsTextBesideAScannedImageIsKept() {
    List<TextLine> read = List.of(line("流程图", 100, 400, 100), line("办理", 100, 200, 300));
    List<TextLine> layer = List.of(line("— 5 —", 280, 320, 800));
    assertEquals(
        List.of("流程图", "办理", "— 5 —"),
        OcrQueue.withLayer(read, layer).stream().map(TextLine::text).toList());
  }

  @Test
  void aLayerLineTheReadingCoversGivesWayAndALineBetweenGoesInPlace() {
    List<TextLine> read = List.of(line("标题", 100, 400, 100), line("-5-", 280, 320, 801));
    List<TextLine> layer = List.of(line("— 5 —", 280, 320, 800), line("说明", 100, 200, 400));
    assertEquals(
        List.of("标题", "说明", "-5-"),
        OcrQueue.withLayer(read, layer).stream().map(TextLine::text).toList());
  }
}
