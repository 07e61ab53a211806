package org.gazette.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.gazette.layout.Block;
import org.gazette.model.SourceLine;
import org.junit.jupiter.api.Test;

/**
 * A text with no head the segmenter knows (an attachment published alone, read from a scan whose
 * centred title lines stay apart): its title is the first 关于 line and the short lines that make it
 * read complete.
 */
class WrappedTitleTest {
  @Test
  void aTitleWrappedOntoAShortLineWithoutAHeadIsBothLines() {
    String[] text = {
      "某某市某区关于支持实体经济发展的",
      "若干措施",
      "为积极适应经济发展新常态，有效激活发展新动力，根据有关规定，特制定如下措施。",
      "第一章 优化产业空间配置",
      "第一条 加大产业用地供应力度。发挥产业空间优势，坚守产业用地红线。"
    };
    Head h = head(text, null);
    assertEquals(0, h.titleFrom());
    assertEquals(1, h.titleTo(), "the title's second line is the title's");
    assertEquals(2, h.after());
  }

  @Test
  void aPdfTitlesLinesSetApartAlikeAreTheTitleThoughItsFirstReadsComplete() {
    String[] text = {"某某市继续促进国四排放标准", "老旧营运货车报废更新实施细则", "根据有关通知精神，结合本市实际，制定本实施细则。", "一、补贴对象及标准"};
    assertEquals(1, head(text, new Boolean[] {true, true, false, false}).titleTo());
    assertEquals(0, head(text, null).titleTo(), "without the layout the first line reads whole");
  }

  private static Head head(String[] text, Boolean[] display) {
    List<SourceLine> lines = new ArrayList<>();
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < text.length; i++) {
      SourceLine l = new SourceLine(i + 1, text[i]);
      lines.add(l);
      blocks.add(Block.of(List.of(l), text[i]).withDisplay(display == null ? null : display[i]));
    }
    IssueLayout layout = IssueSegmenter.segment(lines, null, blocks);
    assertEquals(1, layout.heads().size());
    return layout.heads().get(0);
  }
}
