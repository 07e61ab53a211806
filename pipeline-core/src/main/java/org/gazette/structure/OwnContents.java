package org.gazette.structure;

import java.util.List;
import org.gazette.layout.Block;
import org.gazette.text.IssuePatterns;
import org.gazette.text.Label;

/** A document's own 目录, as laws and long regulations print one before their first chapter. */
final class OwnContents {
  private OwnContents() {}

  /**
   * End (exclusive) of a document's own 目录: a {@code 目录} line followed by heading labels that come
   * again, with text under them, after the list ({@code 第一章 总则 … 第六章 附则}, then {@code 第一章 总则} and
   * its articles); 0 when the document has none.
   */
  static int end(List<Block> blocks) {
    for (int i = 0; i + 1 < blocks.size(); i++) {
      if (!IssuePatterns.TOC_HEAD.matcher(blocks.get(i).folded()).matches()) {
        continue;
      }
      Label first = Label.parse(blocks.get(i + 1).firstRaw(), false);
      if (first == null) {
        return 0;
      }
      for (int k = i + 2; k < blocks.size(); k++) {
        Label l = Label.parse(blocks.get(k).firstRaw(), false);
        if (l == null) {
          if (entryPart(blocks.get(k).folded())) {
            continue; // 第一章 / 总则 / ……4: an entry a line for each part, as a web page sets it
          }
          return 0;
        }
        if (l.style() == first.style() && l.number() == first.number()) {
          return k;
        }
      }
      return 0;
    }
    return 0;
  }

  /** Longest part of an entry on a line of its own: a chapter's name, or leaders and a page. */
  private static final int ENTRY_PART = 30;

  private static boolean entryPart(String folded) {
    return folded.length() <= ENTRY_PART && folded.indexOf('。') < 0;
  }
}
