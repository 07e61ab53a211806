package org.gazette.segment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.gazette.layout.Block;
import org.gazette.model.Cancel;
import org.gazette.model.DocNumber;
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

  /** Titles joined over at most this many blocks are compared with an entry. */
  private static final int SPAN = 3;

  /** TOC entries without a 字号 match: look for their title standing alone in the body. */
  static void add(List<Block> blocks, Toc toc, TreeMap<Integer, Head> heads) {
    Set<String> numbers = new HashSet<>();
    for (Head h : heads.values()) {
      if (h.number() >= 0) {
        numbers.add(normalized(blocks.get(h.number()).text()));
      }
    }
    // blocks i..i+n-1 joined and loosened, made once for all entries
    String[][] loose = new String[blocks.size()][];
    for (TocEntry e : toc.entries()) {
      if (e.docNumber() != null && numbers.contains(e.docNumber())) {
        continue;
      }
      String want = Titles.loose(e.title());
      for (int i = 0; i < blocks.size(); i++) {
        Cancel.check();
        if (heads.containsKey(i) || Heads.inside(heads, i) || !blocks.get(i).titleLike()) {
          continue;
        }
        if (loose[i] == null) {
          loose[i] = new String[Math.min(blocks.size(), i + SPAN) - i];
          for (int end = i; end < i + loose[i].length; end++) {
            loose[i][end - i] = Titles.loose(Segmenter.joinFold(blocks, i, end));
          }
        }
        for (int end = i; end < i + loose[i].length; end++) {
          String joined = loose[i][end - i];
          if (Titles.same(joined, want) || Titles.contains(joined, want)) {
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
            if (!Heads.overlaps(heads, h)) {
              heads.put(h.first(), h);
              if (number >= 0) {
                numbers.add(normalized(blocks.get(number).text()));
              }
            }
            i = blocks.size();
            break;
          }
        }
      }
    }
  }

  private static String normalized(String numberLine) {
    DocNumber n = DocNumbers.ofHead(numberLine);
    return n == null ? "" : n.normalized();
  }
}
