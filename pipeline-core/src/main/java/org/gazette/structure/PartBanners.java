package org.gazette.structure;

import java.util.List;
import org.gazette.layout.Block;
import org.gazette.text.Cjk;
import org.gazette.text.Dates;
import org.gazette.text.Label;
import org.gazette.text.Patterns;

/**
 * Unnumbered part titles that divide a long text above its numbered headings: a work report's
 * {@code “十四五”时期工作回顾} / {@code 2026年重点工作}, a notice's centred {@code 小 学 部 分} over its own 一、二、.
 * Each stands alone between a finished paragraph and the part's text, and they count only where
 * there are two or more and no numbered list runs on across one of them.
 */
final class PartBanners {
  private PartBanners() {}

  /** Shortest and longest part title, spaces removed. */
  private static final int MIN = 4;

  private static final int MAX = 24;

  /** Shortest paragraph a part title stands over, unless a numbered heading follows it. */
  private static final int TEXT_UNDER = 30;

  /** Characters no part title holds: it is no sentence, list, field or note. */
  private static final String NOT_IN = "。；，：:;,！？!?、…";

  /** Sentence ends a part title follows. */
  private static final String AFTER = "。！？：:”";

  /**
   * Which of {@code blocks} are part titles ({@code labels} holds each block's heading label, or
   * null); all false where the document has fewer than two.
   */
  static boolean[] find(List<Block> blocks, Label[] labels) {
    boolean[] at = new boolean[blocks.size()];
    int count = 0;
    for (int i = 1; i + 1 < blocks.size(); i++) {
      if (candidate(blocks, labels, i)) {
        at[i] = true;
        count++;
      }
    }
    if (count < 2 || listRunsAcross(at, labels)) {
      return new boolean[blocks.size()];
    }
    return at;
  }

  private static boolean candidate(List<Block> blocks, Label[] labels, int i) {
    Block b = blocks.get(i);
    if (b.tabular() || labels[i] != null || b.lines().size() != 1) {
      return false;
    }
    String s = Cjk.squeeze(b.folded());
    if (s.length() < MIN || s.length() > MAX || s.chars().anyMatch(c -> NOT_IN.indexOf(c) >= 0)) {
      return false;
    }
    if (s.contains("关于")
        || s.startsWith("附")
        || Patterns.endsLikeTitle(s)
        || Patterns.isOrgLine(s)
        || Dates.findIso(s) != null) {
      return false;
    }
    Block before = blocks.get(i - 1);
    Block after = blocks.get(i + 1);
    String prev = Cjk.strip(before.text());
    return !before.tabular()
        && !prev.isEmpty()
        && AFTER.indexOf(prev.charAt(prev.length() - 1)) >= 0
        && !after.tabular()
        && (labels[i + 1] != null || Cjk.squeeze(after.folded()).length() >= TEXT_UNDER);
  }

  /** True when a numbered list goes on past a part title: then the titles divide no parts. */
  private static boolean listRunsAcross(boolean[] at, Label[] labels) {
    java.util.Map<Label.Style, Integer> last = new java.util.EnumMap<>(Label.Style.class);
    java.util.Set<Label.Style> crossed = java.util.EnumSet.noneOf(Label.Style.class);
    for (int i = 0; i < at.length; i++) {
      if (at[i]) {
        crossed.addAll(last.keySet());
        continue;
      }
      Label l = labels[i];
      if (l == null || l.path() != null) {
        continue;
      }
      Integer before = last.put(l.style(), l.number());
      if (crossed.remove(l.style()) && before != null && l.number() == before + 1) {
        return true;
      }
    }
    return false;
  }
}
