package org.gazette.spark;

import java.io.Serializable;
import java.util.List;
import org.gazette.Pipeline;
import org.gazette.ocr.OcrEngines;
import org.gazette.pdf.OcrMode;

/**
 * What one run of the job is asked to do; shipped to the executors.
 *
 * @param inputs input files, folders or globs (any Hadoop file system: local, HDFS, s3a …)
 * @param out the output folder
 * @param force redo inputs the manifest says are done
 * @param ocr when to OCR PDF pages
 * @param ocrEngine the OCR engine's name ({@link OcrEngines#NAMES})
 * @param entities find organisations, persons and places
 * @param timeoutSeconds per-input time limit
 */
public record Settings(
    List<String> inputs,
    String out,
    boolean force,
    OcrMode ocr,
    String ocrEngine,
    boolean entities,
    long timeoutSeconds)
    implements Serializable {
  public Settings {
    inputs = List.copyOf(inputs);
  }

  /** The version outputs of this run are recorded with. */
  public String version() {
    return Pipeline.outputVersion(entities);
  }

  /** The pipeline options on an executor with {@code cores} cores (OCR spreads pages on them). */
  Pipeline.Options pipelineOptions(int cores) {
    return new Pipeline.Options(ocr, Math.max(1, cores), OcrEngines.named(ocrEngine))
        .withEntities(entities);
  }
}
