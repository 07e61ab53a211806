package org.gazette.segment;

import java.util.List;
import java.util.regex.Pattern;
import org.gazette.layout.Block;

/** A web export's page title over the same title as the document prints it. */
final class PageTitles {
  private PageTitles() {}

  /**
   * {@code h} from the title printed under a web export's page title that says the same words on
   * one line ({@code 关于…的决定} / {@code 关于…} / {@code …的决定}), whether {@code h} took both or only the
   * last.
   */
  static Head printedTwice(List<Block> blocks, Head h) {
    if (h.titleFrom() < 0 || h.number() >= 0 || h.issuer() >= 0) {
      return h;
    }
    // the head found at the wrapped title's end: the page title above the title's first lines
    for (int m = 1; m <= 2 && h.titleFrom() - m > 0; m++) {
      int from = h.titleFrom() - m;
      String page = words(blocks.get(from - 1).folded());
      if (page.equals(words(Segmenter.joinFold(blocks, from, h.titleTo())))) {
        return new Head(from, -1, from, h.titleTo(), -1, h.after());
      }
    }
    for (int k = h.titleFrom() + 1; k <= h.titleTo(); k++) {
      String upper = words(Segmenter.joinFold(blocks, h.titleFrom(), k - 1));
      if (!upper.isEmpty() && upper.equals(words(Segmenter.joinFold(blocks, k, h.titleTo())))) {
        return new Head(k, -1, k, h.titleTo(), -1, h.after());
      }
    }
    return h;
  }

  /**
   * {@code folded} without the marks that set joint issuers apart ({@code 某某院、某某部}) and without
   * quotation marks, whose style a page title and the printed title often do not share ({@code
   * “老人节”}, {@code "老人节"}).
   */
  private static String words(String folded) {
    return WORD_MARKS.matcher(folded).replaceAll("");
  }

  private static final Pattern WORD_MARKS = Pattern.compile("[、，,\"'“”‘’「」『』]");
}
