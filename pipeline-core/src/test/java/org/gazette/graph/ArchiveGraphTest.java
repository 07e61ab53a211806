package org.gazette.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gazette.Pipeline;
import org.gazette.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An archive of three converted notices that cite each other, resolved into a graph. */
class ArchiveGraphTest {
  private static String notice(String title, String number, String body, String date) {
    return title
        + "\n\n"
        + number
        + "\n\n各乡（镇）人民政府，县直各有关单位：\n\n"
        + body
        + "\n\n某县人民政府\n\n"
        + date
        + "\n\n（此件公开发布）\n";
  }

  @Test
  void citationsResolveByNumberThenByTitleAndNeverToALaterDocument(@TempDir Path dir)
      throws Exception {
    String a =
        notice("某县人民政府关于加强某项工作的通知", "某政发〔2021〕3号", "为做好某项工作，现将有关事项通知如下。请认真贯彻执行。", "2021年3月1日");
    String b =
        notice(
            "某县人民政府关于进一步做好某项工作的通知",
            "某政发〔2022〕5号",
            "根据某政发〔2021〕3号文件和《关于加强某项工作的通知》精神，结合《某省某某条例》，" + "落实《某县人民政府关于推进某事的意见》要求，现通知如下。",
            "2022年5月6日");
    String c = notice("某县人民政府关于推进某事的意见", "某政发〔2023〕1号", "按照某政发〔2022〕5号要求，提出如下意见。", "2023年1月9日");
    Pipeline pipeline = new Pipeline();
    Path out = Files.createDirectories(dir.resolve("out"));
    String[][] issues = {{"a", a}, {"b", b}, {"c", c}};
    for (String[] i : issues) {
      Files.writeString(
          out.resolve(i[0] + ".json"),
          Json.pretty(pipeline.convert(i[1].getBytes(StandardCharsets.UTF_8), i[0] + ".txt")));
    }
    ArchiveGraph g = ArchiveGraph.of(out);
    List<ArchiveGraph.Edge> cites =
        g.edges().stream().filter(e -> e.type().equals("CITES")).toList();
    assertEquals(3, cites.size(), cites.toString());
    assertEquals("doc:b/doc-001", cites.get(0).start());
    assertEquals("doc:a/doc-001", cites.get(0).end());
    assertEquals("docNumber", cites.get(0).props().get("by"));
    assertEquals("doc:a/doc-001", cites.get(1).end());
    assertEquals("title", cites.get(1).props().get("by"));
    assertEquals("doc:c/doc-001", cites.get(2).start());
    assertEquals("doc:b/doc-001", cites.get(2).end());
    // 《某省某某条例》 is not in the archive; the 2023 意见 cannot be what a 2022 notice cites
    assertEquals(2, g.unresolved().size(), g.unresolved().toString());
    assertEquals(new ArchiveGraph.Counts(3, 5, 2, 1, 0, 2), g.counts());
    GraphFiles.write(g, dir.resolve("graph"));
    List<String> edges = Files.readAllLines(dir.resolve("graph/edges.csv"));
    assertEquals(
        ":START_ID,:END_ID,:TYPE,line,by,text,action,position,organisation,date,document,label",
        edges.get(0));
    assertTrue(edges.get(1).startsWith("doc:b/doc-001,doc:a/doc-001,CITES,"), edges.get(1));
    assertEquals(3, Files.readAllLines(dir.resolve("graph/nodes.jsonl")).size());
  }

  @Test
  void numberSeriesShowDuplicatesAndGaps() {
    NumberChecks n = new NumberChecks();
    n.add("某政发", 2022, 1, "doc:a/doc-001", "关于甲的通知");
    n.add("某政发", 2022, 2, "doc:a/doc-002", "关于乙的通知");
    n.add("某政发", 2022, 2, "doc:b/doc-001", "关于丙的通知");
    n.add("某政发", 2022, 5, "doc:b/doc-002", "关于丁的通知");
    n.add("某政发", 2022, 7, "doc:c/doc-001", "关于戊的通知");
    n.add("某政发", 2022, 7, "doc:d/doc-001", "关于 戊的通知"); // the same document reprinted
    NumberChecks.Series s = n.series().get(0);
    assertEquals(6, s.documents());
    assertEquals(List.of(2), List.copyOf(s.duplicates().keySet()));
    assertEquals(List.of("3-4", "6"), s.gaps());
  }
}
