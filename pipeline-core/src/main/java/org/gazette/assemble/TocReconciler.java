package org.gazette.assemble;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazette.model.Diagnostic;
import org.gazette.model.DocNumber;
import org.gazette.model.Document;
import org.gazette.model.Toc;
import org.gazette.model.TocEntry;
import org.gazette.text.DocNumbers;
import org.gazette.text.Titles;

/**
 * Matches TOC entries to the documents found in the body, by 字号 first and title second. The body
 * wins: an entry without a document and a document without an entry become warnings.
 */
final class TocReconciler {
  private TocReconciler() {}

  static Toc reconcile(
      Toc toc, List<Document> docs, Map<String, TocEntry> tocByDoc, List<Diagnostic> diagnostics) {
    return reconcile(toc, docs, tocByDoc, diagnostics, d -> false);
  }

  /**
   * As above; for documents {@code ocr} accepts (read by OCR), a 字号 that differs from its TOC
   * entry's in one character of the abbreviation only is taken from the TOC (OCR read the two
   * independently; 各政发〔2022〕20号 in the body, 稷政发〔2022〕20号 in the TOC), with a diagnostic. The list
   * is updated.
   */
  static Toc reconcile(
      Toc toc,
      List<Document> docs,
      Map<String, TocEntry> tocByDoc,
      List<Diagnostic> diagnostics,
      java.util.function.Predicate<Document> ocr) {
    List<TocEntry> entries = new ArrayList<>();
    Set<String> matched = new HashSet<>();
    for (TocEntry e : toc.entries()) {
      Document hit = null;
      for (Document d : docs) {
        if (!matched.contains(d.id())
            && e.docNumber() != null
            && e.docNumber().equals(d.docNumber())) {
          hit = d;
          break;
        }
      }
      if (hit == null) {
        for (Document d : docs) {
          if (!matched.contains(d.id())
              && Titles.same(Titles.loose(e.title()), Titles.loose(d.title()))) {
            hit = d;
            break;
          }
        }
      }
      if (hit == null) {
        diagnostics.add(
            Diagnostic.warning(
                "toc-entry-not-found", "TOC entry not found in the body: " + e.title(), e.line()));
        entries.add(e);
        continue;
      }
      matched.add(hit.id());
      if (ocr.test(hit) && oneCharApart(e.docNumber(), hit)) {
        DocNumber listed = DocNumbers.whole(e.docNumber());
        // The TOC's parts, the body's reading kept as the raw text beside them.
        String read = hit.docNumberParts() != null ? hit.docNumberParts().raw() : hit.docNumber();
        DocNumber fixed = new DocNumber(listed.prefix(), listed.year(), listed.serial(), read);
        Document repaired = hit.withDocNumber(fixed);
        docs.set(docs.indexOf(hit), repaired);
        diagnostics.add(
            Diagnostic.info(
                "docnumber-from-toc",
                hit.id()
                    + ": OCR read "
                    + hit.docNumber()
                    + ", the TOC "
                    + e.docNumber()
                    + "; the TOC's is taken, the reading kept in docNumberParts.raw",
                hit.sourceSpan().startLine()));
        hit = repaired;
      }
      TocEntry m = e.withMatchedDocument(hit.id());
      tocByDoc.put(hit.id(), m);
      entries.add(m);
      if (!Titles.same(Titles.loose(e.title()), Titles.loose(hit.title()))) {
        diagnostics.add(
            Diagnostic.info(
                "toc-title-differs",
                "TOC title differs from the body title of " + hit.id() + ": " + e.title(),
                e.line()));
      }
    }
    for (Document d : docs) {
      if (!matched.contains(d.id())) {
        diagnostics.add(
            Diagnostic.warning(
                "document-not-in-toc",
                d.id() + " is not in the TOC: " + d.title(),
                d.sourceSpan().startLine()));
      }
    }
    return new Toc(toc.startLine(), toc.endLine(), entries);
  }

  /** Same year and serial, abbreviations of one length that differ in one character. */
  private static boolean oneCharApart(String tocNumber, Document d) {
    DocNumber t = tocNumber == null ? null : DocNumbers.whole(tocNumber);
    DocNumber b = d.docNumberParts();
    if (t == null
        || b == null
        || t.yearFirst()
        || b.yearFirst()
        || t.year() != b.year()
        || t.serial() != b.serial()
        || t.prefix().length() != b.prefix().length()
        || t.prefix().equals(b.prefix())) {
      return false;
    }
    int diff = 0;
    for (int i = 0; i < t.prefix().length(); i++) {
      diff += t.prefix().charAt(i) == b.prefix().charAt(i) ? 0 : 1;
    }
    return diff == 1;
  }
}
