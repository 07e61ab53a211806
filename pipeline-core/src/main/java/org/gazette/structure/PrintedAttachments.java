package org.gazette.structure;

import java.util.List;
import org.gazette.layout.Block;
import org.gazette.text.Patterns;
import org.gazette.text.Titles;

/** Where an attachment the 附件说明 lists is printed, though no 附件 label stands over it. */
final class PrintedAttachments {
  private PrintedAttachments() {}

  /** Most blocks an unlabelled attachment's title is wrapped over. */
  private static final int TITLE_BLOCKS = 3;

  /**
   * How many blocks from {@code i} read as one of the listed attachments' {@code titles} ({@link
   * Titles#loose}), standing with no 附件 label above them (a title wrapped over up to three lines
   * may have been left as several blocks): the printed attachment starts there. 0 when none does.
   */
  static int at(List<Block> blocks, int i, java.util.Set<String> titles) {
    if (i == 0
        || titles.isEmpty()
        || Patterns.ATTACHMENT_BARE.matcher(blocks.get(i - 1).folded()).matches()) {
      return 0;
    }
    int longest = titles.stream().mapToInt(String::length).max().orElse(0);
    String joined = "";
    for (int k = i; k < Math.min(blocks.size(), i + TITLE_BLOCKS); k++) {
      joined += looseUpTo(blocks.get(k).folded(), longest - joined.length());
      if (titles.contains(joined)) {
        return k - i + 1;
      }
      String head = joined;
      if (titles.stream().noneMatch(t -> t.startsWith(head))) {
        return 0;
      }
    }
    return 0;
  }

  /**
   * {@link Titles#loose} of {@code folded}, or of a prefix of it when that is already longer than
   * {@code room} (a paragraph, not a title: no need to strip its punctuation to the end).
   */
  private static String looseUpTo(String folded, int room) {
    int prefix = 2 * Math.max(room, 0) + 2;
    if (folded.length() > prefix) {
      String head = Titles.loose(folded.substring(0, prefix));
      if (head.length() > room) {
        return head;
      }
    }
    return Titles.loose(folded);
  }
}
