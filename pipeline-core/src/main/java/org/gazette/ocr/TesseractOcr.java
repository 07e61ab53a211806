package org.gazette.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

/**
 * Tesseract 5 (Debian {@code tesseract-ocr} + {@code tesseract-ocr-chi-sim}) run as a subprocess,
 * one single-threaded process per page ({@code OMP_THREAD_LIMIT=1}: Tesseract's own threading is
 * slower on small machines), TSV output for line boxes and word confidences.
 */
public final class TesseractOcr implements OcrEngine {
  private static final long TIMEOUT_SECONDS = 300;
  private final String executable;
  private final String languages;
  private volatile Boolean available;
  private volatile Boolean verticalModel;
  private volatile java.util.Set<Character> charset;

  /** Tesseract from the PATH with simplified Chinese. */
  public TesseractOcr() {
    this("tesseract", "chi_sim");
  }

  /** A given executable and language list such as {@code chi_sim+chi_sim_vert}. */
  public TesseractOcr(String executable, String languages) {
    this.executable = executable;
    this.languages = languages;
  }

  @Override
  public boolean available() {
    if (available == null) {
      available = probe();
    }
    return available;
  }

  /**
   * True when the vertical model ({@code chi_sim_vert}, Debian tesseract-ocr-chi-sim-vert) is
   * installed.
   */
  public boolean verticalAvailable() {
    if (verticalModel == null) {
      verticalModel =
          available() && languagesListed().contains(languages.split("\\+")[0] + "_vert");
    }
    return verticalModel;
  }

  /**
   * The characters the model can output (its LSTM unicharset, read with {@code combine_tessdata}),
   * or an empty set when that cannot be read.
   */
  @Override
  public java.util.Set<Character> charset() {
    if (charset == null) {
      charset = readCharset();
    }
    return charset;
  }

  private java.util.Set<Character> readCharset() {
    java.util.Set<Character> out = new java.util.HashSet<>();
    try {
      Path dir = Files.createTempDirectory("gazette-unicharset");
      try {
        Path model = null;
        for (String root :
            new String[] {
              "/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata"
            }) {
          Path p = Path.of(root, languages.split("\\+")[0] + ".traineddata");
          if (Files.exists(p)) {
            model = p;
          }
        }
        if (model == null) {
          return out;
        }
        Process p =
            new ProcessBuilder(
                    "combine_tessdata", "-u", model.toString(), dir.resolve("m.").toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          return out;
        }
        Path uni = dir.resolve("m.lstm-unicharset");
        if (Files.exists(uni)) {
          for (String line : Files.readAllLines(uni, StandardCharsets.UTF_8)) {
            if (!line.isEmpty()
                && line.codePointCount(0, line.indexOf(' ') > 0 ? line.indexOf(' ') : line.length())
                    == 1) {
              out.add(line.charAt(0));
            }
          }
        }
      } finally {
        try (java.util.stream.Stream<Path> s = Files.list(dir)) {
          for (Path f : s.toList()) {
            Files.deleteIfExists(f);
          }
        }
        Files.deleteIfExists(dir);
      }
    } catch (IOException e) {
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return out;
  }

  private boolean probe() {
    return languagesListed().contains(languages.split("\\+")[0]);
  }

  private String languagesListed() {
    try {
      Process p = new ProcessBuilder(executable, "--list-langs").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : "";
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }

  @Override
  public Result recognize(BufferedImage image, boolean vertical) throws IOException {
    boolean vert = vertical && verticalAvailable();
    Path png = Files.createTempFile("gazette-ocr-", ".png");
    Path out = Files.createTempFile("gazette-ocr-", ".tsv");
    Process p = null;
    try {
      ImageIO.write(image, "png", png.toFile());
      // Vertical text: the _vert model with one uniform block of vertical text (psm 5).
      ProcessBuilder pb =
          new ProcessBuilder(
              executable,
              png.toString(),
              "stdout",
              "-l",
              vert ? languages.split("\\+")[0] + "_vert" : languages,
              "--psm",
              vert ? "5" : "6",
              "tsv");
      pb.environment().put("OMP_THREAD_LIMIT", "1");
      pb.redirectError(ProcessBuilder.Redirect.DISCARD);
      // Output to a file, so that waitFor can time out while the child still writes.
      pb.redirectOutput(out.toFile());
      p = pb.start();
      p.getOutputStream().close();
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new IOException("tesseract timed out after " + TIMEOUT_SECONDS + " s");
      }
      if (p.exitValue() != 0) {
        throw new IOException("tesseract exited with " + p.exitValue());
      }
      return parse(Files.readString(out, StandardCharsets.UTF_8), vert);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while running tesseract");
    } finally {
      if (p != null && p.isAlive()) {
        p.destroyForcibly(); // timed out or cancelled: the child never outlives its page
      }
      Files.deleteIfExists(png);
      Files.deleteIfExists(out);
    }
  }

  /** Lines from Tesseract's TSV: words grouped by (block, paragraph, line). */
  static Result parse(String tsv, boolean vertical) {
    Map<String, int[]> boxes = new LinkedHashMap<>();
    Map<String, StringBuilder> texts = new LinkedHashMap<>();
    double confSum = 0;
    int words = 0;
    for (String row : tsv.split("\n")) {
      String[] c = row.split("\t", -1);
      if (c.length < 12 || !c[0].equals("5")) {
        continue;
      }
      String text = c[11].strip();
      double conf = Double.parseDouble(c[10]);
      if (text.isEmpty() || conf < 0) {
        continue;
      }
      String key = c[2] + "/" + c[3] + "/" + c[4];
      int left = Integer.parseInt(c[6]);
      int top = Integer.parseInt(c[7]);
      int right = left + Integer.parseInt(c[8]);
      int bottom = top + Integer.parseInt(c[9]);
      int[] b = boxes.computeIfAbsent(key, k -> new int[] {left, top, right, bottom});
      b[0] = Math.min(b[0], left);
      b[1] = Math.min(b[1], top);
      b[2] = Math.max(b[2], right);
      b[3] = Math.max(b[3], bottom);
      StringBuilder sb = texts.computeIfAbsent(key, k -> new StringBuilder());
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(text);
      confSum += conf;
      words++;
    }
    List<Line> lines = new ArrayList<>();
    for (Map.Entry<String, int[]> e : boxes.entrySet()) {
      int[] b = e.getValue();
      lines.add(new Line(texts.get(e.getKey()).toString(), b[0], b[1], b[2], b[3]));
    }
    if (!vertical) {
      lines.sort(java.util.Comparator.comparingInt(Line::top));
    }
    return new Result(lines, words == 0 ? Double.NaN : confSum / words);
  }
}
