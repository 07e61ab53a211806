package org.gazette.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.gazette.batch.Manifest;
import org.gazette.batch.ManifestEntry;
import org.gazette.io.Json;

/**
 * The job's manifest: {@code OUT/manifest/run-<UTC time>.jsonl}, one file per run holding an entry
 * (the CLI's manifest line) for every input that run converted or failed. Read back in name order,
 * the last entry of an input wins, so a rerun skips what an earlier one did with the same bytes and
 * pipeline version; a run that died before writing its file simply redoes its inputs next time.
 */
final class JobManifest {
  private JobManifest() {}

  /** The folder inside the output folder. */
  static final String DIR = "manifest";

  private static final DateTimeFormatter RUN =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'", java.util.Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  /** The entries recorded under {@code out}, by input label. */
  static Map<String, ManifestEntry> read(Path out, Configuration conf) throws IOException {
    Map<String, ManifestEntry> entries = new LinkedHashMap<>();
    Path dir = new Path(out, DIR);
    FileSystem fs = Store.fs(dir, conf);
    if (!fs.exists(dir)) {
      return entries;
    }
    FileStatus[] runs = fs.listStatus(dir, p -> p.getName().endsWith(".jsonl"));
    Arrays.sort(runs, Comparator.comparing(s -> s.getPath().getName()));
    for (FileStatus run : runs) {
      try (BufferedReader r =
          new BufferedReader(
              new InputStreamReader(fs.open(run.getPath()), StandardCharsets.UTF_8))) {
        Manifest.readInto(r, entries);
      }
    }
    return entries;
  }

  /** Records {@code entries} as this run's file; returns its path. */
  static Path write(Path out, Configuration conf, List<ManifestEntry> entries) throws IOException {
    Path file = new Path(new Path(out, DIR), "run-" + RUN.format(Instant.now()) + ".jsonl");
    Store.fs(file, conf).mkdirs(file.getParent());
    Store.writeAtomically(
        file,
        conf,
        w -> {
          for (ManifestEntry e : entries) {
            w.write(Json.compact(e));
            w.write('\n');
          }
        });
    return file;
  }
}
