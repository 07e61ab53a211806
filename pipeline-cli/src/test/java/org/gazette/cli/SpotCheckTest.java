package org.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.gazette.Tools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** inspect, eval and review, as a person would use them. */
class SpotCheckTest {
  private static final Path SAMPLE = Path.of("..", "samples", "001_17a974d05048ca79.txt");
  private static final Path GOLD = Path.of("..", "samples", "gold", "001_17a974d05048ca79.json");

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void inspectShowsDocumentsTocAndOneOutline() {
    CliRun r = run("inspect", SAMPLE.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("稷山县人民政府公报  2023年第3期（总第11期）  2023-09-30"), r.out());
    assertTrue(r.out().contains("doc-013"), r.out());
    assertTrue(r.out().contains("稷政办发〔2023〕31号"), r.out());
    assertTrue(r.out().contains("→ doc-006"), "TOC reconciled: " + r.out());
    CliRun d = run("inspect", SAMPLE.toString(), "--doc", "6");
    assertEquals(0, d.code());
    assertTrue(d.out().contains("enclosure: 稷山县县级应急转贷周转资金管理办法"), d.out());
    assertTrue(d.out().contains("├─ 第一章总则"), d.out());
    assertTrue(d.out().contains("第二十七条"), d.out());
    assertEquals(2, run("inspect", SAMPLE.toString(), "--doc", "99").code());
  }

  @Test
  void inspectOfASingleDocumentPrintsNoEmptyGazetteLine(@TempDir Path tmp) throws Exception {
    Path one = tmp.resolve("one.txt");
    Files.writeString(one, "某某县人民政府关于做好防汛工作的通知\n各乡镇人民政府：\n请做好防汛工作。\n某某县人民政府\n2023年6月1日\n");
    CliRun r = run("inspect", one.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(!r.out().contains("年第") && !r.out().contains("期\n"), r.out());
    assertTrue(r.out().startsWith(one.toString()) || r.out().contains(one + ", 5 lines"), r.out());
  }

  @Test
  void evalScoresAnOutputAgainstGold(@TempDir Path tmp) {
    assertEquals(0, run("convert", SAMPLE.toString(), "-o", tmp.toString(), "-q").code());
    CliRun r = run("eval", tmp.resolve("001_17a974d05048ca79.json").toString(), GOLD.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("segmentation: precision 1.000, recall 1.000, F1 1.000"), r.out());
    assertTrue(r.out().contains("docNumber      1.000"), r.out());
  }

  @Test
  void reviewPageRendersInHeadlessChromium(@TempDir Path tmp) throws Exception {
    Path html = tmp.resolve("review.html");
    CliRun r = run("review", SAMPLE.toString(), "-o", html.toString());
    assertEquals(0, r.code(), r.err());
    String page = Files.readString(html);
    assertTrue(
        page.contains("class=\"l docnumber\" title=\"docnumber\" id=\"L65\""), "字号 line coloured");
    assertTrue(page.contains("class=\"l heading\""));
    assertTrue(page.contains("doc-013"));
    File chromium = new File("/usr/bin/chromium");
    Tools.need(chromium.canExecute(), "chromium is not installed (.ci/setup installs it)");
    Path png = tmp.resolve("review.png");
    Process p =
        new ProcessBuilder(
                List.of(
                    chromium.getPath(),
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--user-data-dir=" + tmp.resolve("profile"),
                    "--window-size=1400,900",
                    "--screenshot=" + png,
                    html.toUri().toString()))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertTrue(p.waitFor(90, TimeUnit.SECONDS), "chromium finished");
    BufferedImage img = ImageIO.read(png.toFile());
    assertEquals(1400, img.getWidth());
    int header = img.getRGB(5, 5) & 0xFFFFFF;
    assertEquals(0x333333, header, "the dark header bar is drawn");
    long colours =
        java.util.stream.IntStream.range(0, 800)
            .map(y -> img.getRGB(300, 60 + y) & 0xFFFFFF)
            .distinct()
            .count();
    assertTrue(colours >= 3, "lines are coloured by role");
  }
}
