package org.gazette.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.layout.Block;
import org.gazette.model.SourceLine;
import org.gazette.text.Cjk;
import org.gazette.text.Dates;
import org.gazette.text.DocNumbers;
import org.gazette.text.IssuePatterns;
import org.gazette.text.Patterns;

/**
 * A web page's or a crawler's metadata header above a document ({@code 标题：…}, {@code 发布时间：…},
 * {@code 索引号：…}, a separator line): front matter, never part of the document.
 */
final class PageHeader {
  /** The header is looked for among the first blocks only. */
  private static final int REACH = 14;

  /** Fewest metadata fields that make a header. */
  private static final int MIN_FIELDS = 2;

  /** Longest block of a header. */
  private static final int MAX_CHARS = 200;

  private PageHeader() {}

  /**
   * Index of the first block after the page header at the start of {@code blocks}, or 0 when there
   * is none: the header runs to its last metadata field or separator line among the first blocks,
   * with nothing long in between.
   */
  static int end(List<Block> blocks) {
    int fields = 0;
    int end = 0;
    for (int k = 0; k < Math.min(REACH, blocks.size()); k++) {
      String f = blocks.get(k).folded();
      if (fields(blocks.get(k)).stream()
          .anyMatch(x -> IssuePatterns.PAGE_METADATA.matcher(x).matches())) {
        fields++;
        k += Block.valueBelow(blocks, k, blocks.size() - 1) ? 1 : 0; // 来源： / 体改司
        end = k + 1;
      } else if (f.length() > MAX_CHARS) {
        break;
      } else if (IssuePatterns.SEPARATOR_LINE.matcher(f).matches()
          || IssuePatterns.BODY_MARKER.matcher(f).matches()) {
        end = k + 1;
      } else if (opensDocument(f)
          || k + 1 < blocks.size()
              && Patterns.endsLikeTitle(f)
              && Patterns.REPORT_SUBTITLE.matcher(blocks.get(k + 1).folded()).matches()) {
        break; // a report's title over its subtitle (——2026年1月27日在…会议上): the news page's
        // fields below (来源：, 时间：) are inside the document
      }
    }
    return fields >= MIN_FIELDS ? end : 0;
  }

  /**
   * A 字号 or a 主送 line opens the document: fields after it ({@code 时间：}, {@code 地点：}) are the
   * document's own.
   */
  private static boolean opensDocument(String folded) {
    return DocNumbers.whole(folded) != null || folded.endsWith("：") || folded.endsWith(":");
  }

  /**
   * A gap between the cells of a header line: a tab, or a run of spaces before the next field's
   * label (a value may hold spaces: {@code 标题: 某某乡委员会 关于…的通知}).
   */
  private static final Pattern CELL_GAP =
      Pattern.compile("\\t|[ \\u3000]{2,}(?=\\p{IsHan}{2,6}[:：])");

  /** A cell that is a field's label alone, its value in the next cell: {@code 文号}. */
  private static final Pattern LABEL_CELL = Pattern.compile("^\\p{IsHan}{2,6}[:：]?$");

  /**
   * The fields of a header block as {@code label：value} texts: the block itself, or, where the page
   * set several fields on one line, each of its cells ({@code 发文字号：某发〔2025〕4号} / {@code 发布日期：…}), a
   * label cell joined with the value in the cell after it ({@code 索引号 | … | 文号 | 某政发〔2023〕30号}).
   */
  static List<String> fields(Block b) {
    if (b.lines().size() < 2 && !CELL_GAP.matcher(b.text().strip()).find()) {
      return List.of(b.folded());
    }
    List<String> fields = new ArrayList<>();
    for (SourceLine line : b.lines()) { // a reflow may have run the fields' lines together
      String[] cells = CELL_GAP.split(line.text().strip());
      for (int i = 0; i < cells.length; i++) {
        String cell = Cjk.fold(Cjk.squeeze(cells[i]));
        if (LABEL_CELL.matcher(cell).matches() && i + 1 < cells.length) {
          String value = Cjk.fold(Cjk.squeeze(cells[++i]));
          fields.add(cell.replaceFirst("[:：]$", "") + "：" + value);
        } else {
          fields.add(cell);
        }
      }
    }
    return fields;
  }

  /** The 字号 a header field gives its page, when it reads as one; else null. */
  static IssueLayout.PageField docNumber(List<Block> header) {
    for (Block b : header) {
      for (String field : fields(b)) {
        Matcher m = IssuePatterns.PAGE_NUMBER_FIELD.matcher(field);
        if (m.matches() && DocNumbers.whole(m.group(2)) != null) {
          return new IssueLayout.PageField(m.group(2), b.span());
        }
      }
    }
    return null;
  }

  /** The date a header field gives its page ({@code 日期：1951-1-17}) as ISO, or null. */
  static IssueLayout.PageField date(List<Block> header) {
    for (Block b : header) {
      for (String field : fields(b)) {
        Matcher m = IssuePatterns.PAGE_DATE_FIELD.matcher(field);
        String iso = m.matches() ? Dates.anyIso(m.group(3)) : null;
        if (iso != null) {
          return new IssueLayout.PageField(iso, b.span());
        }
      }
    }
    return null;
  }

  /**
   * The title the header gives its page: a title field's value, else the first title-shaped header
   * line that is no field (a Markdown {@code # heading}); null when there is none.
   */
  static IssueLayout.PageField title(List<Block> header) {
    for (Block b : header) {
      for (String field : fields(b)) {
        Matcher m = IssuePatterns.PAGE_TITLE_FIELD.matcher(field);
        if (m.matches()) {
          return new IssueLayout.PageField(Cjk.squeeze(m.group(2)), b.span());
        }
      }
    }
    for (Block b : header) {
      String f = b.folded();
      if (!IssuePatterns.PAGE_METADATA.matcher(f).matches()
          && !IssuePatterns.SEPARATOR_LINE.matcher(f).matches()
          && Patterns.isCompleteTitle(f)) {
        return new IssueLayout.PageField(Cjk.squeeze(b.text()), b.span());
      }
    }
    return null;
  }
}
