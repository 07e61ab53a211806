package org.gazette.segment;

import java.util.List;
import java.util.regex.Pattern;
import org.gazette.layout.Block;

/**
 * The colophon after the last document: {@code 主管主办：…}, {@code 编辑出版：…}, {@code 地 址：…}, {@code 网
 * 址：…}, {@code 邮 编：…}, {@code 电 话：…}, {@code 定 价：免费赠阅}, {@code 发行范围：公开发行}.
 */
final class BackMatter {
  private static final Pattern COLOPHON =
      Pattern.compile(
          "^(主管|主办|主管主办|编辑|编印|编辑出版|出版|印刷|承印|地址|网址|邮编|邮政编码|电话|传真|"
              + "定价|发行|发行范围|刊号|准印证|内部资料|电子邮箱|邮箱|E-?mail|责任编辑|总编|主编)[:：].*",
          Pattern.CASE_INSENSITIVE);
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
      if (!COLOPHON.matcher(f).matches()) {
        break;
      }
      hits++;
      k--;
    }
    return hits >= MIN_LINES ? k : blocks.size();
  }
}
