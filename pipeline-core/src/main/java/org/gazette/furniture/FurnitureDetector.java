package org.gazette.furniture;

import java.util.ArrayList;
import java.util.List;
import org.gazette.model.Cancel;
import org.gazette.model.Furniture;
import org.gazette.model.SourceLine;
import org.gazette.text.Cjk;
import org.gazette.text.Dates;
import org.gazette.text.DocNumbers;
import org.gazette.text.IssuePatterns;
import org.gazette.text.Label;
import org.gazette.text.PageMarks;
import org.gazette.text.Patterns;
import org.gazette.text.WebPages;

/**
 * Tags the lines that page layout repeats: running headers ({@code · 政府工作报告 · 1/2023 稷山县人民政府公报}),
 * page numbers ({@code - 12 -}, {@code — 3 —}, {@code 第5页}), bare numbers standing next to a header
 * or counting up inside running text, and section banners ({@code 【市政府文件】}) standing alone. A bare
 * number anywhere else is a table cell or a list number and stays.
 */
public final class FurnitureDetector {
  /**
   * How many non-blank lines away a bare number may stand from a header to count as its page
   * number.
   */
  private static final int PAGE_NUMBER_REACH = 1;

  /** Bare page numbers in a row needed to trust a sequence. */
  private static final int MIN_SEQUENCE = 3;

  /** Lines per page, at least and at most, between two bare page numbers. */
  private static final int MIN_PAGE_LINES = 15;

  private static final int MAX_PAGE_LINES = 400;

  /** A neighbour this long (folded characters) is running text, not a table cell. */
  private static final int RUNNING_TEXT = 10;

  /** How often a line must stand beside a page number to be taken for a running header. */
  private static final int MIN_REPEATS = 3;

  /** Sentence punctuation and quotes, which a running header never has. */
  private static final java.util.regex.Pattern SENTENCE_MARKS =
      java.util.regex.Pattern.compile("[《》“”，。；：,;]");

  /**
   * A section banner ({@code 【省政府文件】}) opens its section once, perhaps again in a reprint of the
   * contents: the same bracketed label more often than this, away from the page's running header,
   * labels the parts of a text ({@code 【说明】}, {@code 【依据】} under each article of a draft).
   */
  private static final int MAX_BANNER_REPEATS = 2;

  /**
   * Detects furniture among {@code lines} from index {@code from} on (lines before it belong to the
   * cover and TOC).
   *
   * @param lines all raw lines
   * @param from 0-based index of the first line to inspect
   * @param gazetteName the issue's name when known, or null
   * @return furniture lines in line order
   */
  public List<Furniture> detect(List<SourceLine> lines, int from, String gazetteName) {
    List<Furniture> found = new ArrayList<>();
    boolean[] header = new boolean[lines.size()];
    // Folded once: every rule below reads the folded form.
    String[] folded = new String[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      Cancel.check();
      folded[i] = i < from ? "" : Cjk.fold(lines.get(i).text());
    }
    String name = gazetteName == null ? null : Cjk.fold(gazetteName);
    for (int i = from; i < lines.size(); i++) {
      Cancel.check();
      if (isHeader(folded[i], name)) {
        header[i] = true;
      }
    }
    markRepeatedNearPageNumbers(lines, folded, from, header);
    java.util.Set<Integer> sequence = pageSequence(lines, folded, from);
    boolean[] banner = new boolean[lines.size()];
    java.util.Map<String, Integer> banners = new java.util.HashMap<>();
    for (int i = from; i < lines.size(); i++) {
      banner[i] = PageMarks.isBanner(folded[i]);
      if (banner[i]) {
        banners.merge(folded[i], 1, Integer::sum);
      }
    }
    for (int i = from; i < lines.size(); i++) {
      Cancel.check();
      SourceLine line = lines.get(i);
      String f = folded[i];
      if (f.isEmpty()) {
        continue;
      }
      Furniture.Kind kind = null;
      if (header[i]) {
        kind = Furniture.Kind.HEADER;
      } else if (banner[i]
          && banners.get(f) <= MAX_BANNER_REPEATS
          && !WebPages.PAGE_TRAILER.matcher(f).matches()
          && !amongFields(folded, i)) {
        kind = Furniture.Kind.BANNER;
      } else if (PageMarks.isPageLabel(f)) {
        kind = Furniture.Kind.PAGE_NUMBER;
      } else if (PageMarks.isBareNumber(f)
          && (nearHeader(lines, header, i) || sequence.contains(i))) {
        kind = Furniture.Kind.PAGE_NUMBER;
      }
      if (kind != null) {
        found.add(new Furniture(line.number(), line.text().strip(), kind));
      }
    }
    return found;
  }

