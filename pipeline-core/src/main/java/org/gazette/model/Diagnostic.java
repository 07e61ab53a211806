package org.gazette.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * "Processed, with problems" as data: something a stage noticed but could live with.
 *
 * @param severity {@code info}, {@code warning} or {@code error}
 * @param code a stable machine-readable code, e.g. {@code toc-entry-not-found}
 * @param message a human-readable explanation
 * @param line the raw line it concerns, or null
 * @param page the 1-based PDF page it concerns, or null (TXT input, or not tied to a page)
 */
public record Diagnostic(
    Severity severity,
    String code,
    String message,
    Integer line,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer page) {

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
    return new Diagnostic(Severity.WARNING, code, message, line, null);
  }

  /** An informational note about {@code line}. */
  public static Diagnostic info(String code, String message, Integer line) {
    return new Diagnostic(Severity.INFO, code, message, line, null);
  }

  /** A warning about PDF page {@code page} as a whole. */
  public static Diagnostic pageWarning(String code, String message, int page) {
    return new Diagnostic(Severity.WARNING, code, message, null, page);
  }

  /** This diagnostic with its page set. */
  public Diagnostic withPage(Integer p) {
    return new Diagnostic(severity, code, message, line, p);
  }
}
