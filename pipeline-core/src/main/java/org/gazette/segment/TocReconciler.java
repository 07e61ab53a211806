package org.gazette.segment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazette.model.Diagnostic;
import org.gazette.model.Document;
import org.gazette.model.Toc;
import org.gazette.model.TocEntry;

/**
 * Matches TOC entries to the documents found in the body, by 字号 first and title second. The body
 * wins: an entry without a document and a document without an entry become warnings.
 */
final class TocReconciler {
  private TocReconciler() {}

  static Toc reconcile(Toc toc, List<Document> docs, Map<String, TocEntry> tocByDoc, List<Diagnostic> diagnostics) {
    List<TocEntry> entries = new ArrayList<>();
    Set<String> matched = new HashSet<>();
    for (TocEntry e : toc.entries()) {
      Document hit = null;
      for (Document d : docs) {
        if (!matched.contains(d.id()) && e.docNumber() != null && e.docNumber().equals(d.docNumber())) {
          hit = d;
          break;
        }
      }
      if (hit == null) {
        for (Document d : docs) {
          if (!matched.contains(d.id()) && Titles.same(Titles.loose(e.title()), Titles.loose(d.title()))) {
            hit = d;
            break;
          }
        }
      }
      if (hit == null) {
        diagnostics.add(Diagnostic.warning("toc-entry-not-found",
            "TOC entry not found in the body: " + e.title(), e.line()));
        entries.add(e);
        continue;
      }
      matched.add(hit.id());
      TocEntry m = e.withMatchedDocument(hit.id());
      tocByDoc.put(hit.id(), m);
      entries.add(m);
      if (!Titles.same(Titles.loose(e.title()), Titles.loose(hit.title()))) {
        diagnostics.add(Diagnostic.info("toc-title-differs",
            "TOC title differs from the body title of " + hit.id() + ": " + e.title(), e.line()));
      }
    }
    for (Document d : docs) {
      if (!matched.contains(d.id())) {
        diagnostics.add(Diagnostic.warning("document-not-in-toc",
            d.id() + " is not in the TOC: " + d.title(), d.sourceSpan().startLine()));
      }
    }
    return new Toc(toc.startLine(), toc.endLine(), entries);
  }
}
