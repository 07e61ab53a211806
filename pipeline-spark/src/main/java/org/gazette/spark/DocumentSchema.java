package org.gazette.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.gazette.io.Json;
import org.gazette.validate.SchemaValidator;

/**
 * The Spark (and so Parquet) schema of a {@code documents.jsonl} line, derived from the project's
 * JSON Schema rather than inferred from data: every run writes the same columns, whatever its
 * inputs held. Columns: {@code issue}, {@code sourcePath}, {@code gazette}, then the document's
 * properties in schema order. Objects with properties become structs, arrays arrays, integers
 * longs, numbers doubles; a nullable type or {@code oneOf [null, X]} becomes X, nullable. Where a
 * type refers to itself (an outline node's {@code children}) or its alternatives differ, the column
 * holds the value's JSON text.
 */
final class DocumentSchema {
  private DocumentSchema() {}

  /** The schema of one documents.jsonl line. */
  static StructType line() {
    JsonNode root = issueSchema();
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField("issue", DataTypes.StringType, false));
    fields.add(DataTypes.createStructField("sourcePath", DataTypes.StringType, false));
    fields.add(
        DataTypes.createStructField(
            "gazette", type(root, root.at("/properties/gazette"), new HashSet<>()), true));
    StructType document = (StructType) type(root, root.at("/$defs/document"), new HashSet<>());
    for (StructField f : document.fields()) {
      fields.add(f);
    }
    return DataTypes.createStructType(fields);
  }

  /** The Spark type of {@code node}; {@code path} holds the definitions being expanded. */
  static DataType type(JsonNode root, JsonNode node, Set<String> path) {
    if (node.has("$ref")) {
      String ref = node.get("$ref").asText();
      if (!path.add(ref)) {
        return DataTypes.StringType; // recursion: kept as JSON text
      }
      try {
        return type(root, root.at(ref.substring(1)), path);
      } finally {
        path.remove(ref);
      }
    }
    for (String choice : List.of("oneOf", "anyOf")) {
      // alternatives beside a type only constrain it (anyOf: [{required: [a]}, {required: [b]}])
      if (node.has(choice) && !node.has("type")) {
        List<JsonNode> alternatives = new ArrayList<>();
        for (JsonNode a : node.get(choice)) {
          if (!"null".equals(a.path("type").asText())) {
            alternatives.add(a);
          }
        }
        return alternatives.size() == 1
            ? type(root, alternatives.get(0), path)
            : DataTypes.StringType;
      }
    }
    JsonNode t = node.get("type");
    String kind = null;
    if (t != null && t.isArray()) {
      for (JsonNode k : t) {
        if (!"null".equals(k.asText())) {
          if (kind != null) {
            return DataTypes.StringType; // several kinds of value
          }
          kind = k.asText();
        }
      }
    } else if (t != null) {
      kind = t.asText();
    }
    if (kind == null) {
      return DataTypes.StringType; // an enum, a const, or anything
    }
    return switch (kind) {
      case "string" -> DataTypes.StringType;
      case "integer" -> DataTypes.LongType;
      case "number" -> DataTypes.DoubleType;
      case "boolean" -> DataTypes.BooleanType;
      case "array" ->
          DataTypes.createArrayType(
              node.has("items") ? type(root, node.get("items"), path) : DataTypes.StringType, true);
      case "object" -> object(root, node, path);
      default -> DataTypes.StringType;
    };
  }

  private static DataType object(JsonNode root, JsonNode node, Set<String> path) {
    JsonNode props = node.get("properties");
    if (props == null || props.isEmpty()) {
      JsonNode values = node.get("additionalProperties");
      return values != null && values.isObject()
          ? DataTypes.createMapType(DataTypes.StringType, type(root, values, path), true)
          : DataTypes.StringType;
    }
    List<StructField> fields = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> p = it.next();
      fields.add(DataTypes.createStructField(p.getKey(), type(root, p.getValue(), path), true));
    }
    return DataTypes.createStructType(fields);
  }

  private static JsonNode issueSchema() {
    String resource = "/org/gazette/schemas/" + SchemaValidator.ISSUE_SCHEMA;
    try (InputStream in = SchemaValidator.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from pipeline-core's jar");
      }
      return Json.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
