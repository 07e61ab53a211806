package org.gazette.segment;

import java.util.List;
import org.gazette.layout.Block;
import org.gazette.text.DocNumbers;
import org.gazette.text.IssuePatterns;
import org.gazette.text.Patterns;
import org.gazette.text.WebPages;

/**
 * The colophon after the last document: {@code 主管主办：…}, {@code 编辑出版：…}, {@code 地 址：…}, {@code 网
 * 址：…}, {@code 邮 编：…}, {@code 电 话：…}, {@code 定 价：免费赠阅}, {@code 发行范围：公开发行}.
 */
final class BackMatter {
  private static final int MIN_LINES = 2;

  private BackMatter() {}

  /** How far from the end a back-matter heading (简介, 征订启事) is looked for, in blocks. */
  private static final int HEAD_REACH = 80;

  /**
   * Index of the first block of the back matter: a heading such as {@code 《…公报》简介} or {@code 征订启事}
   * near the end with no 字号 after it, an edition's 注释 (notes {@code 〔1〕…} after the last document),
   * or the trailing colophon; {@code blocks.size()} when there is none.
   */
  static int start(List<Block> blocks) {
    int colophon =
        Math.min(Math.min(colophonStart(blocks), trailerStart(blocks)), chromeStart(blocks));
    for (int k = Math.max(0, blocks.size() - HEAD_REACH); k < colophon; k++) {
      if (IssuePatterns.BACK_MATTER_HEAD.matcher(blocks.get(k).folded()).matches()
          && noDocumentFrom(blocks, k + 1)) {
        return k;
      }
      if (IssuePatterns.NOTES_HEAD.matcher(blocks.get(k).folded()).matches()
          && k + 1 < blocks.size()
          && IssuePatterns.NOTE_MARK.matcher(blocks.get(k + 1).folded()).lookingAt()
          && noDocumentFrom(blocks, k + 1)) {
        return k;
      }
    }
    return colophon;
  }

  /**
   * True when no document starts at or after {@code from}: no 字号, and no title followed by its date
   * in brackets or by a 主送 line (an older document without a 字号 after an edition's notes).
   */
  private static boolean noDocumentFrom(List<Block> blocks, int from) {
    for (int k = from; k < blocks.size(); k++) {
      Block b = blocks.get(k);
      if (DocNumbers.whole(b.text()) != null) {
        return false;
      }
      if (k + 1 < blocks.size() && b.titleLike()) {
        // a title of any ending over its date (敦促…投降书 / （一九四八年十二月十七日）), or ending like
        // one over its 主送
        String next = blocks.get(k + 1).folded();
        if (Patterns.DATE_LINE.matcher(next).matches()
            || Patterns.endsLikeTitle(b.folded()) && Patterns.isRecipients(next)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Index of the first block of a web page's trailer (download links, 更新时间：…) at the very end, or
   * {@code blocks.size()}.
   */
  private static int trailerStart(List<Block> blocks) {
    int k = blocks.size();
    if (k >= 2
        && emptyField(blocks.get(k - 2).folded())
        && blocks.get(k - 1).folded().length() <= FIELD_VALUE) {
      k -= 2; // a field whose value is the line under it: 来源： / 根据文件原件打印
    }
    while (k > 0
        && (WebPages.PAGE_TRAILER.matcher(blocks.get(k - 1).folded()).matches()
            || SOURCE_NOTE.matcher(blocks.get(k - 1).folded()).matches())) {
      k--;
    }
    return k;
  }

  /** Longest value of a trailing field printed on the line under its name. */
  private static final int FIELD_VALUE = 60;

  /**
   * An edition's note on where it took the text from, in brackets after it: {@code
   * （原载《…文件选编》，…，1993年）}, {@code （根据中央文件原件打印）}.
   */
  private static final java.util.regex.Pattern SOURCE_NOTE =
      java.util.regex.Pattern.compile("^[(（](原载|转载|摘自|选自|录自|根据).{2,80}[)）]$");

  private static boolean emptyField(String folded) {
    return IssuePatterns.emptyField(folded) && WebPages.PAGE_TRAILER.matcher(folded).matches();
  }

  /**
   * Index of the first block of a saved web page's footer: its first control or linked file ({@code
   * 扫一扫在手机打开当前页}, {@code 打印本页}, {@code 某某规则.pdf}) in the text's second half with no document after
   * it, and the download headings and bare {@code 附件：} right above; else {@code blocks.size()}.
   */
  private static int chromeStart(List<Block> blocks) {
    int n = blocks.size();
    int footer = n / 2;
    while (footer < n && !WebPages.PAGE_FOOTER.matcher(blocks.get(footer).folded()).matches()) {
      footer++;
    }
    if (footer == n) {
      return n;
    }
    // where each block's text first appears, and the latest such place among the document starts
    // from k on: a page's summary under its footer repeats the title and note above, no new
    // document
    java.util.Map<String, Integer> first = new java.util.HashMap<>();
    int[] seen = new int[n];
    for (int k = 0; k < n; k++) {
      seen[k] = first.computeIfAbsent(blocks.get(k).folded(), t -> n);
      if (seen[k] == n) {
        first.put(blocks.get(k).folded(), k);
        seen[k] = k;
      }
    }
    int[] newFrom = new int[n + 1];
    newFrom[n] = -1;
    for (int k = n - 1; k > footer; k--) {
      boolean starts = !noDocumentFrom(blocks.subList(k, Math.min(k + 2, n)), 0);
      newFrom[k] = Math.max(newFrom[k + 1], starts ? seen[k] : -1);
    }
    for (int k = footer; k < n; k++) {
      if (WebPages.PAGE_FOOTER.matcher(blocks.get(k).folded()).matches()
          && newFrom[k + 1] <= k
          && !datedBelow(blocks, k)) {
        while (k > 0 && trailerAbove(blocks.get(k - 1).folded())) {
          k--;
        }
        return k;
      }
    }
    return n;
  }

  /** Most blocks between a linked file and the date of the signature under it (joint signers). */
  private static final int SIGNATURE_REACH = 6;

  /**
   * True when a date stands alone within reach under block {@code k}: a linked attachment ({@code
   * 附表：某某表.pdf}) above the document's signature and date, still the document's.
   */
  private static boolean datedBelow(List<Block> blocks, int k) {
    for (int j = k + 1; j < Math.min(blocks.size(), k + 1 + SIGNATURE_REACH); j++) {
      if (org.gazette.text.Dates.onlyDateIso(blocks.get(j).text()) != null) {
        return true;
      }
    }
    return false;
  }

  private static boolean trailerAbove(String folded) {
    return SEPARATOR.matcher(folded).matches()
        || WebPages.PAGE_TRAILER.matcher(folded).matches()
        || WebPages.PAGE_FOOTER.matcher(folded).matches()
        || IssuePatterns.PAGE_CHROME.matcher(folded).matches()
        || LINK_ARROWS.matcher(folded).matches()
        || Patterns.ATTACHMENT_BARE.matcher(folded).matches();
  }

  /** A separator between a page's controls on a line of its own: {@code |}, {@code ×}. */
  private static final java.util.regex.Pattern SEPARATOR =
      java.util.regex.Pattern.compile("^[|｜丨×]$");

  /** A link set off by arrows: {@code 》》点击图片进入专题《《}, {@code >>更多<<}. */
  private static final java.util.regex.Pattern LINK_ARROWS =
      java.util.regex.Pattern.compile("^[》>]{2}.{1,20}[《<]{2}$");

  /** Index of the first block of the trailing colophon, or {@code blocks.size()}. */
  private static int colophonStart(List<Block> blocks) {
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
