package org.gazette.model;

/**
 * "Processed, with problems" as data: something a stage noticed but could live with.
 *
 * @param severity {@code info}, {@code warning} or {@code error}
 * @param code a stable machine-readable code, e.g. {@code toc-entry-not-found}
 * @param message a human-readable explanation
 * @param line the raw line it concerns, or null
 */
public record Diagnostic(String severity, String code, String message, Integer line) {
  /** A warning about {@code line}. */
  public static Diagnostic warning(String code, String message, Integer line) {
    return new Diagnostic("warning", code, message, line);
  }

  /** An informational note about {@code line}. */
  public static Diagnostic info(String code, String message, Integer line) {
    return new Diagnostic("info", code, message, line);
  }
}
