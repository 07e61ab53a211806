package org.gazette.segment;

import java.util.List;
import java.util.regex.Pattern;
import org.gazette.layout.Block;
import org.gazette.text.Titles;

/** A document printed under the notice that hands it over by name. */
final class HandedOver {
  private HandedOver() {}

  /** Words of a sentence that hands a named document over: {@code 省委同意…《…》，现转发给你们}. */
  private static final Pattern HANDS_OVER = Pattern.compile("同意|批准|转发|批转|印发|发给你们|现将");

  /**
   * True when the text from block {@code from} to {@code to} (exclusive) hands over the document
   * titled {@code title} by its whole name ({@code 省委同意…领导小组《关于…的报告》}): the title printed below is
   * that document's, inside the notice that names it.
   */
  static boolean byName(List<Block> blocks, int from, int to, String title) {
    String loose = Titles.loose(title);
    if (loose.length() < MIN_NAMED || !loose.contains("关于")) {
      return false;
    }
    for (int k = from; k < to; k++) {
      String f = blocks.get(k).folded();
      if (f.contains("《") && HANDS_OVER.matcher(f).find() && Titles.loose(f).contains(loose)) {
        return true;
      }
    }
    return false;
  }

  /** Shortest title looked for by name in the text above it. */
  private static final int MIN_NAMED = 8;
}
