package org.gazette;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.gazette.assemble.IssueAssembler;
import org.gazette.furniture.Stripped;
import org.gazette.io.Json;
import org.gazette.layout.Block;
import org.gazette.layout.Reflower;
import org.gazette.links.Linker;
import org.gazette.model.Cancel;
import org.gazette.model.Diagnostic;
import org.gazette.model.IssueResult;
import org.gazette.model.PipelineException;
import org.gazette.model.RawText;
import org.gazette.model.SourceInfo;
import org.gazette.nlp.Recognizer;
import org.gazette.ocr.OcrEngine;
import org.gazette.ocr.OcrEngines;
import org.gazette.pdf.OcrMode;
import org.gazette.pdf.PdfSource;
import org.gazette.read.TextDecoder;
import org.gazette.segment.IssueLayout;
import org.gazette.segment.IssueSegmenter;
import org.gazette.structure.DocumentParser;
import org.gazette.toc.IssueFront;
import org.gazette.validate.SchemaValidator;

/**
 * The library's entry point: one gazette issue in, one validated {@link IssueResult} out.
 *
 * <p>Thread-safe: build one and share it across workers.
 */
public final class Pipeline {
  /**
   * Version of the output: part of every manifest entry, so a rerun after an upgrade redoes the
   * inputs. Bump it whenever the output for the same input can change.
   */
  public static final String VERSION = "0.7.0";

  /**
   * How to run.
   *
   * @param ocr when to OCR PDF pages
   * @param ocrThreads how many pages to OCR at once, over all the inputs this pipeline converts at
   *     the same time (their pages share these threads)
   * @param ocrEngine the OCR engine
   * @param entities whether to find each document's organisations, persons and places (HanLP,
   *     loaded on first use)
   */
  public record Options(OcrMode ocr, int ocrThreads, OcrEngine ocrEngine, boolean entities) {
    /** These options, entities not asked for. */
    public Options(OcrMode ocr, int ocrThreads, OcrEngine ocrEngine) {
      this(ocr, ocrThreads, ocrEngine, false);
    }

    /** OCR in auto mode with the default engine (PP-OCR), one page per core, no entities. */
    public static Options defaults() {
      return new Options(
          OcrMode.AUTO, Runtime.getRuntime().availableProcessors(), OcrEngines.defaultEngine());
    }

    /** These options with another OCR mode. */
    public Options withOcr(OcrMode mode) {
      return new Options(mode, ocrThreads, ocrEngine, entities);
    }

    /** These options with another OCR engine. */
    public Options withOcrEngine(OcrEngine engine) {
      return new Options(ocr, ocrThreads, engine, entities);
    }

    /** These options with each document's organisations, persons and places found, or not. */
    public Options withEntities(boolean on) {
      return new Options(ocr, ocrThreads, ocrEngine, on);
    }
  }

  private final TextDecoder decoder = new TextDecoder();
  private final SchemaValidator validator = new SchemaValidator();
  private final PdfSource pdf;
  private final Recognizer recognizer;

  /**
   * The version of what this pipeline writes: {@link #VERSION}, marked when entities are found (a
   * batch rerun with other options then redoes its inputs).
   */
  public String outputVersion() {
    return outputVersion(recognizer != null);
  }

  /**
   * The version of what a pipeline writes that finds entities or not (see {@link
   * #outputVersion()}).
   */
  public static String outputVersion(boolean entities) {
    return entities ? VERSION + "+entities" : VERSION;
  }

  /** A pipeline with {@link Options#defaults()}. */
  public Pipeline() {
    this(Options.defaults());
  }

  /** A pipeline with {@code options}. */
  public Pipeline(Options options) {
    this.pdf = new PdfSource(options.ocrEngine(), options.ocr(), options.ocrThreads());
    this.recognizer = options.entities() ? Recognizer.hanLp() : null;
  }

  /**
   * Converts the file at {@code path}.
   *
   * @throws PipelineException when the input cannot be read or the result is not schema-valid
   * @throws IOException when the file cannot be read
   */
  public IssueResult convert(Path path) throws PipelineException, IOException {
    return convert(Files.readAllBytes(path), path.toString());
  }

  /**
   * Converts {@code bytes} of a TXT issue; {@code label} is recorded as its path.
   *
   * @throws PipelineException when the input cannot be read or the result is not schema-valid
   */
  public IssueResult convert(byte[] bytes, String label) throws PipelineException {
    return convert(bytes, label, StageClock.NONE);
  }

