package org.gazette.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.gazette.Pipeline;
import org.gazette.Samples;
import org.gazette.io.Json;
import org.gazette.model.IssueResult;
import org.gazette.model.PipelineException;
import org.junit.jupiter.api.Test;

class SchemaValidatorTest {
  private final SchemaValidator validator = new SchemaValidator();

  @Test
  void realOutputIsValidAndABrokenFieldIsNamed() throws Exception {
    IssueResult r = new Pipeline().convert(Samples.all().get(1));
    ObjectNode tree = (ObjectNode) Json.tree(r);
    assertEquals(List.of(), validator.validate(tree));
    ((ObjectNode) tree.get("documents").get(2)).put("date", "2023-13-45");
    List<String> problems = validator.validate(tree);
    assertFalse(problems.isEmpty());
    assertTrue(problems.get(0).contains("/documents/2/date"), problems.toString());
  }

  @Test
  void missingRequiredFieldIsReported() throws Exception {
    IssueResult r = new Pipeline().convert(Samples.all().get(1));
    ObjectNode tree = (ObjectNode) Json.tree(r);
    ((ObjectNode) tree.get("documents").get(0)).remove("title");
    assertTrue(validator.validate(tree).stream().anyMatch(p -> p.contains("title")));
  }

  @Test
  void pipelineRefusesAnInvalidRecord() throws Exception {
    Pipeline p = new Pipeline();
    IssueResult r = p.convert(Samples.all().get(1));
    IssueResult bad =
        new IssueResult(
            new org.gazette.model.SourceInfo("x", "not-a-hash", "txt", "UTF-8", 1),
            r.gazette(),
            r.frontMatter(),
            r.backMatter(),
            r.toc(),
            r.furniture(),
            r.documents(),
            r.diagnostics(),
            r.pages());
    PipelineException e =
        assertThrows(PipelineException.SchemaViolation.class, () -> p.validate(bad));
    assertTrue(e.getMessage().contains("sha256"), e.getMessage());
  }
}
