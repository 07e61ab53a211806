package org.gazette.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * "Processed, with problems" as data: something a stage noticed but could live with.
 *
 * @param severity {@code info}, {@code warning} or {@code error}
 * @param code a stable machine-readable code, e.g. {@code toc-entry-not-found}
 * @param message a human-readable explanation
 * @param line the raw line it concerns, or null
 */
public record Diagnostic(Severity severity, String code, String message, Integer line) {

  /** How bad it is; serialised as {@code info}, {@code warning}, {@code error}. */
  public enum Severity {
    /** Worth knowing; the output is as good as it gets. */
    INFO,
    /** Something may be missing or wrong in the output. */
    WARNING,
    /** Part of the input could not be processed. */
    ERROR;

    /** The name in the output. */
    @JsonValue
    public String wire() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A warning about {@code line}. */
  public static Diagnostic warning(String code, String message, Integer line) {
    return new Diagnostic(Severity.WARNING, code, message, line);
  }

  /** An informational note about {@code line}. */
  public static Diagnostic info(String code, String message, Integer line) {
    return new Diagnostic(Severity.INFO, code, message, line);
  }
}
