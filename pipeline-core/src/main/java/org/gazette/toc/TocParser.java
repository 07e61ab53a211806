package org.gazette.toc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.gazette.model.Cancel;
import org.gazette.model.DocNumber;
import org.gazette.model.SourceLine;
import org.gazette.model.Toc;
import org.gazette.model.TocEntry;
import org.gazette.text.Cjk;
import org.gazette.text.DocNumbers;
import org.gazette.text.IssuePatterns;
import org.gazette.text.Label;
import org.gazette.text.Patterns;

/**
 * Parses the 目录 block. Entry forms seen in gazettes, all handled by one loop:
 *
 * <pre>
 * 稷山县人民政府关于推进气象高质量发展的实施意见        (title line)
 * 稷政发〔2023〕11 号..... 1                           (字号 + dotted leader + page)
 * …运行 补贴办法的通知 稷政办发〔2023〕26 号\t32         (title, 字号, tab, page on one line)
 * - 关于…的通知（稷政发〔2022〕20号）1                  (bullet, 字号 in brackets, page glued)
 * 政府工作报告……………………1                             (no 字号)
 * </pre>
 *
 * Lines that carry no page number are title fragments only when a following line (within two)
 * completes the entry; otherwise the TOC has ended.
 */
public final class TocParser {
  /** Where to look for the 目录 line: the first lines of an issue. */
  private static final int HEAD_SEARCH_LINES = 400;

  private static final int LOOKAHEAD = 2;

  /** The TOC of {@code lines}, or null when the issue has none. */
  public Toc parse(List<SourceLine> lines) {
    int head = findHead(lines);
    if (head < 0) {
      return null;
    }
    List<TocEntry> entries = new ArrayList<>();
    String category = null;
    StringBuilder pending = new StringBuilder();
    int pendingLine = -1;
    int end = head;
    for (int i = head + 1; i < lines.size(); i++) {
      Cancel.check();
      SourceLine line = lines.get(i);
      String raw = line.text().strip();
      if (raw.isEmpty()) {
        continue;
      }
      if (IssuePatterns.FOREIGN_CONTENTS_HEAD.matcher(raw).matches()) {
        break; // the contents again in another language: see foreignContentsEnd
      }
      String section = pending.length() == 0 ? section(lines, i, Cjk.fold(raw)) : null;
      if (section != null) {
        category = section;
        end = i;
        continue;
      }
      Parsed p = parseLine(raw);
      if (p.page() != null) {
        String title = Cjk.collapseSpaces(pending + p.title());
        int at = pendingLine >= 0 ? pendingLine : line.number();
        entries.add(new TocEntry(Cjk.fold(title), p.docNumber(), p.page(), category, at, null));
        pending.setLength(0);
        pendingLine = -1;
        end = i;
      } else if (p.docNumber() == null && completesLater(lines, i)) {
        if (pendingLine < 0) {
          pendingLine = line.number();
        }
        pending.append(p.title());
      } else {
        break;
      }
    }
    if (entries.isEmpty() || entries.stream().allMatch(TocParser::chapter)) {
      return null; // 目录 / 第一章 总则……4: the contents of rules, inside their document
    }
    for (int before = -1; before != end; ) {
      before = end;
      end = colophonEnd(lines, foreignContentsEnd(lines, end));
    }
    return new Toc(lines.get(head).number(), lines.get(end).number(), entries);
  }

  /**
   * Index of the last line of a contents list in another language right after the TOC ({@code
   * CONTENTS} and its English entries, as the State Council gazette prints them), else {@code end}.
   */
  static int foreignContentsEnd(List<SourceLine> lines, int end) {
    int i = end + 1;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    if (i >= lines.size()
        || !IssuePatterns.FOREIGN_CONTENTS_HEAD.matcher(lines.get(i).text().strip()).matches()) {
      return end;
    }
    int last = i;
    for (int k = i + 1; k < lines.size(); k++) {
      String t = lines.get(k).text().strip();
      if (t.isEmpty()) {
        continue;
      }
      if (!Cjk.mostlyLatin(t) && !IssuePatterns.TOC_PAGE_AFTER_NUMBER.matcher(t).matches()) {
        break;
      }
      last = k;
    }
    return last;
  }