  /**
   * Converts {@code bytes}, reporting each stage's end to {@code clock} (stages: read, furniture,
   * reflow, segment, parse, links, validate).
   *
   * @throws PipelineException when the input cannot be read or the result is not schema-valid
   */
  public IssueResult convert(byte[] bytes, String label, StageClock clock)
      throws PipelineException {
    return convertWithText(bytes, label, clock).result();
  }

  /**
   * A result with the lines it was parsed from (what {@code review} shows beside it).
   *
   * @param text the input's lines (for a PDF: the extracted lines the result's line numbers refer
   *     to)
   * @param result the validated result
   */
  public record Conversion(RawText text, IssueResult result) {}

  /**
   * Converts {@code bytes} and keeps the lines.
   *
   * @throws PipelineException when the input cannot be read or the result is not schema-valid
   */
  public Conversion convertWithText(byte[] bytes, String label, StageClock clock)
      throws PipelineException {
    Source in = read(bytes, label);
    RawText raw = in.text();
    lap(clock, "read");
    IssueFront front = IssueFront.read(raw.lines());
    Stripped stripped = Stripped.strip(raw, front);
    lap(clock, "furniture");
    List<Block> blocks = new Reflower().reflow(stripped.body(), raw);
    lap(clock, "reflow");
    IssueLayout layout = IssueSegmenter.segment(raw.lines(), front.toc(), blocks);
    lap(clock, "segment");
    List<DocumentParser.Parsed> documents = DocumentParser.parseAll(layout);
    IssueResult result = IssueAssembler.assemble(in.info(), raw, stripped, layout, documents);
    result = result.withLeadingDiagnostics(in.diagnostics());
    lap(clock, "parse");
    result = Linker.link(result, blocks, recognizer, raw::pageOf);
    lap(clock, "links");
    validate(result);
    clock.lap("validate");
    return new Conversion(raw, result);
  }

  /** Reports a stage's end, then stops here when the conversion was cancelled meanwhile. */
  private static void lap(StageClock clock, String stage) {
    clock.lap(stage);
    Cancel.check();
  }

  /** What the source stage gives: the lines, where they came from, and what went wrong reading. */
  private record Source(RawText text, SourceInfo info, List<Diagnostic> diagnostics) {}

  /** The source stage: a PDF's text layer (or OCR), or a TXT in any common Chinese encoding. */
  private Source read(byte[] bytes, String label) throws PipelineException {
    if (isPdf(bytes)) {
      PdfSource.Read read = pdf.read(bytes);
      RawText raw = read.text();
      SourceInfo info =
          new SourceInfo(label, sha256(bytes), "pdf", null, raw.size(), raw.pages().size());
      return new Source(raw, info, read.diagnostics());
    }
    RawText raw = decoder.decode(bytes);
    SourceInfo info = new SourceInfo(label, sha256(bytes), "txt", raw.encoding(), raw.size());
    return new Source(raw, info, List.of());
  }

  /** Nanoseconds spent so far finding ruled tables in PDFs (a part of the read stage). */
  public long tableNanos() {
    return pdf.tableNanos();
  }

  /**
   * Checks {@code result} against the issue schema.
   *
   * @throws PipelineException.SchemaViolation naming the first failing fields
   */
  public void validate(IssueResult result) throws PipelineException.SchemaViolation {
    List<String> problems = validator.validate(Json.tree(result));
    if (!problems.isEmpty()) {
      throw new PipelineException.SchemaViolation(
          "output does not match the schema: "
              + String.join("; ", problems.subList(0, Math.min(5, problems.size()))));
    }
  }

  /** Schema problems of an existing output tree; empty when valid. */
  public List<String> problems(JsonNode output) {
    return validator.validate(output);
  }

  /** True when {@code bytes} start like a PDF (the header may follow some junk bytes). */
  public static boolean isPdf(byte[] bytes) {
    int n = Math.min(bytes.length, 1024) - 5;
    for (int i = 0; i <= n; i++) {
      if (bytes[i] == '%'
          && bytes[i + 1] == 'P'
          && bytes[i + 2] == 'D'
          && bytes[i + 3] == 'F'
          && bytes[i + 4] == '-') {
        return true;
      }
    }
    return false;
  }

  /** Hex SHA-256 of {@code bytes}. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }
}
