package org.gazette.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.gazette.layout.Block;
import org.gazette.model.Cancel;
import org.gazette.model.Toc;
import org.gazette.text.Dates;
import org.gazette.text.DocNumbers;
import org.gazette.text.IssuePatterns;
import org.gazette.text.Patterns;
import org.gazette.text.Titles;

/**
 * Finds where each document of an issue starts.
 *
 * <p>Three kinds of head, in the order they are trusted: a 字号 line with its title above it (and the
 * issuer line above that: {@code 稷山县人民政府 / 关于…的通知 / 稷政发〔2023〕1号}); a title followed by a speech
 * subtitle ({@code 政府工作报告 / ——2023年2月16日在…会议上}) or by a 主送 line; and a TOC entry whose title
 * appears alone in the body. Everything from one head to the next is one document, so a 关于印发…的通知
 * and the document it encloses stay together.
 */
public final class Segmenter {
  /** Longest title, in blocks, above a 字号. */
  static final int MAX_TITLE_BLOCKS = 4;

  private static final int MAX_TITLE_CHARS = Titles.MAX_CHARS;

  /** Most widget blocks of a saved page between a title and its 字号. */
  private static final int WIDGET_REACH = 12;

  /** Most issuer lines above a title (joint documents). */
  static final int MAX_ISSUER_LINES = 12;

  /** Document heads among {@code blocks}, in order. */
  public List<Head> segment(List<Block> blocks, Toc toc) {
    TreeMap<Integer, Head> heads = new TreeMap<>();
    int lowerBound = 0;
    for (int i = 0; i < blocks.size(); i++) {
      Cancel.check();
      if (DocNumbers.whole(blocks.get(i).text()) == null || Heads.numberFieldValue(blocks, i)) {
        continue;
      }
      Head h = headAbove(blocks, i, lowerBound);
      Head below = Heads.below(blocks, i);
      // A 字号 belongs to the complete title beside it: above unless only the one below reads whole,
      // or the one above stands over a saved page's widgets.
      if (h == null
          || below != null && (!completeTitle(blocks, h) || h.titleTo() < h.number() - 1)) {
        h = below;
      }
      if (h != null && !Heads.overlaps(heads, h) && !underBareLabel(blocks, h.first())) {
        heads.put(h.first(), h);
        lowerBound = h.after();
      }
    }
    java.util.Map<String, Integer> republished = Republished.named(blocks);
    for (int i = 0; i < blocks.size(); i++) {
      Cancel.check();
      if (heads.containsKey(i) || Heads.inside(heads, i) || underBareLabel(blocks, i)) {
        continue; // a title under 附件 / 附： is the attachment's, inside its document
      }
      Head rule = Republished.at(blocks, i, republished);
      Head h = rule != null ? rule : titleOnlyHead(blocks, i, heads);
      if (h != null
          && rule == null // a republished rule is named inside its decision, yet stands apart
          && h.titleFrom() >= 0
          && Heads.enclosedByPrevious(
              blocks, heads, h.titleFrom(), joinFold(blocks, h.titleFrom(), h.titleTo()))) {
        h = null; // the document a 批转/印发 notice before it encloses
      }
      if (h != null && !Heads.overlaps(heads, h)) {
        heads.put(h.first(), h);
      }
    }
    if (toc != null) {
      TocHeads.add(blocks, toc, heads);
    }
    List<Head> out = new ArrayList<>(heads.values());
    out.sort(Comparator.comparingInt(Head::first));
    out.removeIf(h -> afterDateOnItsLine(blocks, h));
    return out;
  }

  /**
   * A head on a flattened line after that line's 附件说明 or signature date: a title cited in the
   * attachment list or the 版记 of the page's one document, never a document of its own.
   */
  private static boolean afterDateOnItsLine(List<Block> blocks, Head h) {
    int line = blocks.get(h.first()).startLine();
    for (int k = h.first() - 1; k >= 0 && blocks.get(k).startLine() == line; k--) {
      if (Dates.onlyDateIso(blocks.get(k).text()) != null
          || Patterns.ATTACHMENT.matcher(blocks.get(k).folded()).matches()) {
        return true;
      }
    }
    return false;
  }

