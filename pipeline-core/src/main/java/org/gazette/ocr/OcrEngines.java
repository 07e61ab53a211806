package org.gazette.ocr;

import java.util.List;
import java.util.Locale;

/**
 * The OCR engines by name, one instance each per process (an engine's models load once and serve
 * every thread): {@code paddle} (PP-OCR on ONNX Runtime, in process; the default) and {@code
 * tesseract} (the system's Tesseract with chi_sim).
 */
public final class OcrEngines {
  /** The default engine's name. */
  public static final String DEFAULT = "paddle";

  /** Every engine's name. */
  public static final List<String> NAMES = List.of("paddle", "tesseract");

  private OcrEngines() {}

  private static final class Paddle {
    static final PaddleOcr ENGINE = new PaddleOcr();
  }

  private static final class Tesseract {
    static final TesseractOcr ENGINE = new TesseractOcr();
  }

  /** The default engine. */
  public static OcrEngine defaultEngine() {
    return named(DEFAULT);
  }

  /**
   * The engine called {@code name}.
   *
   * @throws IllegalArgumentException for a name not in {@link #NAMES}
   */
  public static OcrEngine named(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "paddle" -> Paddle.ENGINE;
      case "tesseract" -> Tesseract.ENGINE;
      default ->
          throw new IllegalArgumentException(
              "unknown OCR engine " + name + ": one of " + String.join(", ", NAMES));
    };
  }
}
