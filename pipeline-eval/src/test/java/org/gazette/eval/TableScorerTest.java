package org.gazette.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import org.gazette.io.Json;
import org.junit.jupiter.api.Test;

/** Table scoring as shared/tools/tables.py does it. */
class TableScorerTest {
  private static final String OUT =
      """
      {"documents": [{"body": [{"kind": "table", "headerRows": 1, "columns": 3,
        "sourceSpan": {"startLine": 1, "endLine": 3},
        "rows": [[{"text": "税目", "colSpan": 2}, {"text": "税率"}],
                 [{"text": "能源", "rowSpan": 2}, {"text": "原油"}, {"text": "6%"}],
                 [{"text": "煤"}, {"text": "2%"}]]}]}]}
      """;

  @Test
  void spansExpandToNullsUnderMergedCells() throws Exception {
    JsonNode rows = Json.MAPPER.readTree(OUT).at("/documents/0/body/0/rows");
    assertEquals(
        List.of(
            Arrays.asList("税目", null, "税率"),
            Arrays.asList("能源", "原油", "6%"),
            Arrays.asList(null, "煤", "2%")),
        TableScorer.expand(rows));
  }

  @Test
  void aRightTableScoresOneAndAWrongCellLowersAccuracyOnly() throws Exception {
    JsonNode out = Json.MAPPER.readTree(OUT);
    JsonNode right =
        Json.MAPPER.readTree(
            """
            {"tables": [{"grid": [["税目", null, "税率"], ["能源", "原油", "6%"], [null, "煤", "2%"]]}]}
            """);
    assertEquals(new TableScorer.Score(1, 1, 1, 1.0, 1.0, 1.0), TableScorer.score(out, right));
    JsonNode wrong =
        Json.MAPPER.readTree(
            """
            {"tables": [{"grid": [["税目", null, "税率"], ["能源", "原油", "6%"], [null, "煤", "3%"]]}]}
            """);
    TableScorer.Score s = TableScorer.score(out, wrong);
    assertEquals(1.0, s.shape());
    assertEquals(6.0 / 7, s.cellAccuracy(), 1e-9);
    assertEquals(2.0 * 6 / 14, s.contentF1(), 1e-9);
  }

  @Test
  void aGoldTableWithNoSharedCellIsUnmatched() throws Exception {
    JsonNode gold = Json.MAPPER.readTree("{\"tables\": [{\"grid\": [[\"甲\", \"乙\"]]}]}");
    TableScorer.Score s = TableScorer.score(Json.MAPPER.readTree(OUT), gold);
    assertEquals(0, s.found());
    assertEquals(0.0, s.cellAccuracy());
  }
}
