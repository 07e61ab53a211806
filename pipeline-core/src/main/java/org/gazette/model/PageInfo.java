package org.gazette.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * One page of a PDF input.
 *
 * @param page 1-based page index
 * @param label the printed page label (the 12 of — 12 —), or null when none was found
 * @param textSource {@code layer} (the PDF's text) or {@code ocr}; {@code none} when neither gave
 *     text
 * @param ocrConfidence mean word confidence of the OCR (0–100), or null
 * @param lines number of text lines the page gave
 */
public record PageInfo(
    int page, String label, TextSource textSource, Double ocrConfidence, int lines) {

  /** Where a page's text came from; serialised as {@code layer}, {@code ocr}, {@code none}. */
  public enum TextSource {
    /** The PDF's own text layer. */
    LAYER,
    /** Optical character recognition of the rendered page. */
    OCR,
    /** Neither gave text. */
    NONE;

    /** The name in the output. */
    @JsonValue
    public String wire() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
