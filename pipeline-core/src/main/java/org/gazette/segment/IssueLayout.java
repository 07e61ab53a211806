package org.gazette.segment;

import java.util.List;
import org.gazette.layout.Block;
import org.gazette.model.Diagnostic;
import org.gazette.model.Span;
import org.gazette.model.Toc;

/**
 * The segmentation stage's result: where the front matter, each document and the back matter stand.
 *
 * @param toc the issue's TOC, or null
 * @param blocks the body blocks up to the back matter (documents are runs of these)
 * @param heads each document's head, in order; document {@code k} runs from {@code heads[k].first}
 *     to the next head (or the end of {@code blocks})
 * @param frontMatter the cover and masthead before the TOC or the first document, or null
 * @param backMatter the colophon after the last document, or null
 * @param diagnostics what was odd about the segmentation
 * @param pageHead what a web page's or crawler's header above the body gives its document
 */
public record IssueLayout(
    Toc toc,
    List<Block> blocks,
    List<Head> heads,
    Span frontMatter,
    Span backMatter,
    List<Diagnostic> diagnostics,
    PageHead pageHead) {
  public IssueLayout {
    blocks = List.copyOf(blocks);
    heads = List.copyOf(heads);
    diagnostics = List.copyOf(diagnostics);
  }

  /**
   * What a page header gives its document.
   *
   * @param title the title ({@code # 关于…}, {@code 标题：关于…}), or null; a head with no title block of
   *     its own ({@link Head#titleFrom} -1) takes it
   * @param docNumber the 字号 a field gives ({@code 文号：某政发〔2024〕3号}), or null; the page's one
   *     document takes it when its text prints none
   * @param date the date a field gives ({@code 日期：1951-1-17}) as ISO, or null; the year of a
   *     signature dated by month and day only comes from it
   */
  public record PageHead(PageField title, PageField docNumber, PageField date) {}

  /**
   * A value a page header above the body gives its document (title, 字号).
   *
   * @param text the value, whitespace and field key removed
   * @param span the header line(s) it stands on
   */
  public record PageField(String text, Span span) {}

  /** Index of the first block after document {@code k}. */
  public int endOf(int k) {
    return k + 1 < heads.size() ? heads.get(k + 1).first() : blocks.size();
  }
}
