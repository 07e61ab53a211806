package org.gazette.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gazette.model.Document;
import org.gazette.model.Furniture;
import org.gazette.model.RawText;
import org.gazette.model.Span;
import org.gazette.model.Toc;

/**
 * An issue's cover and title page. They repeat the gazette's name and issue label, so the furniture
 * stage takes their lines for running headers; standing before the TOC (or, without one, before the
 * first document) they are front matter instead. In a PDF, a line on the first document's own page
 * stays furniture: it is that page's running header; a section banner ({@code 【市政府文件】}) stays
 * furniture too, it heads the section the first document opens.
 *
 * @param furniture the furniture lines that are page furniture indeed
 * @param frontMatter the front matter, extended over the cover lines taken back from the furniture
 */
record Cover(List<Furniture> furniture, Span frontMatter) {

  static Cover of(
      RawText raw, List<Furniture> furniture, Span front, Toc toc, List<Document> docs) {
    if (docs.isEmpty()) {
      return new Cover(furniture, front);
    }
    int firstDoc = docs.get(0).sourceSpan().startLine();
    int limit = toc != null ? toc.startLine() : firstDoc;
    Integer firstDocPage = raw.pageOf(firstDoc);
    List<Furniture> kept = new ArrayList<>();
    int coverEnd = 0;
    for (Furniture f : furniture) {
      boolean onDocPage =
          firstDocPage != null && Objects.equals(raw.pageOf(f.line()), firstDocPage);
      if (f.line() < limit
          && f.glued() == null
          && f.kind() != Furniture.Kind.BANNER
          && !onDocPage) {
        coverEnd = Math.max(coverEnd, f.line());
      } else {
        kept.add(f);
      }
    }
    if (coverEnd == 0) {
      return new Cover(furniture, front);
    }
    int end = front == null ? coverEnd : Math.max(front.endLine(), coverEnd);
    return new Cover(List.copyOf(kept), new Span(1, end));
  }
}