  /**
   * The section named by line {@code i} ({@code folded}): a bracketed banner ({@code 【县政府文件】}), or
   * a plain heading ({@code 国务院文件}, {@code 人事任免}) that is no wrapped title's first part: the next
   * line starts no continuation ({@code 第720号……5}, {@code （2023年修订）……8}). Else null.
   */
  private static String section(List<SourceLine> lines, int i, String folded) {
    Matcher banner = IssuePatterns.BANNER.matcher(folded);
    if (banner.matches()) {
      return banner.group(1);
    }
    if (IssuePatterns.DOT_BANNER_ONLY.matcher(folded).matches()) {
      return folded.substring(1, folded.length() - 1);
    }
    if (!IssuePatterns.TOC_SECTION.matcher(folded).matches()) {
      return null;
    }
    for (int j = i + 1; j < lines.size(); j++) {
      String next = Cjk.fold(lines.get(j).text().strip());
      if (!next.isEmpty()) {
        return CONTINUATION.matcher(next).lookingAt() ? null : folded;
      }
    }
    return null;
  }

  /**
   * Index of the last line of a colophon right after the TOC ({@code 编辑出版：…}, {@code 地址：…}, {@code
   * 国内统一刊号：…}), else {@code end}.
   */
  static int colophonEnd(List<SourceLine> lines, int end) {
    int last = end;
    for (int k = end + 1; k < lines.size(); k++) {
      String t = Cjk.fold(lines.get(k).text().strip());
      if (t.isEmpty()) {
        continue;
      }
      if (!IssuePatterns.COLOPHON.matcher(t).matches()) {
        break;
      }
      last = k;
    }
    return last;
  }

  /** The start of a wrapped TOC title's second line: {@code 第720号……5}, {@code （2023年修订）……8}. */
  private static final java.util.regex.Pattern CONTINUATION =
      java.util.regex.Pattern.compile("第\\d+号|[(（〔]");

  private static int findHead(List<SourceLine> lines) {
    int limit = Math.min(lines.size(), HEAD_SEARCH_LINES);
    for (int i = 0; i < limit; i++) {
      if (IssuePatterns.TOC_HEAD.matcher(Cjk.fold(lines.get(i).text())).matches()) {
        return i;
      }
    }
    return -1;
  }

  private boolean completesLater(List<SourceLine> lines, int i) {
    int seen = 0;
    for (int j = i + 1; j < lines.size() && seen < LOOKAHEAD; j++) {
      String raw = lines.get(j).text().strip();
      if (raw.isEmpty()) {
        continue;
      }
      seen++;
      Parsed p = parseLine(raw);
      if (p.page() != null) {
        return true;
      }
      if (p.docNumber() != null) {
        return false;
      }
    }
    return false;
  }

  record Parsed(String title, String docNumber, Integer page) {}

  /** Splits one TOC line into title text, 字号 and page. */
  static Parsed parseLine(String raw) {
    String s = IssuePatterns.BULLET.matcher(raw).replaceFirst("");
    String folded = Cjk.fold(s);
    DocNumber dn = DocNumbers.find(folded);
    String titlePart = folded;
    String afterDoc = "";
    if (dn != null) {
      int at = DocNumbers.start(folded);
      int endAt = Math.min(folded.length(), at + dn.raw().length());
      titlePart = folded.substring(0, at);
      afterDoc = folded.substring(endAt);
      titlePart = titlePart.replaceAll("[(（]$", "");
      afterDoc = afterDoc.replaceFirst("^[)）]", "");
    }
    Integer page = null;
    boolean hasLeader = IssuePatterns.TOC_LEADERS.matcher(s).find();
    if (dn != null) {
      Matcher m = IssuePatterns.TOC_PAGE_AFTER_NUMBER.matcher(afterDoc);
      if (m.matches()) {
        page = Integer.valueOf(m.group(1));
      }
    } else {
      Matcher m = IssuePatterns.TOC_PAGE_TAIL.matcher(s);
      if (m.matches() && (hasLeader || endsWithTitleWord(m.group(1)))) {
        page = Integer.valueOf(m.group(2));
        titlePart = Cjk.fold(m.group(1)).replaceAll("[.…·⋯_]+$", "");
      }
    }
    return new Parsed(titlePart, dn == null ? null : dn.normalized(), page);
  }

  /** An entry that is a chapter or section of one document ({@code 第一章总则}), no document. */
  private static boolean chapter(TocEntry e) {
    Label l = Label.parse(e.title(), false);
    return l != null && (l.style() == Label.Style.CHAPTER || l.style() == Label.Style.PART);
  }

  private static boolean endsWithTitleWord(String s) {
    return Patterns.endsLikeTitle(Cjk.fold(s));
  }
}
