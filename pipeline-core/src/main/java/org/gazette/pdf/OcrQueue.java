package org.gazette.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.gazette.model.Diagnostic;
import org.gazette.model.PageInfo.TextSource;
import org.gazette.ocr.OcrEngine;
import org.gazette.text.Cjk;

/**
 * The OCR of one PDF's pages on the pipeline's {@link OcrPool}: a page's image is made only when a
 * thread is about to be free (a long scan is never rendered ahead of its OCR), and a page that
 * takes longer than its timeout is cancelled and reported.
 */
final class OcrQueue implements AutoCloseable {
  /** Points per inch: OCR pixel coordinates back to page points. */
  private static final float POINTS = 72f;

  /** What a page's job gives: the engine's reading and the rulings seen in the image (points). */
  private record PageRead(OcrEngine.Result result, List<Rulings.Line> rulings) {}

  /**
   * A queued page: its reading, its resolution, and the lines of its text layer kept beside the
   * reading where no read line covers them.
   */
  private record Job(Future<PageRead> result, double dpi, List<TextLine> layer) {}

  private final OcrEngine ocr;
  private final OcrPool pool;
  private final long timeoutMillis;
  private final Map<Integer, Job> jobs = new LinkedHashMap<>();

  /** Where the time spent finding tables (rulings in the image, cells) is added up. */
  private final java.util.concurrent.atomic.LongAdder tableNanos;

  OcrQueue(
      OcrEngine ocr,
      OcrPool pool,
      long timeoutMillis,
      java.util.concurrent.atomic.LongAdder tableNanos) {
    this.tableNanos = tableNanos;
    this.ocr = ocr;
    this.pool = pool;
    this.timeoutMillis = timeoutMillis;
  }

  /**
   * Queues page {@code page} (1-based) of {@code doc}, rendered once the pool has room for it (in
   * this thread: a PDDocument is read by one thread); {@code layer}, lines of the page's own text,
   * join the reading where it has no line over them.
   */
  void submit(PDDocument doc, PDFRenderer renderer, int page, List<TextLine> layer)
      throws java.io.IOException, InterruptedException {
    double[] dpi = new double[1];
    Future<PageRead> f =
        pool.submit(
            () -> {
              PageImage image = PageImage.of(doc, renderer, page - 1);
              boolean vertical = TextDirection.vertical(image.image());
              dpi[0] = image.dpi();
              return () -> {
                OcrEngine.Result r = ocr.recognize(image.image(), vertical);
                long t0 = System.nanoTime();
                List<Rulings.Line> rulings =
                    r.boxes().isEmpty() ? List.of() : ImageRulings.find(image.image(), image.dpi());
                tableNanos.add(System.nanoTime() - t0);
                return new PageRead(r, rulings);
              };
            });
    jobs.put(page, new Job(f, dpi[0], layer));
  }

  /**
   * Puts each queued page's lines into {@code pages} (index page − 1) and its confidence into
   * {@code confidence}; a page that failed or timed out gets source NONE in {@code sources} and a
   * diagnostic.
   */
  void collect(
      List<List<TextLine>> pages,
      List<TextSource> sources,
      Map<Integer, Double> confidence,
      List<Diagnostic> diagnostics,
      PageTables tables)
      throws InterruptedException {
    for (Map.Entry<Integer, Job> e : jobs.entrySet()) {
      int p = e.getKey();
      Future<PageRead> f = e.getValue().result();
      try {
        PageRead read = f.get(timeoutMillis, TimeUnit.MILLISECONDS);
        OcrEngine.Result r = read.result();
        double scale = POINTS / e.getValue().dpi();
        List<TextLine> lines = lines(r, p, e.getValue().dpi());
        if (!read.rulings().isEmpty()) {
          long t0 = System.nanoTime();
          List<Glyph> boxes = BoxSplitter.split(glyphs(r, scale), read.rulings());
          List<RuledTables.Found> found = RuledTables.find(read.rulings(), boxes);
          lines = found.isEmpty() ? lines : tables.ocrLines(lines, found, p);
          tableNanos.add(System.nanoTime() - t0);
        }
        pages.set(p - 1, withLayer(lines, e.getValue().layer()));
        confidence.put(p, Double.isNaN(r.confidence()) ? null : r.confidence());
      } catch (ExecutionException ex) {
        diagnostics.add(
            Diagnostic.pageWarning(
                "ocr-failed", "page " + p + ": " + ex.getCause().getMessage(), p));
        sources.set(p - 1, TextSource.NONE);
      } catch (TimeoutException ex) {
        f.cancel(true); // the engine stops at its next check, a child is killed
        diagnostics.add(
            Diagnostic.pageWarning(
                "ocr-timeout",
                "page " + p + ": OCR stopped after " + timeoutMillis / 1000.0 + " s",
                p));
        sources.set(p - 1, TextSource.NONE);
      }
    }
  }

  /** Cancels this PDF's pages still queued or running (the pool goes on serving other PDFs). */
  @Override
  public void close() {
    jobs.values().forEach(j -> j.result().cancel(true));
  }

  /**
   * {@code read} with each line of {@code layer} that no read line overlaps, in place by its
   * baseline: the text layer's own characters where the OCR found nothing (a page label printed as
   * text beside a scanned image, or turned with a landscape page).
   */
  static List<TextLine> withLayer(List<TextLine> read, List<TextLine> layer) {
    if (layer.isEmpty()) {
      return read;
    }
    List<TextLine> out = new ArrayList<>(read);
    for (TextLine l : layer) {
      if (read.stream().noneMatch(r -> overlap(r, l))) {
        int at = 0;
        while (at < out.size() && out.get(at).y() <= l.y()) {
          at++;
        }
        out.add(at, l);
      }
    }
    return out;
  }

  /** Whether two lines' boxes (baseline up by the size) overlap. */
  private static boolean overlap(TextLine a, TextLine b) {
    return a.x0() < b.x1()
        && b.x0() < a.x1()
        && a.y() - a.size() < b.y()
        && b.y() - b.size() < a.y();
  }

  /** The engine's single boxes as glyphs in page points (a box's bottom taken as its baseline). */
  private static List<Glyph> glyphs(OcrEngine.Result r, double scale) {
    List<Glyph> out = new ArrayList<>();
    for (OcrEngine.Line b : r.boxes()) {
      String t = Cjk.collapseSpaces(b.text());
      if (!t.isEmpty()) {
        out.add(
            new Glyph(
                t,
                b.left() * scale,
                b.bottom() * scale,
                (b.right() - b.left()) * scale,
                (b.bottom() - b.top()) * scale,
                false));
      }
    }
    return out;
  }

  /** The engine's lines as text lines of page {@code page}, in page points. */
  private static List<TextLine> lines(OcrEngine.Result r, int page, double dpi) {
    double scale = POINTS / dpi;
    List<TextLine> lines = new ArrayList<>();
    for (OcrEngine.Line l : r.lines()) {
      double h = (l.bottom() - l.top()) * scale;
      lines.add(
          new TextLine(
              Cjk.collapseSpaces(l.text()),
              page,
              l.left() * scale,
              l.right() * scale,
              l.bottom() * scale,
              h,
              false));
    }
    return lines;
  }
}
