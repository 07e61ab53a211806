package org.gazette.structure;

import java.util.List;
import org.gazette.layout.Block;
import org.gazette.text.Label;
import org.gazette.text.Patterns;

/** A 印发/批转/转发 notice and the document it encloses: whether it does, and where that title ends. */
final class Enclosures {
  private Enclosures() {}

  /** Blocks an enclosed title may take: an issuer's line and a title wrapped over three. */
  private static final int MAX_TITLE_BLOCKS = 4;

  /**
   * The 版记's line saying how the notice is made public ({@code 公开方式：主动公开}, {@code 信息公开选项：依申请公开}),
   * printed between the signature and the enclosed title: no title.
   */
  static final java.util.regex.Pattern DISCLOSURE =
      java.util.regex.Pattern.compile("^(信息|政府信息)?公开(方式|属性|选项|类型)[:：].{0,12}$");

  /** Longest second or third line of an enclosed title. */
  private static final int CONTINUATION_CHARS = 24;

  /**
   * A 印发/转发 notice: so says its title, or, where the title is not its own (a web page's), its first
   * paragraph ({@code 现将《…》印发给你们}).
   */
  static boolean encloses(String title, DocBlocks d) {
    if (Patterns.ENCLOSING.matcher(title).matches()) {
      return true;
    }
    List<Block> body = d.unused(d.pos, d.end);
    return !body.isEmpty() && Patterns.ENCLOSING_SENTENCE.matcher(body.get(0).folded()).matches();
  }

  /**
   * End (exclusive) of the enclosed title starting at {@code k}: its first block, then short
   * continuation lines ({@code 实 施 方 案}) until the title reads complete, then its edition on a line
   * of its own ({@code （修订）}).
   */
  static int titleEnd(DocBlocks d, int k) {
    int t = k;
    String title = "";
    while (t < d.end && t - k < MAX_TITLE_BLOCKS && !d.used.contains(t)) {
      String f = d.at(t).folded();
      if (t > k && Patterns.EDITION.matcher(f).matches()) {
        return t + 1; // the title's edition on a line of its own ends it: （修订）
      }
      if (!d.at(t).titleLike() || Label.parse(d.at(t).firstRaw(), true) != null) {
        break;
      }
      // A continuation line set apart like the title (PDF layout) may be long; plain text may not.
      boolean shown =
          Boolean.TRUE.equals(d.at(t).display()) && Boolean.TRUE.equals(d.at(k).display());
      if (t > k
          && ((f.length() > CONTINUATION_CHARS && !shown)
              || Patterns.BODY_OPENER.matcher(f).matches()
              || Patterns.isCompleteTitle(title))) {
        break;
      }
      title += f;
      t++;
    }
    return t;
  }

  /**
   * The bare {@code 附：} (or {@code 附件}) line of an unsigned 批转/印发 notice, right above the title of
   * the document it encloses, or -1: the cover notice ends there.
   */
  static int marker(DocBlocks d) {
    for (int k = d.pos; k + 1 < d.end; k++) {
      if (Patterns.ATTACHMENT_BARE.matcher(d.at(k).folded()).matches() && d.at(k + 1).titleLike()) {
        return k;
      }
    }
    return -1;
  }
}
