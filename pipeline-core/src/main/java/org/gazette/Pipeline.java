package org.gazette;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.gazette.io.Json;
import org.gazette.model.IssueResult;
import org.gazette.model.SourceInfo;
import org.gazette.read.RawText;
import org.gazette.read.TextDecoder;
import org.gazette.segment.IssueParser;
import org.gazette.validate.SchemaValidator;

/**
 * The library's entry point: one gazette issue in, one validated {@link IssueResult} out.
 *
 * <p>Thread-safe: build one and share it across workers.
 */
public final class Pipeline {
  private final TextDecoder decoder = new TextDecoder();
  private final IssueParser parser = new IssueParser();
  private final SchemaValidator validator = new SchemaValidator();

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
   * reflow, segment, parse, validate).
   *
   * @throws PipelineException when the input cannot be read or the result is not schema-valid
   */
  public IssueResult convert(byte[] bytes, String label, StageClock clock) throws PipelineException {
    RawText raw = decoder.decode(bytes);
    SourceInfo source = new SourceInfo(label, sha256(bytes), "txt", raw.encoding(), raw.size());
    clock.lap("read");
    IssueResult result = parser.parse(raw, source, clock);
    validate(result);
    clock.lap("validate");
    return result;
  }

  /**
   * Checks {@code result} against the issue schema.
   *
   * @throws PipelineException.SchemaViolation naming the first failing fields
   */
  public void validate(IssueResult result) throws PipelineException.SchemaViolation {
    List<String> problems = validator.validate(Json.tree(result));
    if (!problems.isEmpty()) {
      throw new PipelineException.SchemaViolation("output does not match the schema: "
          + String.join("; ", problems.subList(0, Math.min(5, problems.size()))));
    }
  }

  /** Schema problems of an existing output tree; empty when valid. */
  public List<String> problems(JsonNode output) {
    return validator.validate(output);
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