  /** Title blocks above the 字号 block {@code n}, with the issuer line above them. */
  private Head headAbove(List<Block> blocks, int n, int lowerBound) {
    int end =
        n; // past the title: a saved page's widgets (time stamp, 字体：小 | 中 | 大) may stand below it
    while (end - 1 >= lowerBound
        && n - end < WIDGET_REACH
        && IssuePatterns.isPageWidget(blocks.get(end - 1).folded())) {
      end--;
    }
    int j = end - 1;
    int from = end;
    boolean started = false;
    int chars = 0;
    while (j >= lowerBound && end - j <= MAX_TITLE_BLOCKS) {
      Block b = blocks.get(j);
      String f = b.folded();
      if (!b.titleLike() || j < end - 1 && Block.fieldValue(blocks, j, lowerBound)) {
        break;
      }
      chars += f.length();
      if (chars > MAX_TITLE_CHARS) {
        break;
      }
      if (Patterns.isOrgLine(f)) {
        if (from == end) {
          from = j;
        }
        int top = j;
        while (from != j
            && top - 1 >= lowerBound
            && j - top + 1 < MAX_ISSUER_LINES
            && Patterns.isOrgLine(blocks.get(top - 1).folded())) {
          top--; // a joint document: one issuer a line
        }
        return new Head(top, top, from == j ? j : from, end - 1, n, n + 1);
      }
      from = j;
      if (f.contains("关于")) {
        started = true;
        break;
      }
      j--;
    }
    if (from == end
        || (!started && Patterns.MASTHEAD.matcher(joinFold(blocks, from, end - 1)).matches())
        || end < n && !Patterns.isCompleteTitle(joinFold(blocks, from, end - 1))) {
      return null;
    }
    boolean bracketed =
        blocks.get(n).folded().startsWith("(") || blocks.get(n).folded().startsWith("（");
    if (bracketed && !Patterns.isCompleteTitle(joinFold(blocks, from, end - 1))) {
      return null;
    }
    int issuer = -1;
    // Issuer lines above the title; a joint document has one per organ.
    while (started
        && from - 1 - (issuer < 0 ? 0 : from - issuer) >= lowerBound
        && (issuer < 0 ? 0 : from - issuer) < MAX_ISSUER_LINES) {
      int k = issuer < 0 ? from - 1 : issuer - 1;
      if (!Patterns.isOrgLine(blocks.get(k).folded())) {
        break;
      }
      issuer = k;
    }
    if (!started && end - from > 2) {
      from = end - 2;
    }
    return new Head(issuer >= 0 ? issuer : from, issuer, from, end - 1, n, n + 1);
  }

  /** A head under a bare 附件 / 附： label is what it attaches, inside the document above. */
  private static boolean underBareLabel(List<Block> blocks, int i) {
    return i > 0 && Patterns.ATTACHMENT_BARE.matcher(blocks.get(i - 1).folded()).matches();
  }

  private static boolean completeTitle(List<Block> blocks, Head h) {
    String t = joinFold(blocks, h.titleFrom(), h.titleTo());
    return t.contains("关于") || Patterns.isCompleteTitle(t);
  }

