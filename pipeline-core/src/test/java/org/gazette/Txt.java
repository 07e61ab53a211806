package org.gazette;

import java.nio.charset.StandardCharsets;
import org.gazette.model.Document;
import org.gazette.model.IssueResult;
import org.gazette.model.PipelineException;

/** Converts a TXT written line by line in a test, as the pipeline reads a file. */
public final class Txt {
  private static final Pipeline PIPELINE = new Pipeline();

  private Txt() {}

  /** The issue {@code lines} make. */
  public static IssueResult convert(String... lines) {
    try {
      return PIPELINE.convert(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), "t.txt");
    } catch (PipelineException e) {
      throw new AssertionError(e);
    }
  }

  /** The first document {@code lines} hold. */
  public static Document first(String... lines) {
    return convert(lines).documents().get(0);
  }
}
