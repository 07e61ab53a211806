package org.gazette.batch;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gazette.io.Json;

/**
 * {@code manifest.jsonl} in the output folder: one line per finished input, appended as work
 * completes, so a killed run leaves every finished input recorded. When read back, the last line of
 * an input wins and a torn last line (the process died while writing it) is ignored.
 */
public final class Manifest implements AutoCloseable {
  /** The file name inside the output folder. */
  public static final String FILE = "manifest.jsonl";

  private final BufferedWriter out;

  private Manifest(BufferedWriter out) {
    this.out = out;
  }

  /** Opens the manifest of {@code dir} for appending (creating it). */
  public static Manifest open(Path dir) throws IOException {
    Files.createDirectories(dir);
    return new Manifest(
        Files.newBufferedWriter(
            dir.resolve(FILE),
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND));
  }

  /** The entries recorded in {@code dir}, by input path; empty when there is no manifest. */
  public static Map<String, ManifestEntry> read(Path dir) throws IOException {
    Map<String, ManifestEntry> entries = new LinkedHashMap<>();
    Path file = dir.resolve(FILE);
    if (!Files.exists(file)) {
      return entries;
    }
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      readInto(r, entries);
    }
    return entries;
  }

  /**
   * Adds the entries of manifest lines read from {@code r} to {@code entries} (by input path; a
   * later line of an input replaces an earlier one; a torn line is skipped: that input counts as
   * not done).
   */
  public static void readInto(BufferedReader r, Map<String, ManifestEntry> entries)
      throws IOException {
    String line;
    while ((line = r.readLine()) != null) {
      try {
        ManifestEntry e = Json.MAPPER.readValue(line, ManifestEntry.class);
        entries.put(e.input(), e);
      } catch (IOException torn) {
        // a line cut short by a kill
      }
    }
  }

  /** Appends {@code e} and flushes it to the file. */
  public synchronized void append(ManifestEntry e) throws IOException {
    out.write(Json.compact(e));
    out.write('\n');
    out.flush();
  }

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }
}
