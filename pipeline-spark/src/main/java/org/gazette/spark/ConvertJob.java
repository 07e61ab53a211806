package org.gazette.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.gazette.batch.ManifestEntry;
import org.gazette.io.Exports;
import org.gazette.io.Json;

/**
 * One run of the job, in three Spark stages: scan (read, hash and weigh every input; find those an
 * earlier run did), convert (partitions packed by pages; each input's JSON written to {@code
 * OUT/issues/} exactly as the CLI writes it), and export ({@code OUT/documents/jsonl} and {@code
 * OUT/documents/parquet}, rebuilt from the issue outputs in input order, and {@code
 * OUT/failures/}). A broken input is a failure row and a manifest entry, never a failed job.
 */
public final class ConvertJob {
  private ConvertJob() {}

  /** Folder of the per-input JSON outputs inside the output folder. */
  public static final String ISSUES = "issues";

  /** Folder of the document exports inside the output folder. */
  public static final String DOCUMENTS = "documents";

  /** Folder of the failure rows inside the output folder. */
  public static final String FAILURES = "failures";

  /**
   * What a run did.
   *
   * @param entries one manifest entry per input, in input order
   * @param skipped inputs an earlier run had done
   * @param documents documents exported
   * @param stageMillis wall time of each stage: list, scan, convert, failures, jsonl, parquet
   */
  public record Summary(
      List<ManifestEntry> entries, int skipped, long documents, Map<String, Long> stageMillis) {
    /** Inputs that failed. */
    public long failed() {
      return entries.stream().filter(e -> !e.ok()).count();
    }
  }

  /** An entry and the input it belongs to. */
  record Outcome(int index, ManifestEntry entry) implements Serializable {}

  /**
   * Runs the job on {@code spark}.
   *
   * @throws FileNotFoundException when an input argument matches nothing, or none holds an input
   */
  public static Summary run(SparkSession spark, Settings s) throws IOException {
    Map<String, Long> stages = new LinkedHashMap<>();
    long t = System.nanoTime();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    // no .crc files beside what Spark writes to a local folder (the job writes its own without
    // them)
    org.apache.hadoop.fs.FileSystem.getLocal(hadoop).setWriteChecksum(false);
    List<Listing.Input> inputs = Listing.list(s.inputs(), hadoop);
    if (inputs.isEmpty()) {
      throw new FileNotFoundException("no input files found in " + s.inputs());
    }
    Path out = new Path(s.out());
    String version = s.version();
    int slots = jsc.defaultParallelism();
    Broadcast<HadoopConf> conf = jsc.broadcast(new HadoopConf(hadoop));
    Broadcast<HashMap<String, ManifestEntry>> done =
        jsc.broadcast(s.force() ? new HashMap<>() : new HashMap<>(JobManifest.read(out, hadoop)));

    t = lap(stages, "list", t);

    // 1. scan
    jsc.setJobGroup("scan", "gazette: read, hash and weigh " + inputs.size() + " inputs", false);
    List<Worker.Scanned> scanned =
        jsc.parallelize(inputs, Planner.partitions(inputs.size(), slots))
            .map(in -> Worker.scan(in, conf.value().get(), s.out(), done.value(), version))
            .collect();
    ManifestEntry[] entries = new ManifestEntry[inputs.size()];
    List<ManifestEntry> recorded = new ArrayList<>();
    List<Worker.Scanned> todo = new ArrayList<>();
    int skipped = 0;
    for (Worker.Scanned w : scanned) {
      if (w.entry() == null) {
        todo.add(w);
        continue;
      }
      entries[w.in().index()] = w.entry();
      if (w.skipped()) {
        skipped++;
      } else {
        recorded.add(w.entry());
      }
    }

    t = lap(stages, "scan", t);

    // 2. convert
    List<List<Worker.Scanned>> bins =
        Planner.pack(todo, Worker.Scanned::weight, Planner.partitions(todo.size(), slots));
    if (!bins.isEmpty()) {
      jsc.setJobGroup("convert", "gazette: convert " + todo.size() + " inputs", false);
      List<Outcome> fresh =
          jsc.parallelize(bins, bins.size())
              .flatMap(bin -> Worker.convert(bin, conf.value().get(), s).iterator())
              .collect();
      for (Outcome o : fresh) {
        entries[o.index()] = o.entry();
        recorded.add(o.entry());
      }
    }
    JobManifest.write(out, hadoop, recorded);

    t = lap(stages, "convert", t);

    // 3. export
    jsc.setJobGroup("export", "gazette: documents and failures", false);
    List<ManifestEntry> all = List.of(entries);
    writeFailures(spark, all, new Path(out, FAILURES).toString());
    t = lap(stages, "failures", t);
    writeDocuments(spark, jsc, conf, all, s.out(), stages, t);
    long documents =
        all.stream().filter(ManifestEntry::ok).mapToLong(ManifestEntry::documents).sum();
    jsc.clearJobGroup();
    return new Summary(all, skipped, documents, stages);
  }

