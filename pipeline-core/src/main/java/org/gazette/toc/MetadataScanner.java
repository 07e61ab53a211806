package org.gazette.toc;

import java.util.List;
import java.util.regex.Matcher;
import org.gazette.model.Furniture;
import org.gazette.model.GazetteInfo;
import org.gazette.model.SourceLine;
import org.gazette.text.Cjk;
import org.gazette.text.Dates;
import org.gazette.text.IssuePatterns;

/**
 * Reads issue metadata from the cover and masthead ({@code 2023 年第 3 期（总第 11 期）}, {@code 2023 年 9 月
 * 30 日出版}) and, failing that, from running headers ({@code 1/2023 稷山县人民政府公报}).
 */
public final class MetadataScanner {
  private static final int COVER_LINES = 120;

  /**
   * Longest line read for cover metadata: the patterns search the whole line ({@code …日出版}), and
   * cover lines are short.
   */
  private static final int MAX_COVER_LINE = 200;

  /** Metadata from the first lines of the issue. */
  public GazetteInfo fromCover(List<SourceLine> lines, int endExclusive) {
    String name = null;
    Integer year = null;
    Integer issue = null;
    Integer total = null;
    String published = null;
    int limit = Math.min(Math.min(lines.size(), COVER_LINES), Math.max(0, endExclusive));
    for (int i = 0; i < limit; i++) {
      if (lines.get(i).text().length() > MAX_COVER_LINE) {
        continue; // a cover line is short; a long one (a flattened page) is body text
      }
      String f = Cjk.fold(lines.get(i).text());
      Matcher m = IssuePatterns.GAZETTE_NAME.matcher(f);
      if (name == null && m.matches()) {
        name = m.group(1);
      }
      m = IssuePatterns.YEAR_ISSUE.matcher(f);
      if (year == null && m.find()) {
        year = Integer.valueOf(m.group(1));
        issue = Integer.valueOf(m.group(2));
      }
      m = IssuePatterns.TOTAL_ISSUE.matcher(f);
      if (total == null && m.find()) {
        total = Integer.valueOf(m.group(1));
      }
      m = IssuePatterns.PUBLISHED.matcher(f);
      if (published == null && m.find()) {
        published = Dates.findIso(m.group(1) != null ? m.group(1) : m.group(3));
      }
    }
    return new GazetteInfo(name, year, issue, total, published);
  }

  /** Metadata from running headers such as {@code 1/2023 稷山县人民政府公报 · 县政府办公室文件 ·}. */
  public GazetteInfo fromHeaders(List<Furniture> furniture) {
    for (Furniture f : furniture) {
      if (f.kind() != Furniture.Kind.HEADER) {
        continue;
      }
      String t = Cjk.fold(f.text());
      Matcher name =
          IssuePatterns.GAZETTE_NAME_IN.matcher(IssuePatterns.DOT_BANNER.matcher(t).replaceAll(""));
      Matcher issue = IssuePatterns.HEADER_ISSUE.matcher(t);
      Matcher yi = IssuePatterns.YEAR_ISSUE.matcher(t);
      String n = name.find() ? name.group(1).replaceFirst("^\\d+", "") : null;
      if (issue.find()) {
        return new GazetteInfo(
            n, Integer.valueOf(issue.group(2)), Integer.valueOf(issue.group(1)), null, null);
      }
      if (yi.find()) {
        return new GazetteInfo(
            n, Integer.valueOf(yi.group(1)), Integer.valueOf(yi.group(2)), null, null);
      }
      if (n != null) {
        return new GazetteInfo(n, null, null, null, null);
      }
    }
    return new GazetteInfo(null, null, null, null, null);
  }
}
