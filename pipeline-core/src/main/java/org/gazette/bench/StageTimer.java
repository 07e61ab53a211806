package org.gazette.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gazette.Pipeline;
import org.gazette.io.Json;
import org.gazette.model.IssueResult;
import org.gazette.model.PageInfo;
import org.gazette.model.PipelineException;

/** Runs the pipeline over a set of inputs and adds up the time spent in each stage. */
public final class StageTimer {
  /** Stage names in pipeline order; {@code total} is the sum. */
  public static final List<String> STAGES =
      List.of(
          "read", "furniture", "reflow", "segment", "parse", "links", "validate", "write", "total");

  /** The time spent finding ruled tables in PDFs, a part of {@code read}. */
  public static final String TABLES = "tables";

  private final Pipeline pipeline;

  /** A timer over {@code pipeline}. */
  public StageTimer(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /**
   * One timed run.
   *
   * @param stageNanos nanoseconds per stage
   * @param documents documents produced
   */
  public record Timing(Map<String, Long> stageNanos, int documents, int layerPages, int ocrPages) {
    /** Nanoseconds spent in {@code stage}. */
    public long nanos(String stage) {
      return stageNanos.getOrDefault(stage, 0L);
    }
  }

  /** Converts every input once (serialising to JSON in memory as "write"). */
  public Timing run(List<byte[]> inputs) throws PipelineException {
    Map<String, Long> nanos = new LinkedHashMap<>();
    int docs = 0;
    int layer = 0;
    int ocr = 0;
    long start = System.nanoTime();
    long tables = pipeline.tableNanos();
    for (byte[] b : inputs) {
      long[] last = {System.nanoTime()};
      IssueResult r =
          pipeline.convert(
              b,
              "bench",
              stage -> {
                long now = System.nanoTime();
                nanos.merge(stage, now - last[0], Long::sum);
                last[0] = now;
              });
      Json.pretty(r);
      nanos.merge("write", System.nanoTime() - last[0], Long::sum);
      docs += r.documents().size();
      if (r.pages() != null) {
        layer +=
            (int)
                r.pages().stream().filter(p -> p.textSource() == PageInfo.TextSource.LAYER).count();
        ocr +=
            (int) r.pages().stream().filter(p -> p.textSource() == PageInfo.TextSource.OCR).count();
      }
    }
    nanos.put("total", System.nanoTime() - start);
    nanos.put(TABLES, pipeline.tableNanos() - tables);
    return new Timing(nanos, docs, layer, ocr);
  }
}
