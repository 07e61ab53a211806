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
 */
public record IssueLayout(
    Toc toc,
    List<Block> blocks,
    List<Head> heads,
    Span frontMatter,
    Span backMatter,
    List<Diagnostic> diagnostics) {
  public IssueLayout {
    blocks = List.copyOf(blocks);
    heads = List.copyOf(heads);
    diagnostics = List.copyOf(diagnostics);
  }

  /** Index of the first block after document {@code k}. */
  public int endOf(int k) {
    return k + 1 < heads.size() ? heads.get(k + 1).first() : blocks.size();
  }
}