  /**
   * Heads without a 字号: an order ({@code 山西省人民政府令 / 第305号}), a report title with its subtitle, a
   * 关于… title followed by 主送, or a complete 关于… title right after the previous document's signature
   * (date or 附注).
   */
  private Head titleOnlyHead(List<Block> blocks, int i, TreeMap<Integer, Head> heads) {
    Block b = blocks.get(i);
    String f = b.folded();
    if (!b.mayHead()) {
      return null;
    }
    if (Patterns.TITLE_WITH_NUMBER.matcher(f).matches()
        && !Patterns.BODY_OPENER.matcher(f).matches()
        && Patterns.isCompleteTitle(f.substring(0, DocNumbers.start(f)).replaceAll("[(（]$", ""))) {
      return new Head(issuer(blocks, i) >= 0 ? i - 1 : i, issuer(blocks, i), i, i, i, i + 1);
    }
    Head order = Heads.order(blocks, i, heads);
    if (order != null) {
      return order;
    }
    if (Heads.leadsFrontText(blocks, i, heads, f)) {
      return new Head(i, -1, i, i, -1, i + 1);
    }
    boolean afterSignature = i > 0 && endsSignature(blocks.get(i - 1).folded());
    int issuer = i > 0 && Patterns.isOrgLine(blocks.get(i - 1).folded()) ? i - 1 : -1;
    for (int end = i; end < Math.min(blocks.size() - 1, i + MAX_TITLE_BLOCKS); end++) {
      Block t = blocks.get(end);
      if (!t.titleLike()) {
        return null;
      }
      String joined = joinFold(blocks, i, end);
      String next = blocks.get(end + 1).folded();
      String subtitle = blocks.get(Block.pastWidgets(blocks, end + 1, blocks.size() - 1)).folded();
      boolean titled =
          (Patterns.endsLikeTitle(joined) || Patterns.isCompleteTitle(joined))
              && joined.length() <= MAX_TITLE_CHARS; // also …的通知（2007）
      if (titled
          && Patterns.REPORT_SUBTITLE.matcher(subtitle).matches()
          && Dates.findIso(subtitle) != null) {
        // a breadcrumb's last item (省政府工作报告) or a column's name (要闻) over the title is no
        // part of it
        return end > i
                && (Patterns.isCompleteTitle(f) || f.length() <= CRUMB)
                && Patterns.isCompleteTitle(t.folded())
            ? null
            : new Head(issuer >= 0 ? issuer : i, issuer, i, end, -1, end + 1);
      }
      if (titled
          && (joined.contains("关于") || Patterns.SPEECH_TITLE.matcher(joined).matches())
          && speechDateFollows(blocks, end + 1)) {
        return new Head(i, -1, i, end, -1, end + 1);
      }
      // A wrapped 关于 title starts with its 关于 line or the issuer's name, not with stray words.
      boolean startsWell =
          end == i
              || blocks.get(i).folded().contains("关于")
              || Patterns.isOrgLine(blocks.get(i).folded());
      if ((titled || end == i && Character.isIdeographic(f.codePointAt(0))) // 敦促…投降书 / its date
          && startsWell
          && (Patterns.DATE_LINE.matcher(next).matches()
              || Patterns.ADOPTION_NOTE.matcher(next).matches() && Dates.findIso(next) != null)) {
        return new Head(i, -1, i, end, -1, end + 1); // dated under the title, or adopted (…通过）
      }
      if (titled
          && startsWell
          && (joined.contains("关于") || Patterns.ENCLOSING.matcher(joined).matches())
          && Patterns.isRecipients(next)) { // …办公厅转发…领导小组的一个报告 / 各省、市…：
        return new Head(issuer >= 0 ? issuer : i, issuer, i, end, -1, end + 1);
      }
      boolean issuedTitle =
          Patterns.ISSUED_TITLE.matcher(joined).matches()
              && !Heads.enclosedByPrevious(blocks, heads, i, joined);
      // 稷山县人民政府 / 关于…的通告, or 稷山县人民政府关于…的通告 on one line after a finished paragraph.
      boolean standsAlone =
          issuer >= 0
              || (Patterns.ISSUER_THEN_ABOUT.matcher(joined).matches()
                  && i > 0
                  && blocks.get(i - 1).folded().endsWith("。"));
      if (issuedTitle && standsAlone && !blocks.get(end + 1).titleLike()) {
        return new Head(issuer >= 0 ? issuer : i, issuer, i, end, -1, end + 1);
      }
      if (afterSignature && issuedTitle) {
        return new Head(i, -1, i, end, -1, end + 1);
      }
    }
    return null;
  }

  /**
   * {@code （2023年1月5日）} within the two blocks after a speech title (a speaker line may come first).
   */
  private static boolean speechDateFollows(List<Block> blocks, int k) {
    for (int j = k; j < Math.min(blocks.size(), k + 2); j++) {
      if (Patterns.DATE_LINE.matcher(blocks.get(j).folded()).matches()) {
        return true;
      }
    }
    return false;
  }

  private static int issuer(List<Block> blocks, int i) {
    return i > 0 && Patterns.isOrgLine(blocks.get(i - 1).folded()) ? i - 1 : -1;
  }

  private static boolean endsSignature(String f) {
    return Patterns.NOTE.matcher(f).matches() || Dates.onlyDateIso(f) != null;
  }

  static String joinFold(List<Block> blocks, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k <= to; k++) {
      sb.append(blocks.get(k).folded());
    }
    return sb.toString();
  }

  /** Longest name of a site's column in a breadcrumb ({@code 云南要闻}, {@code 政务公开}). */
  private static final int CRUMB = 6;
}
