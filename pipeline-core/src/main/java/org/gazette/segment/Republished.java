package org.gazette.segment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.layout.Block;
import org.gazette.text.Patterns;
import org.gazette.text.Titles;

/**
 * Rules republished after the decision that amends them: {@code 《…暂行办法》和《…实施细则》根据本决定作相应修改…后，重新公布}.
 * Each is printed whole after the decision under its own title, with no 字号, signature or date of
 * its own, and is a document of its own.
 */
final class Republished {
  private Republished() {}

  /** A sentence that republishes what it names. */
  private static final Pattern REPUBLISHES = Pattern.compile(".*重新(公布|发布|印发).*");

  /** A title in book-title marks (its inner 〈〉 kept). */
  private static final Pattern BOOK_TITLE = Pattern.compile("《([^《》]{4,80})》");

  /**
   * The titles ({@link Titles#loose}) named by a republishing sentence among {@code blocks}, each
   * with the index of the first block that names it.
   */
  static Map<String, Integer> named(List<Block> blocks) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      String f = blocks.get(i).folded();
      if (f.indexOf('《') < 0 || !REPUBLISHES.matcher(f).matches()) {
        continue;
      }
      Matcher m = BOOK_TITLE.matcher(f);
      while (m.find()) {
        out.putIfAbsent(Titles.loose(m.group(1)), i);
      }
    }
    return out;
  }

  /**
   * The head of a republished rule whose title (wrapped over up to {@link
   * Segmenter#MAX_TITLE_BLOCKS} blocks) starts at block {@code i}, after the sentence that names
   * it; null when none does.
   */
  static Head at(List<Block> blocks, int i, Map<String, Integer> named) {
    if (named.isEmpty() || !blocks.get(i).titleLike()) {
      return null;
    }
    StringBuilder title = new StringBuilder();
    int last = Math.min(blocks.size() - 1, i + Segmenter.MAX_TITLE_BLOCKS - 1);
    for (int end = i; end <= last && blocks.get(end).titleLike(); end++) {
      title.append(blocks.get(end).folded());
      Integer at = named.get(Titles.loose(title.toString()));
      if (at != null && at < i && Patterns.isCompleteTitle(title.toString())) {
        return new Head(i, -1, i, end, -1, end + 1);
      }
    }
    return null;
  }
}
