package org.gazette.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.gazette.io.Json;
import org.junit.jupiter.api.Test;

class DocumentSchemaTest {
  @Test
  void columnsAreTheIssueMetadataThenTheDocumentsProperties() {
    StructType line = DocumentSchema.line();
    List<String> names = List.of(line.fieldNames());
    assertEquals(
        List.of("issue", "sourcePath", "gazette", "id", "category", "title"), names.subList(0, 6));
    assertEquals(
        DataTypes.LongType,
        ((StructType) line.apply("gazette").dataType()).apply("year").dataType());
    // docNumberParts is oneOf [null, {…}]: a struct
    assertEquals("struct", line.apply("docNumberParts").dataType().typeName());
    // a citation's anyOf only says which fields it needs: still a struct
    StructType citation =
        (StructType) ((ArrayType) line.apply("citations").dataType()).elementType();
    assertEquals(DataTypes.LongType, citation.apply("year").dataType());
    // an outline node's children refer to the node itself: kept as JSON text
    StructType node = (StructType) ((ArrayType) line.apply("body").dataType()).elementType();
    assertEquals(
        DataTypes.createArrayType(DataTypes.StringType, true), node.apply("children").dataType());
  }

  @Test
  void typesFollowTheJsonSchema() throws Exception {
    JsonNode root =
        Json.MAPPER.readTree(
            """
            {"$defs": {"t": {"type": "object", "properties": {"next": {"$ref": "#/$defs/t"}}}},
             "properties": {
               "a": {"type": ["integer", "null"]},
               "b": {"type": ["string", "integer"]},
               "c": {"enum": ["x", "y"]},
               "d": {"type": "array", "items": {"type": "number"}},
               "e": {"type": "object", "additionalProperties": {"type": "boolean"}},
               "f": {"anyOf": [{"type": "string"}, {"type": "integer"}]},
               "g": {"$ref": "#/$defs/t"},
               "h": {"type": "object", "properties": {"x": {"type": "string"}},
                     "anyOf": [{"required": ["x"]}, {"required": ["y"]}]}}}
            """);
    JsonNode p = root.get("properties");
    assertEquals(DataTypes.LongType, DocumentSchema.type(root, p.get("a"), new HashSet<>()));
    assertEquals(DataTypes.StringType, DocumentSchema.type(root, p.get("b"), new HashSet<>()));
    assertEquals(DataTypes.StringType, DocumentSchema.type(root, p.get("c"), new HashSet<>()));
    assertEquals(
        DataTypes.createArrayType(DataTypes.DoubleType, true),
        DocumentSchema.type(root, p.get("d"), new HashSet<>()));
    assertEquals(
        DataTypes.createMapType(DataTypes.StringType, DataTypes.BooleanType, true),
        DocumentSchema.type(root, p.get("e"), new HashSet<>()));
    assertEquals(DataTypes.StringType, DocumentSchema.type(root, p.get("f"), new HashSet<>()));
    StructType g = (StructType) DocumentSchema.type(root, p.get("g"), new HashSet<>());
    assertEquals(DataTypes.StringType, g.apply("next").dataType());
    StructType h = (StructType) DocumentSchema.type(root, p.get("h"), new HashSet<>());
    assertEquals(List.of("x"), List.of(h.fieldNames()));
  }
}
