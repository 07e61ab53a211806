package org.gazette;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;
import org.gazette.model.IssueResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plausible but hostile TXT: one very long line of a repeated structure token, a long run of nested
 * brackets, a TOC line of 40,000 leader characters. Each converts to a result. The time bound is a
 * hang guard far above any normal run (a rule that grows with the square of a line's length takes
 * minutes here), not a speed target: speed lives in {@code gazette bench}.
 */
class HostileInputsTest {
  private static final Duration HANG = Duration.ofSeconds(90);

  static Stream<Arguments> inputs() {
    return Stream.of(
        Arguments.of("long line", "关于某某的通知\n一、" + "这是一个很长的段落没有换行".repeat(40_000)),
        Arguments.of("long appointment line", "关于某某的通知\n" + "任命张三为".repeat(60_000)),
        Arguments.of("long title before an order", "关于" + "某某".repeat(100_000) + "的办法国务院令第23号"),
        Arguments.of("nested brackets", "关于某某的通知\n" + "〔".repeat(100_000) + "\n正文。"),
        Arguments.of(
            "leader dots",
            "目　录\n关于印发某某办法的通知" + ".".repeat(40_000) + "1\n关于某某的通知" + "…".repeat(40_000) + "5"),
        Arguments.of("long line of 字号", "关于某某的通知\n" + "晋政办发〔2023〕17号".repeat(20_000)),
        Arguments.of("long line of headings", "关于某某的通知\n" + "一、关于（一）第一条1.附件：".repeat(20_000)),
        Arguments.of("long tab row", "关于某某的通知\n" + "\t序号\t名称".repeat(50_000)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void convertsWithoutHanging(String name, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    IssueResult r =
        assertTimeoutPreemptively(HANG, () -> new Pipeline().convert(bytes, name + ".txt"));
    assertFalse(
        r.documents().isEmpty()
            && r.furniture().isEmpty()
            && r.frontMatter() == null
            && r.toc() == null,
        "the text has a place in the result");
  }
}
