package org.gazette.pdf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.gazette.model.Furniture;
import org.gazette.text.Cjk;
import org.gazette.text.IssuePatterns;
import org.gazette.text.PageMarks;

/**
 * Furniture from page geometry: lines in the top or bottom band of a page that repeat on other
 * pages (digits masked, so {@code 1/2023 …公报} and page-specific labels group together; odd and even
 * pages may alternate), and page labels ({@code — 12 —}, {@code - 12 -}, {@code · 40 ·}, {@code
 * 12}, {@code 第12页}) in those bands.
 */
final class PageGeometry {
  /** Share of the page height at the top and at the bottom where running heads and feet stand. */
  private static final double BAND = 0.12;

  /** A band line must repeat on this share of the pages (at least two) to be a running head. */
  private static final double REPEAT_SHARE = 0.25;

  /**
   * What was found.
   *
   * @param kinds per 1-based page, the index of each furniture line on that page and its kind
   * @param labels per 1-based page, its printed label
   */
  record Result(Map<Integer, Map<Integer, Furniture.Kind>> kinds, Map<Integer, String> labels) {}

  private PageGeometry() {}

  static Result analyse(List<List<TextLine>> pages, List<Double> heights) {
    Map<String, Set<Integer>> seen = new HashMap<>();
    for (int p = 0; p < pages.size(); p++) {
      for (TextLine l : pages.get(p)) {
        String band = band(l, heights.get(p));
        if (band != null) {
          seen.computeIfAbsent(band + key(l.text()), k -> new HashSet<>()).add(p);
        }
      }
    }
    int withText = (int) pages.stream().filter(l -> !l.isEmpty()).count();
    int need = Math.max(2, (int) Math.ceil(REPEAT_SHARE * withText));
    Map<Integer, Map<Integer, Furniture.Kind>> kinds = new HashMap<>();
    Map<Integer, String> labels = new HashMap<>();
    int offset = labelOffset(pages, heights);
    for (int p = 0; p < pages.size(); p++) {
      List<TextLine> lines = pages.get(p);
      for (int i = 0; i < lines.size(); i++) {
        TextLine l = lines.get(i);
        String band = band(l, heights.get(p));
        if (band == null) {
          continue;
        }
        Matcher m = IssuePatterns.PAGE_LABEL_IN_BAND.matcher(Cjk.fold(l.text()));
        if (m.matches()) {
          String value = m.group(1) != null ? m.group(1) : m.group(2);
          boolean inSequence = Integer.parseInt(value) - (p + 1) == offset;
          if (inSequence || decorated(l.text())) {
            kinds.computeIfAbsent(p + 1, k -> new HashMap<>()).put(i, Furniture.Kind.PAGE_NUMBER);
          }
          if (inSequence) {
            labels.put(p + 1, value);
          }
        } else if (seen.get(band + key(l.text())).size() >= need
            && !PageMarks.tableHeaderRow(i, lines.size(), k -> lines.get(k).text())) {
          kinds
              .computeIfAbsent(p + 1, k -> new HashMap<>())
              .put(i, band.equals("top") ? Furniture.Kind.HEADER : Furniture.Kind.FOOTER);
        }
      }
    }
    return new Result(kinds, labels);
  }

  /**
   * The usual difference between printed page number and page index (0 when the PDF starts at page
   * 1; 12 for an excerpt starting at printed page 13), from decorated labels first: a table cell in
   * the bottom band that happens to be a number does not fit it.
   */
  private static int labelOffset(List<List<TextLine>> pages, List<Double> heights) {
    Map<Integer, Integer> decoratedVotes = new HashMap<>();
    Map<Integer, Integer> votes = new HashMap<>();
    for (int p = 0; p < pages.size(); p++) {
      for (TextLine l : pages.get(p)) {
        Matcher m = IssuePatterns.PAGE_LABEL_IN_BAND.matcher(Cjk.fold(l.text()));
        if (band(l, heights.get(p)) == null || !m.matches()) {
          continue;
        }
        int v = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)) - (p + 1);
        votes.merge(v, 1, Integer::sum);
        if (decorated(l.text())) {
          decoratedVotes.merge(v, 1, Integer::sum);
        }
      }
    }
    Map<Integer, Integer> use = decoratedVotes.isEmpty() ? votes : decoratedVotes;
    return use.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(0);
  }

  private static boolean decorated(String text) {
    return !Cjk.fold(text).chars().allMatch(Character::isDigit);
  }

  private static String band(TextLine l, double height) {
    if (l.y() < BAND * height) {
      return "top";
    }
    if (l.y() > (1 - BAND) * height) {
      return "bottom";
    }
    return null;
  }

  private static String key(String text) {
    return Cjk.fold(text).replaceAll("\\d+", "#");
  }
}
