package org.gazette.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.gazette.model.Cancel;
import org.gazette.model.Diagnostic;
import org.gazette.model.Furniture;
import org.gazette.model.PageInfo;
import org.gazette.model.PageInfo.TextSource;
import org.gazette.model.PipelineException;
import org.gazette.model.RawText;
import org.gazette.model.SourceLine;
import org.gazette.ocr.OcrEngine;

/**
 * Reads a PDF into the same line model as a TXT file: one {@link SourceLine} per text line, in page
 * order, each with its page; furniture found from page geometry; each page's printed label and text
 * source. Pages without a usable text layer are OCR'd (in parallel) from their embedded scan at its
 * own resolution, or rendered at 300 dpi ({@link PageImage}).
 */
public final class PdfSource {

  /**
   * Longest wait for one page's OCR once its turn has come (pages normally take 1–3 s): a page that
   * hangs is stopped and reported, and the issue converts without it.
   */
  static final long PAGE_TIMEOUT_SECONDS = 120;

  /** Indentation (in character heights) that marks a paragraph's first line or a centred line. */
  private static final double INDENT = 1.5;

  private final OcrEngine ocr;
  private final OcrMode mode;
  private final OcrPool pool;
  private final long pageTimeoutMillis;

  /** Time spent finding ruled tables (rulings read, cells built), over all reads. */
  private final java.util.concurrent.atomic.LongAdder tableNanos =
      new java.util.concurrent.atomic.LongAdder();

  /** Nanoseconds spent so far finding ruled tables, over all reads (a part of reading). */
  public long tableNanos() {
    return tableNanos.sum();
  }

  /**
   * A reader that OCRs with {@code ocr} according to {@code mode}, on up to {@code threads} pages
   * at once over all the PDFs it reads at the same time, each page stopped after {@link
   * #PAGE_TIMEOUT_SECONDS}.
   */
  public PdfSource(OcrEngine ocr, OcrMode mode, int threads) {
    this(ocr, mode, threads, java.time.Duration.ofSeconds(PAGE_TIMEOUT_SECONDS));
  }

  /** As above, each page's OCR stopped after {@code pageTimeout}. */
  public PdfSource(OcrEngine ocr, OcrMode mode, int threads, java.time.Duration pageTimeout) {
    this.ocr = ocr;
    this.mode = mode;
    this.pool = new OcrPool(threads);
    this.pageTimeoutMillis = pageTimeout.toMillis();
  }

  /** What was read, and the problems met on the way. */
  public record Read(RawText text, List<Diagnostic> diagnostics) {}

