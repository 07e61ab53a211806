package org.gazette.batch;

import java.util.List;
import org.gazette.model.Diagnostic;
import org.gazette.model.IssueResult;

/**
 * What happened to one input: one line of {@code manifest.jsonl}.
 *
 * @param input the input path as given
 * @param sha256 hex SHA-256 of the input bytes, or null when it could not be read
 * @param version the pipeline version that produced the outputs
 * @param status {@code ok} or {@code failed}
 * @param outputs output files, relative to the output folder
 * @param error why it failed, or null
 * @param millis wall time spent on it
 * @param documents documents found, or 0
 * @param pages PDF pages, or null
 * @param furniture furniture lines removed
 * @param warnings diagnostics of severity warning or error
 */
public record ManifestEntry(
    String input,
    String sha256,
    String version,
    String status,
    List<String> outputs,
    String error,
    long millis,
    int documents,
    Integer pages,
    int furniture,
    int warnings)
    implements java.io.Serializable {
  public ManifestEntry {
    outputs = List.copyOf(outputs);
  }

  /** The entry of an input converted to {@code output} in {@code millis}. */
  public static ManifestEntry ok(
      String input, String sha256, String version, String output, long millis, IssueResult r) {
    return new ManifestEntry(
        input,
        sha256,
        version,
        "ok",
        List.of(output),
        null,
        millis,
        r.documents().size(),
        r.pages() == null ? null : r.pages().size(),
        r.furniture().size(),
        (int)
            r.diagnostics().stream().filter(d -> d.severity() != Diagnostic.Severity.INFO).count());
  }

  /** The entry of an input that failed for {@code why} ({@code sha256} null when unread). */
  public static ManifestEntry failed(
      String input, String sha256, String version, String why, long millis) {
    return new ManifestEntry(
        input, sha256, version, "failed", List.of(), why, millis, 0, null, 0, 0);
  }

  /**
   * True when this entry still stands for input bytes of {@code sha256} converted by {@code
   * version}: a rerun skips the input. A failure stands (the same bytes would fail the same way); a
   * success stands while all its outputs exist.
   */
  public boolean stillHolds(
      String sha256, String version, java.util.function.Predicate<String> outputExists) {
    return sha256.equals(this.sha256)
        && version.equals(this.version)
        && (!ok() || outputs.stream().allMatch(outputExists));
  }

  /** True for a successful conversion. */
  public boolean ok() {
    return "ok".equals(status);
  }
}
