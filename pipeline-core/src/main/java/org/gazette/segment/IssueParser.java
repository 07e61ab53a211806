package org.gazette.segment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gazette.StageClock;
import org.gazette.furniture.FurnitureDetector;
import org.gazette.layout.Block;
import org.gazette.layout.Reflower;
import org.gazette.model.Diagnostic;
import org.gazette.model.Document;
import org.gazette.model.Furniture;
import org.gazette.model.GazetteInfo;
import org.gazette.model.IssueResult;
import org.gazette.model.SourceInfo;
import org.gazette.model.SourceLine;
import org.gazette.model.Span;
import org.gazette.model.Toc;
import org.gazette.model.TocEntry;
import org.gazette.read.RawText;
import org.gazette.structure.DocumentParser;
import org.gazette.toc.TocParser;

/**
 * Parses a whole issue from its raw lines: TOC and metadata first, then furniture, reflow,
 * segmentation and each document's parse, and finally TOC reconciliation and sections. Stateless
 * and thread-safe: every call builds its own stage objects.
 */
public final class IssueParser {

  /** Parses {@code raw}; {@code source} describes where it came from. */
  public IssueResult parse(RawText raw, SourceInfo source) {
    return parse(raw, source, StageClock.NONE);
  }

  /** Parses {@code raw}, reporting the end of each stage to {@code clock}. */
  public IssueResult parse(RawText raw, SourceInfo source, StageClock clock) {
    List<SourceLine> lines = raw.lines();
    List<Diagnostic> diagnostics = new ArrayList<>();
    Toc toc = new TocParser().parse(lines);
    int bodyFrom = toc == null ? 0 : toc.endLine();
    MetadataScanner meta = new MetadataScanner();
    GazetteInfo cover = meta.fromCover(lines, toc == null ? lines.size() : toc.startLine());
    List<Furniture> furniture =
        merge(raw, new FurnitureDetector().detect(lines, bodyFrom, cover.name()));
    GazetteInfo gazette = cover.orElse(meta.fromHeaders(furniture));
    clock.lap("furniture");

    Set<Integer> furnitureLines = new HashSet<>();
    furniture.forEach(f -> furnitureLines.add(f.line()));
    List<SourceLine> body =
        lines.subList(bodyFrom, lines.size()).stream()
            .filter(l -> !furnitureLines.contains(l.number()))
            .toList();
    List<Block> all = new Reflower().reflow(body, raw::displayOf);
    if (raw.displayLines() != null) {
      all = all.stream().map(b -> b.withDisplay(raw.displayOf(b.startLine()))).toList();
    }
    clock.lap("reflow");
    int back = BackMatter.start(all);
    List<Block> blocks = all.subList(0, back);
    List<Head> heads = new ArrayList<>(new Segmenter().segment(blocks, toc));
    if (heads.isEmpty() && !blocks.isEmpty()) {
      diagnostics.add(
          Diagnostic.warning(
              "no-document-head",
              "no title or 发文字号 found: the whole body is taken as one document",
              blocks.get(0).startLine()));
      heads.add(new Head(0, -1, 0, 0, -1, 1));
    }
    Span front = frontMatter(lines, toc, blocks, heads);
    if (!heads.isEmpty() && heads.get(0).first() > 0 && toc != null) {
      diagnostics.add(
          Diagnostic.warning(
              "text-before-first-document",
              "text between the TOC and the first document is kept in the first document",
              blocks.get(0).startLine()));
      Head h = heads.get(0);
      heads.set(0, new Head(0, h.issuer(), h.titleFrom(), h.titleTo(), h.number(), h.after()));
    }
    clock.lap("segment");
    List<Document> docs = new ArrayList<>();
    DocumentParser parser = new DocumentParser();
    for (int k = 0; k < heads.size(); k++) {
      int end = k + 1 < heads.size() ? heads.get(k + 1).first() : blocks.size();
      docs.add(
          parser.parse(blocks, heads.get(k), end, String.format(Locale.ROOT, "doc-%03d", k + 1)));
      diagnostics.addAll(parser.diagnostics());
    }
    Span backMatter =
        back < all.size()
            ? new Span(all.get(back).startLine(), all.get(all.size() - 1).endLine())
            : null;
    Map<String, TocEntry> tocByDoc = new HashMap<>();
    if (toc != null) {
      docs = new ArrayList<>(docs);
      toc = TocReconciler.reconcile(toc, docs, tocByDoc, diagnostics, d -> readByOcr(raw, d));
    }
    docs = Categories.assign(docs, tocByDoc, furniture);
    if (raw.linePages() != null) {
      docs = docs.stream().map(d -> d.withSourceSpan(paged(raw, d.sourceSpan()))).toList();
      checkTocPages(toc, docs, diagnostics);
    }
    clock.lap("parse");
    diagnostics.sort(java.util.Comparator.comparing(d -> d.line() == null ? 0 : d.line()));
    return new IssueResult(
        source, gazette, front, backMatter, toc, furniture, docs, diagnostics, raw.pages());
  }

  /**
   * Text-detected furniture plus what page geometry found, one entry per line, with pages for PDFs.
   */
  private static List<Furniture> merge(RawText raw, List<Furniture> detected) {
    java.util.TreeMap<Integer, Furniture> byLine = new java.util.TreeMap<>();
    raw.layoutFurniture().forEach(f -> byLine.put(f.line(), f));
    detected.forEach(f -> byLine.putIfAbsent(f.line(), f));
    return byLine.values().stream().map(f -> f.withPage(raw.pageOf(f.line()))).toList();
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
        && "ocr".equals(raw.pages().get(page - 1).textSource());
  }

  private static Span paged(RawText raw, Span s) {
    Integer first = raw.pageOf(s.startLine());
    Integer last = raw.pageOf(s.endLine());
    return s.withPages(first, last, raw.labelOf(first), raw.labelOf(last));
  }

  private static Span frontMatter(
      List<SourceLine> lines, Toc toc, List<Block> blocks, List<Head> heads) {
    int end;
    if (toc != null) {
      end = toc.startLine() - 1;
    } else if (!heads.isEmpty() && heads.get(0).first() > 0) {
      end = blocks.get(heads.get(0).first() - 1).endLine();
    } else {
      return null;
    }
    while (end >= 1 && lines.get(end - 1).isBlank()) {
      end--;
    }
    return end >= 1 ? new Span(1, end) : null;
  }
}
