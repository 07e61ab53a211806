package org.gazette.segment;

import java.util.List;
import org.gazette.layout.Block;
import org.gazette.text.Patterns;
import org.gazette.text.Titles;

/** The title of a body in which no document head was recognised. */
final class HeadlessTitle {
  private HeadlessTitle() {}

  /** Blocks in which a document without a recognised head may show its title. */
  private static final int TITLE_REACH = 20;

  /**
   * The title of a body with no recognised head: its first complete 关于 title among the first blocks
   * (a web page's heading above breadcrumbs and links), or the page header's title printed again
   * ({@code 标题：中共中央通知} / {@code 中共中央通知}), or -1.
   */
  static int first(List<Block> blocks, IssueLayout.PageField pageTitle) {
    for (int k = 0; k < Math.min(TITLE_REACH, blocks.size()); k++) {
      String f = blocks.get(k).folded();
      if (Patterns.isRecipients(f)) {
        return -1; // the body has begun: a title below is an enclosed document's
      }
      if (blocks.get(k).titleLike()
          && (f.contains("关于")
                  && Patterns.isCompleteTitle(Segmenter.joinFold(blocks, k, end(blocks, k)))
              || pageTitleAgain(blocks.get(k), pageTitle))) {
        return k;
      }
    }
    return -1;
  }

  /** True when {@code b} is the page header's title printed again ({@code 标题：中共中央通知} / 中共中央通知). */
  static boolean pageTitleAgain(Block b, IssueLayout.PageField pageTitle) {
    return pageTitle != null && Titles.loose(b.folded()).equals(Titles.loose(pageTitle.text()));
  }

  /**
   * The last block of a title starting at block {@code k}: the last of the short title-like lines
   * under it that make the title read complete ({@code 某区关于支持实体经济发展的 / 若干措施}), or of the lines set
   * apart like it on a PDF page ({@code 北京市继续促进国四排放标准 / 老旧营运货车报废更新实施细则}); else {@code k}.
   */
  static int end(List<Block> blocks, int k) {
    int end = k;
    boolean shownTitle = Boolean.TRUE.equals(blocks.get(k).display());
    for (int j = k + 1; j < Math.min(blocks.size(), k + Segmenter.MAX_TITLE_BLOCKS); j++) {
      Block b = blocks.get(j);
      boolean shown = shownTitle && Boolean.TRUE.equals(b.display());
      if (!b.titleLike()
          || !shown
              && (b.folded().length() > WRAPPED_LINE
                  || Patterns.isCompleteTitle(Segmenter.joinFold(blocks, k, j - 1)))) {
        break;
      }
      if (Patterns.isCompleteTitle(Segmenter.joinFold(blocks, k, j))) {
        end = j;
      }
    }
    return end;
  }

  /** Longest continuation line of a title wrapped without a head around it. */
  private static final int WRAPPED_LINE = 24;
}
