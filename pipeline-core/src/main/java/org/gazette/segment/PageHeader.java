package org.gazette.segment;

import java.util.List;
import org.gazette.layout.Block;
import org.gazette.text.IssuePatterns;

/**
 * A web page's or a crawler's metadata header above a document ({@code 标题：…}, {@code 发布时间：…},
 * {@code 索引号：…}, a separator line): front matter, never part of the document.
 */
final class PageHeader {
  /** The header is looked for among the first blocks only. */
  private static final int REACH = 14;

  /** Fewest metadata fields that make a header. */
  private static final int MIN_FIELDS = 2;

  /** Longest block of a header. */
  private static final int MAX_CHARS = 200;

  private PageHeader() {}

  /**
   * Index of the first block after the page header at the start of {@code blocks}, or 0 when there
   * is none: the header runs to its last metadata field or separator line among the first blocks,
   * with nothing long in between.
   */
  static int end(List<Block> blocks) {
    int fields = 0;
    int end = 0;
    for (int k = 0; k < Math.min(REACH, blocks.size()); k++) {
      String f = blocks.get(k).folded();
      if (f.length() > MAX_CHARS) {
        break;
      }
      if (IssuePatterns.PAGE_METADATA.matcher(f).matches()) {
        fields++;
        end = k + 1;
      } else if (IssuePatterns.SEPARATOR_LINE.matcher(f).matches()) {
        end = k + 1;
      }
    }
    return fields >= MIN_FIELDS ? end : 0;
  }
}
