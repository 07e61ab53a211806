package org.gazette.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.gazette.io.Json;

/**
 * Validates output against the JSON Schemas in {@code schemas/} (shipped in the jar), with format
 * assertions on. Built once; thread-safe.
 */
public final class SchemaValidator {
  /** The schema of one issue's output file. */
  public static final String ISSUE_SCHEMA = "gazette-issue.schema.json";

  private final Schema schema;

  /** Loads {@link #ISSUE_SCHEMA} from the classpath. */
  public SchemaValidator() {
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, b -> b.schemaRegistryConfig(config));
    try (InputStream in =
        SchemaValidator.class.getResourceAsStream("/org/gazette/schemas/" + ISSUE_SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException("schema missing from the classpath: " + ISSUE_SCHEMA);
      }
      this.schema = registry.getSchema(Json.MAPPER.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Problems of {@code instance}, each as {@code /documents/3/date: message}; empty when valid. */
  public List<String> validate(JsonNode instance) {
    List<Error> errors = schema.validate(instance);
    return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
  }
}
