package org.gazette.batch;

import java.util.List;

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
    int warnings) {
  public ManifestEntry {
    outputs = List.copyOf(outputs);
  }

  /** True for a successful conversion. */
  public boolean ok() {
    return "ok".equals(status);
  }
}
