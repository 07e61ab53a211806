package org.gazette.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a table becomes one flat CSV grid. */
class ExportsTableTest {
  @Test
  void mergedCellsAreRepeatedAndHeaderRowsJoinedPerColumn() throws Exception {
    JsonNode t =
        Json.MAPPER.readTree(
            """
            {"kind": "table", "headerRows": 2, "columns": 4, "rows": [
              [{"text": "乡镇", "rowSpan": 2}, {"text": "完成时限", "colSpan": 3}],
              [{"text": "2021年"}, {"text": "2022年"}, {"text": "2023年"}],
              [{"text": "稷峰镇", "rowSpan": 2}, {"text": "16"}, {"text": "6"}, {"text": ""}],
              [{"text": "7"}, {"text": "2"}, {"text": "1"}]
            ]}
            """);
    assertEquals(
        List.of(
            List.of("乡镇", "完成时限/2021年", "完成时限/2022年", "完成时限/2023年"),
            List.of("稷峰镇", "16", "6", ""),
            List.of("稷峰镇", "7", "2", "1")),
        Exports.flat(t));
  }
}