  private static long lap(Map<String, Long> stages, String stage, long t0) {
    long now = System.nanoTime();
    stages.put(stage, (now - t0) / 1_000_000);
    return now;
  }

  /** {@code OUT/failures/}: one JSON row per failed input (input, reason, sha256, version). */
  private static void writeFailures(SparkSession spark, List<ManifestEntry> entries, String dir) {
    StructType schema =
        DataTypes.createStructType(
            List.of(
                DataTypes.createStructField("input", DataTypes.StringType, false),
                DataTypes.createStructField("reason", DataTypes.StringType, false),
                DataTypes.createStructField("sha256", DataTypes.StringType, true),
                DataTypes.createStructField("version", DataTypes.StringType, false)));
    List<Row> rows = new ArrayList<>();
    for (ManifestEntry e : entries) {
      if (!e.ok()) {
        rows.add(RowFactory.create(e.input(), e.error(), e.sha256(), e.version()));
      }
    }
    spark.createDataFrame(rows, schema).coalesce(1).write().mode(SaveMode.Overwrite).json(dir);
  }

  /**
   * {@code OUT/documents/jsonl} (the CLI's documents.jsonl lines, in its order across the part
   * files) and {@code OUT/documents/parquet} (the same rows, columns from {@link DocumentSchema}).
   */
  private static void writeDocuments(
      SparkSession spark,
      JavaSparkContext jsc,
      Broadcast<HadoopConf> conf,
      List<ManifestEntry> entries,
      String out,
      Map<String, Long> stages,
      long t0) {
    List<String> issues = new ArrayList<>();
    for (ManifestEntry e : entries) {
      if (e.ok()) {
        issues.addAll(e.outputs());
      }
    }
    int slices = Math.max(1, Planner.partitions(issues.size(), jsc.defaultParallelism()));
    Dataset<String> lines =
        spark
            .createDataset(
                jsc.parallelize(issues, slices)
                    .flatMap(
                        rel -> {
                          byte[] json = Store.read(new Path(out, rel), conf.value().get());
                          String name = Exports.issueName(rel.substring(ISSUES.length() + 1));
                          return Exports.documentLines(name, Json.MAPPER.readTree(json)).iterator();
                        })
                    .rdd(),
                Encoders.STRING())
            .cache();
    try {
      String dir = new Path(out, DOCUMENTS).toString();
      lines.write().mode(SaveMode.Overwrite).text(dir + "/jsonl");
      long t = lap(stages, "jsonl", t0);
      spark
          .read()
          .schema(DocumentSchema.line())
          .option("mode", "FAILFAST")
          .json(lines)
          .write()
          .mode(SaveMode.Overwrite)
          .parquet(dir + "/parquet");
      lap(stages, "parquet", t);
    } finally {
      lines.unpersist();
    }
  }
}
