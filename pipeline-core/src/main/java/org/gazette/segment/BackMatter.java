package org.gazette.segment;

import java.util.List;
import org.gazette.layout.Block;
import org.gazette.text.IssuePatterns;

/**
 * The colophon after the last document: {@code 主管主办：…}, {@code 编辑出版：…}, {@code 地 址：…}, {@code 网
 * 址：…}, {@code 邮 编：…}, {@code 电 话：…}, {@code 定 价：免费赠阅}, {@code 发行范围：公开发行}.
 */
final class BackMatter {
  private static final int MIN_LINES = 2;

  private BackMatter() {}

  /**
   * Index of the first block of the trailing colophon, or {@code blocks.size()} when there is none.
   */
  static int start(List<Block> blocks) {
    int k = blocks.size();
    int hits = 0;
    while (k > 0) {
      String f = blocks.get(k - 1).folded();
      if (!IssuePatterns.COLOPHON.matcher(f).matches()) {
        break;
      }
      hits++;
      k--;
    }
    return hits >= MIN_LINES ? k : blocks.size();
  }
}
