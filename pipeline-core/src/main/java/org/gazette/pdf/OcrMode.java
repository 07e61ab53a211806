package org.gazette.pdf;

/** When to OCR a PDF page. */
public enum OcrMode {
  /** Only pages without a usable text layer (no text, or garbled text). */
  AUTO,
  /** Every page, ignoring the text layer. */
  ALWAYS,
  /** Never: pages without text stay empty (with a diagnostic). */
  NEVER
}
