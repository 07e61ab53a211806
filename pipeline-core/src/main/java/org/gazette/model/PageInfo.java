package org.gazette.model;

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
    int page, String label, String textSource, Double ocrConfidence, int lines) {}
