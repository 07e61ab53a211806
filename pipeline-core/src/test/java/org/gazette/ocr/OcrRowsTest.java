package org.gazette.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Boxes read from a page put together into lines. */
class OcrRowsTest {
  private static OcrRows.Read read(String text, int left, int top, int right) {
    return new OcrRows.Read(
        new TextBoxes.Box(left, top, right, top + 40, 0.9), new CtcDecoder.Decoded(text, 0.95));
  }

  private static List<String> texts(List<OcrRows.Read> reads) {
    return OcrRows.rows(reads).stream().map(OcrEngine.Line::text).toList();
  }

  @Test
  void boxesOfOneRowFormALineAndRowsGoTopToBottom() {
    List<OcrRows.Read> reads =
        List.of(
            read("2023年7月25日", 1000, 300, 1400),
            read("附件：", 100, 200, 250),
            read("名单", 300, 205, 500),
            read("某某县人民政府", 1000, 250, 1400));
    assertEquals(List.of("附件： 名单", "某某县人民政府", "2023年7月25日"), texts(reads));
  }

  @Test
  void aTwoColumnTocPageIsReadColumnByColumn() {
    List<OcrRows.Read> reads = new ArrayList<>();
    reads.add(read("目录", 700, 100, 800));
    for (int i = 0; i < 4; i++) {
      reads.add(read("左栏条目" + i + "……" + (i + 1), 100, 200 + 60 * i, 700));
      reads.add(read("右栏条目" + i + "……" + (i + 10), 900, 200 + 60 * i, 1500));
    }
    List<String> lines = texts(reads);
    assertEquals("目录", lines.get(0));
    assertEquals("左栏条目3……4", lines.get(4));
    assertEquals("右栏条目0……10", lines.get(5));
  }

  @Test
  void aTableOnABodyPageKeepsItsRowsWithItsCellsApart() {
    List<OcrRows.Read> reads = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      reads.add(read("单位" + i, 100, 200 + 60 * i, 700));
      reads.add(read("负责人" + i, 900, 200 + 60 * i, 1500));
    }
    assertEquals("单位0\t负责人0", texts(reads).get(0));
  }

  @Test
  void namesSignedSideBySideAreCellsAndANarrowGapIsASpace() {
    List<OcrRows.Read> reads =
        List.of(
            read("某某县住房", 300, 500, 500),
            read("某某县财政局", 700, 500, 940),
            read("某某县", 1140, 500, 1260),
            read("和城乡建设局", 300, 560, 540),
            read("自然资源局", 1140, 560, 1340),
            read("2022年8月18日", 700, 620, 1000),
            read("日", 1030, 620, 1070));
    assertEquals(List.of("某某县住房\t某某县财政局\t某某县", "和城乡建设局\t自然资源局", "2022年8月18日 日"), texts(reads));
  }
}
