package org.gazette.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;

/** Recognises the text of one page image. Implementations must be thread-safe. */
public interface OcrEngine {
  /**
   * A recognised line in image pixel coordinates.
   *
   * @param text the line's text
   * @param left left edge
   * @param top top edge
   * @param right right edge
   * @param bottom bottom edge
   */
  record Line(String text, int left, int top, int right, int bottom) {}

  /**
   * The lines of a page and the mean word confidence (0–100).
   *
   * @param lines lines top to bottom
   * @param confidence mean word confidence, or NaN when nothing was recognised
   * @param boxes the text boxes the lines were put together from, each read on its own (what a
   *     table's cells are made of), or an empty list when the engine does not give them
   */
  record Result(List<Line> lines, double confidence, List<Line> boxes) {
    public Result {
      lines = List.copyOf(lines);
      boxes = boxes == null ? List.of() : List.copyOf(boxes);
    }

    /** A result without separate boxes. */
    public Result(List<Line> lines, double confidence) {
      this(lines, confidence, List.of());
    }
  }

  /** The characters the engine can output, or an empty set when unknown. */
  default java.util.Set<Character> charset() {
    return java.util.Set.of();
  }

  /** True when the engine can run on this machine. */
  boolean available();

  /**
   * Recognises {@code image} of horizontal text.
   *
   * @throws IOException when the engine fails
   */
  default Result recognize(BufferedImage image) throws IOException {
    return recognize(image, false);
  }

  /**
   * Recognises {@code image}; {@code vertical} for text set in columns, read right to left.
   *
   * @throws IOException when the engine fails
   */
  Result recognize(BufferedImage image, boolean vertical) throws IOException;
}
