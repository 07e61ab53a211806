package org.gazette.segment;

import java.util.ArrayList;
import java.util.List;
import org.gazette.layout.Block;
import org.gazette.model.Diagnostic;
import org.gazette.model.SourceLine;
import org.gazette.model.Span;
import org.gazette.model.Toc;
import org.gazette.text.DocNumbers;
import org.gazette.text.Label;
import org.gazette.text.Patterns;
import org.gazette.text.Titles;

/**
 * Lays out an issue's body: the colophon at the end (back matter), the document heads, and the
 * front matter before the TOC or the first document.
 */
public final class IssueSegmenter {
  private IssueSegmenter() {}

  /**
   * Segments {@code all}, the reflowed body blocks of an issue whose raw lines are {@code lines}.
   *
   * @param lines every raw line of the input (for the front matter's extent)
   * @param toc the TOC, or null
   * @param all the body's blocks, in order
   */
  public static IssueLayout segment(List<SourceLine> lines, Toc toc, List<Block> all) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    int back = BackMatter.start(all);
    int lead = PageHeader.end(all.subList(0, back));
    List<Block> blocks = all.subList(lead, back);
    List<Head> heads = new ArrayList<>(new Segmenter().segment(blocks, toc));
    IssueLayout.PageField pageTitle = PageHeader.title(all.subList(0, lead));
    if (heads.isEmpty() && !blocks.isEmpty()) {
      int t = HeadlessTitle.first(blocks, pageTitle);
      if (t < 0 && pageTitle != null) {
        // A web export whose body starts at the 字号 or the 主送: its title is the page's.
        int number = leadingNumber(blocks);
        heads.add(new Head(0, -1, -1, -1, number, number + 1));
        diagnostics.add(
            Diagnostic.info(
                "title-from-page-header",
                "the body has no title: the page header's title (line "
                    + pageTitle.span().startLine()
                    + ") is the document's",
                blocks.get(0).startLine()));
      } else if (t < 0 && Titles.prose(blocks.get(0).folded())) {
        // running text from the first line (a news release, a pasted paragraph): no title to take
        diagnostics.add(
            Diagnostic.warning(
                "no-document-head",
                "no title or 发文字号 found and the first line is running text: the whole body is"
                    + " one document, its title left empty",
                blocks.get(0).startLine()));
        heads.add(new Head(0, -1, -1, -1, -1, 0));
      } else {
        // the page header's title printed again is a head, no warning
        if (t < 0 || !HeadlessTitle.pageTitleAgain(blocks.get(t), pageTitle)) {
          diagnostics.add(
              Diagnostic.warning(
                  "no-document-head",
                  "no title or 发文字号 found: the whole body is taken as one document",
                  blocks.get(0).startLine()));
        }
        t = Math.max(t, 0);
        if (t + 1 < blocks.size()
            && Patterns.ATTACHMENT_BARE.matcher(blocks.get(t).folded()).matches()
            && blocks.get(t + 1).titleLike()) {
          t++; // an attachment published on its own: 附件1 / its title
        }
        int to = HeadlessTitle.end(blocks, t);
        heads.add(new Head(0, -1, t, to, -1, to + 1));
      }
    }
    if (toc == null && !heads.isEmpty() && heads.get(0).first() > 0) {
      Head cover = enclosingAbove(blocks, heads.get(0), pageTitle);
      Head lead0 = documentBefore(blocks, heads.get(0).first());
      if (cover == null
          && lead0 != null
          && heads.get(0).titleFrom() >= 0
          && HandedOver.byName(
              blocks,
              lead0.after(),
              heads.get(0).first(),
              Segmenter.joinFold(blocks, heads.get(0).titleFrom(), heads.get(0).titleTo()))) {
        cover = lead0; // 中共某省委通知 / …省委同意…《关于…的报告》… / 关于…的报告: one document
      }
      if (cover != null) {
        heads.set(0, cover); // the first head found is what the notice above it hands over
      } else if (lead0 != null) {
        heads.add(0, lead0);
      }
    }
    if (toc == null && !heads.isEmpty()) {
      Heads.articleTitle(blocks, heads);
    }
    heads.replaceAll(h -> withEdition(blocks, h));
    Span front =
        frontMatter(lines, toc, blocks, heads, lead == 0 ? 0 : all.get(lead - 1).endLine());
    if (!heads.isEmpty() && heads.get(0).first() > 0 && toc != null) {
      diagnostics.add(
          Diagnostic.warning(
              "text-before-first-document",
              "text between the TOC and the first document is kept in the first document",
              blocks.get(0).startLine()));
      Head h = heads.get(0);
      heads.set(0, new Head(0, h.issuer(), h.titleFrom(), h.titleTo(), h.number(), h.after()));
    }
    Span backMatter =
        back < all.size()
            ? new Span(all.get(back).startLine(), all.get(all.size() - 1).endLine())
            : null;
    IssueLayout.PageField pageNumber =
        heads.size() == 1 ? PageHeader.docNumber(all.subList(0, lead)) : null;
    IssueLayout.PageField pageDate =
        heads.size() == 1 ? PageHeader.date(all.subList(0, lead)) : null;
    return new IssueLayout(
        toc,
        blocks,
        heads,
        front,
        backMatter,
        diagnostics,
        new IssueLayout.PageHead(pageTitle, pageNumber, pageDate));
  }

  /** Blocks above the first head searched for the 批转 notice that encloses it. */
  private static final int COVER_REACH = 5;

  /**
   * The head of an unsigned 批转/印发 notice printed right above {@code first}, the head of the
   * document it hands over ({@code 中央批转某部关于…的请示} / 批示 / {@code 某部关于…的请示} / {@code （一九七九年三月二十八日）}),
   * or null: the page header's title printed again at the body's start when it names the title of
   * {@code first}, whatever stands between (a telegram's reception form: 授电者, 总号, 摘由), else the
   * nearest complete title above that names it. The document starts there and {@code first} is its
   * enclosure.
   */
  private static Head enclosingAbove(
      List<Block> blocks, Head first, IssueLayout.PageField pageTitle) {
    if (first.titleFrom() < 0) {
      return null;
    }
    String title = Segmenter.joinFold(blocks, first.titleFrom(), first.titleTo());
    if (Patterns.ENCLOSING.matcher(title).matches()) {
      return null; // a 印发 notice's own head under its page title is no enclosure
    }
    if (HeadlessTitle.pageTitleAgain(blocks.get(0), pageTitle)
        && Heads.names(Titles.loose(blocks.get(0).folded()), title)) {
      return new Head(0, -1, 0, 0, -1, 1);
    }
    for (int k = first.first() - 1; k >= Math.max(0, first.first() - COVER_REACH); k--) {
      Block b = blocks.get(k);
      if (b.titleLike()
          && Patterns.isCompleteTitle(b.folded())
          && Heads.names(Titles.loose(b.folded()), title)) {
        return new Head(k, -1, k, k, -1, k + 1);
      }
    }
    return null;
  }

  /** Blocks of running text that make the text before the first head a document, not a cover. */
  private static final int BODY_BLOCKS = 3;

  /**
   * A document in the text before the first head found ({@code end}), when that text has a body (a
   * few sentences, or chapters and articles) under a complete title in its first blocks: a law
   * printed with its own contents at the start of a text, whose head the rules above do not know.
   */
  private static Head documentBefore(List<Block> blocks, int end) {
    int title = -1;
    for (int k = 0; k < Math.min(LEAD_REACH, end); k++) {
      if (blocks.get(k).titleLike() && Patterns.isCompleteTitle(blocks.get(k).folded())) {
        title = k;
        break;
      }
    }
    if (title < 0) {
      return null;
    }
    int sentences = 0;
    for (int k = title + 1; k < end; k++) {
      Label l = Label.parse(blocks.get(k).firstRaw(), false);
      if (l != null && l.style().structural()) {
        return new Head(0, -1, title, title, -1, title + 1);
      }
      if (blocks.get(k).folded().endsWith("。") && ++sentences >= BODY_BLOCKS) {
        return new Head(0, -1, title, title, -1, title + 1);
      }
    }
    return null;
  }

  /**
   * Blocks at the start of a body that may stand before its title or 字号: page chrome (附件：, a link
   * line, a rule) or an issuer's lines.
   */
  private static final int LEAD_REACH = 5;

  /** The block of the 字号 a web export's body starts with, after any chrome above it, or -1. */
  private static int leadingNumber(List<Block> blocks) {
    for (int k = 0; k < Math.min(LEAD_REACH, blocks.size()); k++) {
      String f = blocks.get(k).folded();
      if (DocNumbers.whole(blocks.get(k).text()) != null) {
        return k;
      }
      if (f.endsWith("。") || Patterns.isRecipients(f)) { // the body has begun
        return -1;
      }
    }
    return -1;
  }

  /**
   * {@code h} with the edition printed in brackets on the line under its title ({@code （试行第九版）},
   * {@code （2022年版）}, {@code （征求意见稿）}) as the title's last line.
   */
  private static Head withEdition(List<Block> blocks, Head h) {
    int next = h.titleTo() + 1;
    if (h.titleFrom() < 0
        || h.number() >= 0
        || h.after() != next
        || next >= blocks.size()
        || !Patterns.EDITION.matcher(blocks.get(next).folded()).matches()) {
      return h;
    }
    return new Head(h.first(), h.issuer(), h.titleFrom(), next, -1, next + 1);
  }

  /**
   * The cover, masthead or page header before the TOC or the first document.
   *
   * @param pageHeaderEnd last line of a web page's metadata header above the body, or 0
   */
  private static Span frontMatter(
      List<SourceLine> lines, Toc toc, List<Block> blocks, List<Head> heads, int pageHeaderEnd) {
    int end;
    if (toc != null) {
      end = toc.startLine() - 1;
    } else if (!heads.isEmpty() && heads.get(0).first() > 0) {
      Block before = blocks.get(heads.get(0).first() - 1);
      int headLine = blocks.get(heads.get(0).first()).startLine();
      // Pieces of one flattened line may stand before the head: that line is the document's.
      end = before.endLine() < headLine ? before.endLine() : headLine - 1;
    } else if (pageHeaderEnd > 0) {
      end = pageHeaderEnd;
    } else {
      return null;
    }
    while (end >= 1 && lines.get(end - 1).isBlank()) {
      end--;
    }
    return end >= 1 ? new Span(1, end) : null;
  }
}