  /**
   * Reads {@code bytes} of a PDF.
   *
   * @throws PipelineException for encrypted, corrupt, truncated or empty PDFs
   */
  public Read read(byte[] bytes) throws PipelineException {
    if (!hasEndMarker(bytes)) {
      throw new PipelineException.UnreadableInput(
          "truncated PDF: no %%EOF at the end of the file", null);
    }
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      int n = doc.getNumberOfPages();
      if (n == 0) {
        throw new PipelineException.EmptyDocument("the PDF has no pages");
      }
      return read(doc, n);
    } catch (InvalidPasswordException e) {
      throw new PipelineException.EncryptedPdf("the PDF is encrypted and needs a password", e);
    } catch (IOException e) {
      throw new PipelineException.UnreadableInput(
          "not a readable PDF (corrupt or truncated): " + e.getMessage(), e);
    } catch (RuntimeException e) {
      if (!inPdfBox(e)) {
        throw e; // a fault of ours, not of the file
      }
      // PDFBox meets a malformed structure (a broken page tree, a bad object) with a runtime error
      throw new PipelineException.UnreadableInput(
          "not a readable PDF (malformed structure): " + e, e);
    }
  }

  /** True when {@code e} was thrown inside PDFBox or FontBox. */
  private static boolean inPdfBox(RuntimeException e) {
    StackTraceElement[] st = e.getStackTrace();
    return st.length > 0
        && (st[0].getClassName().startsWith("org.apache.pdfbox.")
            || st[0].getClassName().startsWith("org.apache.fontbox."));
  }

  /** A complete PDF ends with %%EOF (possibly followed by a little whitespace or junk). */
  private static boolean hasEndMarker(byte[] b) {
    int from = Math.max(0, b.length - 2048);
    for (int i = b.length - 5; i >= from; i--) {
      if (b[i] == '%' && b[i + 1] == '%' && b[i + 2] == 'E' && b[i + 3] == 'O' && b[i + 4] == 'F') {
        return true;
      }
    }
    return false;
  }

  private Read read(PDDocument doc, int n) throws IOException {
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<List<TextLine>> pages = new ArrayList<>();
    List<Double> heights = new ArrayList<>();
    List<TextSource> sources = new ArrayList<>();
    PositionCollector collector = new PositionCollector();
    PageTables tables = new PageTables();
    PDFRenderer renderer = new PDFRenderer(doc);
    try (OcrQueue queue = new OcrQueue(ocr, pool, pageTimeoutMillis, tableNanos)) {
      for (int p = 1; p <= n; p++) {
        Cancel.check();
        PDPage page = doc.getPage(p - 1);
        heights.add((double) page.getMediaBox().getHeight());
        List<Glyph> glyphs = collector.collect(doc, p);
        if (!collector.offPage().isEmpty()) {
          diagnostics.add(
              Diagnostic.pageWarning(
                  "text-outside-page",
                  "page "
                      + p
                      + " places text beyond its edge, not printed and not read: "
                      + collector.offPage(),
                  p));
        }
        long t0 = System.nanoTime();
        List<RuledTables.Found> ruled =
            glyphs.isEmpty() ? List.of() : RuledTables.find(collector.rulings(), glyphs);
        tableNanos.add(System.nanoTime() - t0);
        List<TextLine> lines = glyphs.isEmpty() ? List.of() : tables.lines(glyphs, ruled, p);
        boolean usable = TextQuality.usable(lines);
        boolean wantOcr = mode == OcrMode.ALWAYS || (mode == OcrMode.AUTO && !usable);
        if (wantOcr && ocr.available()) {
          // a page too short to trust but clean (a page label beside a scanned image) keeps its
          // text where the OCR reads nothing
          boolean clean = mode == OcrMode.AUTO && TextQuality.clean(lines);
          queue.submit(doc, renderer, p, clean ? lines : List.of());
          pages.add(List.of());
          sources.add(TextSource.OCR);
        } else {
          if (wantOcr) {
            diagnostics.add(
                Diagnostic.pageWarning(
                    "ocr-unavailable",
                    "page " + p + " has no usable text layer and the OCR engine cannot run here",
                    p));
          } else if (!usable && mode == OcrMode.NEVER && !lines.isEmpty()) {
            diagnostics.add(
                Diagnostic.pageWarning(
                    "garbled-text-layer", "page " + p + " text layer looks garbled", p));
          }
          pages.add(usable || mode == OcrMode.NEVER ? lines : List.of());
          sources.add(lines.isEmpty() ? TextSource.NONE : TextSource.LAYER);
        }
      }
      Map<Integer, Double> confidence = new HashMap<>();
      queue.collect(pages, sources, confidence, diagnostics, tables);
      return new Read(assemble(pages, heights, sources, confidence, tables), diagnostics);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** Numbers the lines across pages, marks indented lines, and maps geometry furniture to lines. */
  private static RawText assemble(
      List<List<TextLine>> pages,
      List<Double> heights,
      List<TextSource> sources,
      Map<Integer, Double> confidence,
      PageTables tables) {
    PageGeometry.Result geo = PageGeometry.analyse(pages, heights);
    List<SourceLine> lines = new ArrayList<>();
    List<Integer> linePages = new ArrayList<>();
    List<Furniture> furniture = new ArrayList<>();
    List<PageInfo> infos = new ArrayList<>();
    List<Boolean> display = new ArrayList<>();
    Map<TextLine, Integer> rowLines = new IdentityHashMap<>();
    double body = bodySize(pages);
    // an OCR engine's line boxes are as tall as its detector draws them, which differs from page
    // to page of one scan: a read page's lines are measured against its own body text
    List<List<TextLine>> read = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      if (sources.get(p) == TextSource.OCR) {
        read.add(pages.get(p));
      }
    }
    double readBody = read.isEmpty() ? body : bodySize(read);
    for (int p = 1; p <= pages.size(); p++) {
      Cancel.check();
      List<TextLine> page = pages.get(p - 1);
      Margins m = Margins.of(page);
      double margin = m.left();
      double right = m.right();
      double size = body;
      if (sources.get(p - 1) == TextSource.OCR) {
        size = characters(page) >= OWN_BODY ? bodySize(List.of(page)) : readBody;
      }
      Map<Integer, Furniture.Kind> kinds = geo.kinds().getOrDefault(p, Map.of());
      for (int i = 0; i < page.size(); i++) {
        TextLine l = page.get(i);
        boolean row = tables.tableOf(l) != null;
        boolean indented = !row && l.x0() > m.columnLeft(l) + INDENT * Math.max(l.size(), 6);
        String text = (indented ? "\u3000\u3000" : "") + l.text();
        lines.add(new SourceLine(lines.size() + 1, text));
        if (row) {
          rowLines.put(l, lines.size());
        }
        linePages.add(p);
        display.add(setApart(l, margin, right, size));
        if (kinds.containsKey(i)) {
          furniture.add(new Furniture(lines.size(), l.text(), kinds.get(i), p));
        }
      }
      infos.add(
          new PageInfo(p, geo.labels().get(p), sources.get(p - 1), confidence.get(p), page.size()));
    }
    int[] pageOf = linePages.stream().mapToInt(Integer::intValue).toArray();
    boolean[] shown = new boolean[display.size()];
    for (int i = 0; i < shown.length; i++) {
      shown[i] = display.get(i);
    }
    Set<Integer> furnitureLines = new HashSet<>();
    furniture.forEach(f -> furnitureLines.add(f.line()));
    return new RawText(
        lines, null, pageOf, infos, furniture, shown, tables.place(rowLines, furnitureLines));
  }

  /**
   * A title-like line: centred between the margins (and indented from the left one), or clearly
   * larger than body text, or bold.
   */
  static boolean setApart(TextLine l, double left, double right, double body) {
    double centre = (left + right) / 2;
    double mid = (l.x0() + l.x1()) / 2;
    double leftGap = l.x0() - left;
    double rightGap = right - l.x1();
    // a paragraph's indented first line that stops short of the right edge is off centre by about
    // its indent: the gaps either side must be alike, not merely near in size units
    boolean centred =
        leftGap > 2 * l.size()
            && Math.abs(mid - centre) < 1.5 * l.size()
            && Math.min(leftGap, rightGap) >= Math.max(leftGap, rightGap) / 2;
    return centred || l.size() >= 1.2 * body || l.bold();
  }

  /** Fewest characters on a read page for its own body size. */
  private static final int OWN_BODY = 150;

  private static int characters(List<TextLine> page) {
    int n = 0;
    for (TextLine l : page) {
      n += l.text().length();
    }
    return n;
  }

  /** The most common glyph height of the issue: body text. */
  private static double bodySize(List<List<TextLine>> pages) {
    Map<Long, Integer> counts = new HashMap<>();
    pages.forEach(
        pg -> pg.forEach(l -> counts.merge(Math.round(l.size()), l.text().length(), Integer::sum)));
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(e -> (double) e.getKey())
        .orElse(12.0);
  }
}
