package org.gazette.assemble;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazette.furniture.Stripped;
import org.gazette.model.Diagnostic;
import org.gazette.model.Document;
import org.gazette.model.IssueResult;
import org.gazette.model.PageInfo;
import org.gazette.model.RawText;
import org.gazette.model.SourceInfo;
import org.gazette.model.Span;
import org.gazette.model.Toc;
import org.gazette.model.TocEntry;
import org.gazette.segment.IssueLayout;
import org.gazette.structure.DocumentParser.Parsed;

/**
 * The last stage before validation: puts the parsed documents into their issue. It matches TOC
 * entries to documents (the body wins; mismatches become diagnostics), assigns each document its
 * section, maps line spans to PDF pages and their printed labels, and orders the diagnostics by
 * line.
 */
public final class IssueAssembler {
  private IssueAssembler() {}

  /**
   * The issue made of the results of the earlier stages.
   *
   * @param source where the input came from
   * @param raw the input's lines (and pages, for PDF input)
   * @param stripped the furniture stage's result
   * @param layout the segmentation stage's result
   * @param parsed each document as parsed, in order
   */
  public static IssueResult assemble(
      SourceInfo source, RawText raw, Stripped stripped, IssueLayout layout, List<Parsed> parsed) {
    List<Diagnostic> diagnostics = new ArrayList<>(layout.diagnostics());
    List<Document> docs = new ArrayList<>();
    for (Parsed p : parsed) {
      docs.add(p.document());
      diagnostics.addAll(p.diagnostics());
    }
    Toc toc = layout.toc();
    Map<String, TocEntry> tocByDoc = new HashMap<>();
    if (toc != null) {
      toc = TocReconciler.reconcile(toc, docs, tocByDoc, diagnostics, d -> readByOcr(raw, d));
    }
    docs = Categories.assign(docs, tocByDoc, stripped.furniture());
    if (raw.linePages() != null) {
      docs = docs.stream().map(d -> d.withSourceSpan(paged(raw, d.sourceSpan()))).toList();
      checkTocPages(toc, docs, diagnostics);
    }
    Cover cover = Cover.of(raw, stripped.furniture(), layout.frontMatter(), toc, docs);
    diagnostics.sort(Comparator.comparing(d -> d.line() == null ? 0 : d.line()));
    if (raw.linePages() != null) {
      diagnostics.replaceAll(d -> d.line() == null ? d : d.withPage(raw.pageOf(d.line())));
    }
    return new IssueResult(
        source,
        stripped.gazette(),
        cover.frontMatter(),
        layout.backMatter(),
        toc,
        cover.furniture(),
        docs,
        diagnostics,
        raw.pages());
  }

  /**
   * For PDFs, a TOC page is a printed label: it should be the label of its document's first page.
   */
  private static void checkTocPages(Toc toc, List<Document> docs, List<Diagnostic> diagnostics) {
    if (toc == null) {
      return;
    }
    for (TocEntry e : toc.entries()) {
      if (e.page() == null || e.matchedDocument() == null) {
        continue;
      }
      for (Document d : docs) {
        String label = d.sourceSpan().startPageLabel();
        if (d.id().equals(e.matchedDocument())
            && label != null
            && !label.equals(String.valueOf(e.page()))) {
          diagnostics.add(
              Diagnostic.warning(
                  "toc-page-differs",
                  "TOC says page "
                      + e.page()
                      + " for "
                      + d.id()
                      + ", which starts on the page labelled "
                      + label,
                  e.line()));
        }
      }
    }
  }

  private static boolean readByOcr(RawText raw, Document d) {
    Integer page = raw.pageOf(d.sourceSpan().startLine());
    return page != null
        && raw.pages() != null
        && raw.pages().get(page - 1).textSource() == PageInfo.TextSource.OCR;
  }

  private static Span paged(RawText raw, Span s) {
    Integer first = raw.pageOf(s.startLine());
    Integer last = raw.pageOf(s.endLine());
    return s.withPages(first, last, raw.labelOf(first), raw.labelOf(last));
  }
}
