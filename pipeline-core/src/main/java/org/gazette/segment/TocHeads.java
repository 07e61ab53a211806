package org.gazette.segment;

import java.util.List;
import java.util.TreeMap;
import org.gazette.layout.Block;
import org.gazette.model.Toc;
import org.gazette.model.TocEntry;
import org.gazette.text.DocNumbers;
import org.gazette.text.Patterns;
import org.gazette.text.Titles;

/**
 * Document heads the TOC predicts: entries without a 字号 match, found as a title standing alone in
 * the body.
 */
final class TocHeads {
  private TocHeads() {}

  /** TOC entries without a 字号 match: look for their title standing alone in the body. */
  static void add(List<Block> blocks, Toc toc, TreeMap<Integer, Head> heads) {
    for (TocEntry e : toc.entries()) {
      if (e.docNumber() != null
          && heads.values().stream()
              .anyMatch(
                  h ->
                      h.number() >= 0
                          && e.docNumber()
                              .equals(
                                  DocNumbers.ofHead(blocks.get(h.number()).text()).normalized()))) {
        continue;
      }
      String want = Titles.loose(e.title());
      for (int i = 0; i < blocks.size(); i++) {
        if (heads.containsKey(i) || Segmenter.inside(heads, i) || !blocks.get(i).titleLike()) {
          continue;
        }
        for (int end = i; end < Math.min(blocks.size(), i + 3); end++) {
          if (Titles.same(Titles.loose(Segmenter.joinFold(blocks, i, end)), want)
              || Titles.contains(Titles.loose(Segmenter.joinFold(blocks, i, end)), want)) {
            int issuer = i > 0 && Patterns.isOrgLine(blocks.get(i - 1).folded()) ? i - 1 : -1;
            int number =
                end + 1 < blocks.size() && DocNumbers.whole(blocks.get(end + 1).text()) != null
                    ? end + 1
                    : -1;
            Head h =
                new Head(
                    issuer >= 0 ? issuer : i,
                    issuer,
                    i,
                    end,
                    number,
                    (number >= 0 ? number : end) + 1);
            if (!Segmenter.overlaps(heads, h)) {
              heads.put(h.first(), h);
            }
            i = blocks.size();
            break;
          }
        }
      }
    }
  }
}
