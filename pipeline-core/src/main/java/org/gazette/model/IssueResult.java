package org.gazette.model;

import java.util.List;

/**
 * Everything parsed from one gazette issue: the output contract.
 *
 * @param source where the input came from
 * @param gazette issue metadata
 * @param frontMatter cover, masthead and editorial notes before the TOC/documents, or null
 * @param backMatter colophon after the last document, or null
 * @param toc the table of contents, or null
 * @param furniture lines removed as page furniture
 * @param documents the issue's documents in order
 * @param diagnostics problems noticed on the way
 * @param pages the pages of a PDF input (text source, label, OCR confidence), or null for TXT
 */
public record IssueResult(
    SourceInfo source,
    GazetteInfo gazette,
    Span frontMatter,
    Span backMatter,
    Toc toc,
    List<Furniture> furniture,
    List<Document> documents,
    List<Diagnostic> diagnostics,
    List<PageInfo> pages) {
  public IssueResult {
    furniture = List.copyOf(furniture);
    documents = List.copyOf(documents);
    diagnostics = List.copyOf(diagnostics);
    pages = pages == null ? null : List.copyOf(pages);
  }

  /**
   * This result with {@code first} (e.g. what went wrong reading the input) before its diagnostics.
   */
  public IssueResult withLeadingDiagnostics(List<Diagnostic> first) {
    return first.isEmpty() ? this : withDiagnostics(first, diagnostics);
  }

  /** This result with {@code more} after its diagnostics. */
  public IssueResult withMoreDiagnostics(List<Diagnostic> more) {
    return more.isEmpty() ? this : withDiagnostics(diagnostics, more);
  }

  private IssueResult withDiagnostics(List<Diagnostic> before, List<Diagnostic> after) {
    List<Diagnostic> all = new java.util.ArrayList<>(before);
    all.addAll(after);
    return new IssueResult(
        source, gazette, frontMatter, backMatter, toc, furniture, documents, all, pages);
  }

  /** This result with {@code docs} as its documents. */
  public IssueResult withDocuments(List<Document> docs) {
    return new IssueResult(
        source, gazette, frontMatter, backMatter, toc, furniture, docs, diagnostics, pages);
  }
}
