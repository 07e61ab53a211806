package org.gazette.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one JSON configuration: record component order, explicit nulls, UTF-8, pretty or compact. */
public final class Json {
  /** Shared, immutable after construction, thread-safe. */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .disable(JsonGenerator.Feature.ESCAPE_NON_ASCII)
          .build();

  private static final ObjectWriter PRETTY =
      MAPPER.writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
  private static final ObjectWriter COMPACT = MAPPER.writer();

  private Json() {}

  /** {@code value} as a tree. */
  public static JsonNode tree(Object value) {
    return MAPPER.valueToTree(value);
  }

  /** Pretty-printed JSON with a trailing newline. */
  public static String pretty(Object value) {
    try {
      return PRETTY.writeValueAsString(value) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
    }
  }

  /**
   * Writes {@code value} to {@code out} as {@link #pretty} has it, streamed (no whole copy in
   * memory).
   *
   * @throws java.io.IOException when {@code out} cannot be written
   */
  public static void writePretty(Object value, java.io.Writer out) throws java.io.IOException {
    PRETTY.writeValue(
        new java.io.FilterWriter(out) {
          @Override
          public void close() {
            // the caller closes its writer
          }
        },
        value);
    out.write("\n");
  }

  /** One-line JSON (for JSON Lines). */
  public static String compact(Object value) {
    try {
      return COMPACT.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
    }
  }
}