  /**
   * True when the nearest non-empty line before or after {@code i} is a metadata field with its
   * value ({@link IssuePatterns#PAGE_METADATA}: {@code 【制定机关】公安部}): then a bare {@code 【主题分类】} is a
   * field left empty in a database export's header, not a section banner.
   */
  private static boolean amongFields(String[] folded, int i) {
    for (int step = -1; step <= 1; step += 2) {
      int k = i + step;
      while (k >= 0 && k < folded.length && folded[k].isEmpty()) {
        k += step;
      }
      if (k >= 0 && k < folded.length && IssuePatterns.PAGE_METADATA.matcher(folded[k]).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Running headers no pattern knows: short lines that stand next to a page number ({@code - 12 -})
   * at least twice with the same text (digits masked).
   */
  private static void markRepeatedNearPageNumbers(
      List<SourceLine> lines, String[] folded, int from, boolean[] header) {
    java.util.Map<String, List<Integer>> near = new java.util.HashMap<>();
    for (int i = from; i < lines.size(); i++) {
      Cancel.check();
      String f = folded[i];
      if (!PageMarks.isPageLabel(f)) {
        continue;
      }
      for (int j : neighbours(lines, i)) {
        String g = folded[j];
        if (!g.isEmpty()
            && g.length() <= 30
            && !PageMarks.isFramedPageLabel(g)
            && !structural(g)
            && !PageMarks.isBareNumber(g)
            && !PageMarks.tableHeaderRow(
                j,
                lines.size(),
                k -> lines.get(k).text())) { // a table's header repeated on each page
          near.computeIfAbsent(g.replaceAll("\\d+", "#"), k -> new ArrayList<>()).add(j);
        }
      }
    }
    near.values().stream()
        .filter(v -> v.size() >= MIN_REPEATS)
        .flatMap(List::stream)
        .forEach(j -> header[j] = true);
  }

  /**
   * Bare page numbers without a header: numbers standing alone inside running text (both neighbours
   * are text lines, neither a number nor a short table cell) that count up by one or two, at least
   * {@value #MIN_SEQUENCE} of them, a page or so apart. A table's 序号 column fails the first test.
   */
  private static java.util.Set<Integer> pageSequence(
      List<SourceLine> lines, String[] folded, int from) {
    List<int[]> candidates = new ArrayList<>();
    for (int i = from; i < lines.size(); i++) {
      Cancel.check();
      String f = folded[i];
      if (!PageMarks.isBareNumber(f)) {
        continue;
      }
      List<Integer> n = neighbours(lines, i);
      boolean inText =
          n.size() == 2
              && n.stream()
                  .allMatch(
                      j -> {
                        String g = folded[j];
                        return g.length() >= RUNNING_TEXT && !PageMarks.isBareNumber(g);
                      });
      if (inText) {
        candidates.add(new int[] {i, Integer.parseInt(f)});
      }
    }
    java.util.Set<Integer> out = new java.util.HashSet<>();
    List<List<int[]>> chains = new ArrayList<>();
    for (int[] c : candidates) {
      List<int[]> best = null;
      for (List<int[]> chain : chains) {
        int[] last = chain.get(chain.size() - 1);
        int step = c[1] - last[1];
        int gap = c[0] - last[0];
        if (step >= 1 && step <= 2 && gap >= MIN_PAGE_LINES && gap <= MAX_PAGE_LINES) {
          best = chain;
        }
      }
      if (best == null) {
        best = new ArrayList<>();
        chains.add(best);
      }
      best.add(c);
    }
    for (List<int[]> chain : chains) {
      if (chain.size() >= MIN_SEQUENCE) {
        chain.forEach(c -> out.add(c[0]));
      }
    }
    return out;
  }

  /** Lines that repeat because documents repeat them, not because pages do. */
  private static boolean structural(String f) {
    return Patterns.NOTE.matcher(f).matches()
        || Patterns.isOrgLine(f)
        || Dates.onlyDateIso(f) != null
        || Patterns.TERMINAL.matcher(f).matches()
        || f.startsWith("附件")
        || Patterns.BRACKETED.matcher(f).matches()
        || DocNumbers.whole(f) != null
        || Label.parse(f, false) != null;
  }

  /** The nearest non-blank line on each side of {@code i}. */
  private static List<Integer> neighbours(List<SourceLine> lines, int i) {
    List<Integer> out = new ArrayList<>();
    for (int dir = -1; dir <= 1; dir += 2) {
      for (int j = i + dir; j >= 0 && j < lines.size(); j += dir) {
        if (!lines.get(j).isBlank()) {
          out.add(j);
          break;
        }
      }
    }
    return out;
  }

  /** {@code f} and {@code gazetteName} folded. */
  private static boolean isHeader(String f, String gazetteName) {
    if (f.isEmpty() || f.length() > 60) {
      return false;
    }
    if (gazetteName != null && f.equals(gazetteName)) {
      return true;
    }
    if (IssuePatterns.DOT_BANNER_ONLY.matcher(f).matches()
        || IssuePatterns.ISSUE_LABEL_ONLY.matcher(f).matches()) {
      return true;
    }
    if (SENTENCE_MARKS.matcher(f).find()) {
      return false;
    }
    return (f.contains("公报") || f.contains("政报"))
        && (IssuePatterns.HAS_ISSUE_LABEL.matcher(f).matches()
            || IssuePatterns.DOT_BANNER.matcher(f).find());
  }

  private static boolean nearHeader(List<SourceLine> lines, boolean[] header, int i) {
    for (int dir = -1; dir <= 1; dir += 2) {
      int seen = 0;
      for (int j = i + dir; j >= 0 && j < lines.size() && seen < PAGE_NUMBER_REACH; j += dir) {
        if (lines.get(j).isBlank()) {
          continue;
        }
        if (header[j]) {
          return true;
        }
        seen++;
      }
    }
    return false;
  }
}
