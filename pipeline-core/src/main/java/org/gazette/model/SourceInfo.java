package org.gazette.model;

/**
 * Where a result came from.
 *
 * @param path the input path as given
 * @param sha256 hex SHA-256 of the input bytes
 * @param format {@code txt} (later {@code pdf})
 * @param encoding the detected character set, e.g. UTF-8, GB18030, UTF-16LE
 * @param lines number of raw lines (for PDF input: lines of extracted text)
 * @param pages number of pages of a PDF, or null for TXT
 */
public record SourceInfo(
    String path, String sha256, String format, String encoding, int lines, Integer pages) {
  /** Source information of a TXT input. */
  public SourceInfo(String path, String sha256, String format, String encoding, int lines) {
    this(path, sha256, format, encoding, lines, null);
  }
}
