package org.gazette.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gazette.ocr.OcrEngine;

/**
 * OCR engines compared on the same page images: text-layer PDF pages are rendered (their text layer
 * is the known text, so each engine's character error rate can be measured), and each engine reads
 * every page, as many pages at once as there are cores. Bare Tesseract (the {@code tesseract} CLI,
 * one single-threaded process per core on PNG files of the same images) is the yardstick.
 */
public final class OcrBench {
  /** Resolution pages are rendered at, as the pipeline renders scanned pages. */
  public static final float DPI = 300f;

  private OcrBench() {}

  /**
   * A page to read.
   *
   * @param image the rendered page
   * @param truth the page's text layer (the known text), or empty when it has none
   */
  public record Page(BufferedImage image, String truth) {}

  /**
   * One engine's figures.
   *
   * @param engine its name
   * @param pages pages read
   * @param seconds wall time for all pages
   * @param cer character error rate against the known text (0–1), or NaN when no page has one
   */
  public record Figure(String engine, int pages, double seconds, double cer) {
    /** Pages read per second. */
    public double pagesPerSecond() {
      return pages / seconds;
    }
  }

  /** The pages of {@code pdf}, rendered, each with its text layer. */
  public static List<Page> pages(Path pdf) throws IOException {
    List<Page> out = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFRenderer renderer = new PDFRenderer(doc);
      PDFTextStripper text = new PDFTextStripper();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        text.setStartPage(p);
        text.setEndPage(p);
        out.add(
            new Page(renderer.renderImageWithDPI(p - 1, DPI, ImageType.GRAY), text.getText(doc)));
      }
    }
    return out;
  }

  /** {@code engine} reads every page, {@code threads} pages at once. */
  public static Figure run(String name, OcrEngine engine, List<Page> pages, int threads)
      throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long t0 = System.nanoTime();
      List<Future<OcrEngine.Result>> results = new ArrayList<>();
      for (Page p : pages) {
        results.add(pool.submit(() -> engine.recognize(p.image())));
      }
      List<String> read = new ArrayList<>();
      for (Future<OcrEngine.Result> f : results) {
        StringBuilder sb = new StringBuilder();
        f.get().lines().forEach(l -> sb.append(l.text()).append('\n'));
        read.add(sb.toString());
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      return new Figure(name, pages.size(), seconds, cer(pages, read));
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IOException(name + " failed: " + e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Bare Tesseract on the same images: PNG files, one single-threaded {@code tesseract} process per
   * core; null when tesseract is not installed.
   */
  public static Figure bareTesseract(List<Page> pages, int threads) throws IOException {
    Path dir = Files.createTempDirectory("gazette-ocr-bench");
    try {
      List<Path> files = new ArrayList<>();
      for (int i = 0; i < pages.size(); i++) {
        Path f = dir.resolve(String.format(java.util.Locale.ROOT, "p%04d.png", i + 1));
        ImageIO.write(pages.get(i).image(), "png", f.toFile());
        files.add(f);
      }
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        long t0 = System.nanoTime();
        List<Future<String>> results = new ArrayList<>();
        for (Path f : files) {
          results.add(pool.submit(() -> tesseract(f)));
        }
        List<String> read = new ArrayList<>();
        for (Future<String> r : results) {
          read.add(r.get());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Figure("tesseract CLI", pages.size(), seconds, cer(pages, read));
      } catch (java.util.concurrent.ExecutionException e) {
        return null;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      } finally {
        pool.shutdownNow();
      }
    } finally {
      try (var s = Files.list(dir)) {
        for (Path f : s.toList()) {
          Files.deleteIfExists(f);
        }
      }
      Files.deleteIfExists(dir);
    }
  }

  private static String tesseract(Path png) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder("tesseract", png.toString(), "-", "-l", "chi_sim");
    pb.environment().put("OMP_THREAD_LIMIT", "1");
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IOException("tesseract failed on " + png);
    }
    return new String(out, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Character error rate over all pages with a known text: edits / known characters. */
  static double cer(List<Page> pages, List<String> read) {
    long edits = 0;
    long chars = 0;
    for (int i = 0; i < pages.size(); i++) {
      int[] truth = letters(pages.get(i).truth());
      if (truth.length == 0) {
        continue;
      }
      edits += distance(truth, letters(read.get(i)));
      chars += truth.length;
    }
    return chars == 0 ? Double.NaN : (double) edits / chars;
  }

  /** The text's code points without whitespace, NFKC-normalised (full and half width alike). */
  static int[] letters(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC)
        .codePoints()
        .filter(c -> !Character.isWhitespace(c) && c != '\u3000')
        .toArray();
  }

  /** Levenshtein distance, two rows. */
  static int distance(int[] a, int[] b) {
    int[] prev = new int[b.length + 1];
    int[] cur = new int[b.length + 1];
    for (int j = 0; j <= b.length; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length; i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length; j++) {
        int sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length];
  }
}
