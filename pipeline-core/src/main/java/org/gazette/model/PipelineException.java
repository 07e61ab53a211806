package org.gazette.model;

/**
 * "Cannot process this input": the input is unreadable, empty or produced an invalid record. Bugs
 * are unchecked exceptions instead.
 */
public sealed class PipelineException extends Exception
    permits PipelineException.UnreadableInput,
        PipelineException.EncryptedPdf,
        PipelineException.EmptyDocument,
        PipelineException.SchemaViolation {
  private static final long serialVersionUID = 1L;

  PipelineException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The bytes are not text in any supported encoding (binary data, a corrupt file). */
  public static final class UnreadableInput extends PipelineException {
    private static final long serialVersionUID = 1L;

    public UnreadableInput(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** The PDF is encrypted with a password we do not have. */
  public static final class EncryptedPdf extends PipelineException {
    private static final long serialVersionUID = 1L;

    public EncryptedPdf(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** The input holds no text at all. */
  public static final class EmptyDocument extends PipelineException {
    private static final long serialVersionUID = 1L;

    public EmptyDocument(String message) {
      super(message, null);
    }
  }

  /** A record does not conform to the JSON Schema; the message names the field. */
  public static final class SchemaViolation extends PipelineException {
    private static final long serialVersionUID = 1L;

    public SchemaViolation(String message) {
      super(message, null);
    }
  }
}
