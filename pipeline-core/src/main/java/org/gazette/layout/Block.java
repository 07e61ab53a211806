package org.gazette.layout;

import java.util.List;
import org.gazette.model.SourceLine;
import org.gazette.model.Span;
import org.gazette.model.Table;
import org.gazette.text.Cjk;
import org.gazette.text.IssuePatterns;
import org.gazette.text.Orders;
import org.gazette.text.Patterns;
import org.gazette.text.Titles;

/**
 * A paragraph: consecutive raw lines joined, with spaces between CJK characters dropped.
 *
 * @param lines the raw lines, in order (never empty)
 * @param text the joined, normalised text
 * @param table the table these lines print, or null for running text
 * @param folded {@link Cjk#fold} of the text, computed once: what the patterns match
 * @param display for PDF input, whether the first line is set apart (centred, larger or bold); null
 *     when the source has no layout (TXT)
 */
public record Block(
    List<SourceLine> lines, String text, Table table, String folded, Boolean display) {
  public Block {
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a block needs at least one line");
    }
  }

  /** A block of running text: {@code lines} with joined {@code text}. */
  public static Block of(List<SourceLine> lines, String text) {
    return new Block(lines, text, null, Cjk.fold(text), null);
  }

  /** A block of {@code lines} that print {@code table}. */
  /**
   * The first of {@code blocks} from {@code k} on, at most {@code last}, that is no web page widget
   * (来源：…, a time stamp, 【字体：, 大, 中, 小, 】).
   */
  public static int pastWidgets(List<Block> blocks, int k, int last) {
    int j = k;
    while (j < last && IssuePatterns.isPageWidget(blocks.get(j).folded())) {
      j += valueBelow(blocks, j, last) ? 2 : 1;
    }
    return j;
  }

  /**
   * True when block {@code j} is a page field's name whose value is the block on the very next
   * line, at most {@code last} ({@code 来源:} / {@code 四川日报}); after a blank line the field is empty.
   */
  public static boolean valueBelow(List<Block> blocks, int j, int last) {
    return IssuePatterns.emptyField(blocks.get(j).folded())
        && j + 2 <= last
        && blocks.get(j + 1).startLine() == blocks.get(j).endLine() + 1
        && blocks.get(j + 1).folded().length() <= FIELD_VALUE
        && !blocks.get(j + 1).folded().contains("。");
  }

  /**
   * True when block {@code j}, above {@code from} at least, is a short value under a page field's
   * short name ({@code 公开方式:} / {@code 主动公开}), a blank line apart or not: the metadata of a saved
   * page, never a title's upper line.
   */
  public static boolean fieldValue(List<Block> blocks, int j, int from) {
    if (j - 1 < from || blocks.get(j).folded().length() > FIELD_VALUE) {
      return false;
    }
    String name = blocks.get(j - 1).folded();
    return IssuePatterns.emptyField(name) && name.length() <= FIELD_NAME;
  }

  /** Longest name of a page's field, colon included ({@code 公开方式:}). */
  private static final int FIELD_NAME = 8;

  /** Longest value of a page's field printed on the line under its name. */
  private static final int FIELD_VALUE = 16;

  public static Block ofTable(List<SourceLine> lines, Table table) {
    StringBuilder text = new StringBuilder();
    for (SourceLine l : lines) {
      text.append(text.isEmpty() ? "" : "\n").append(l.text().strip());
    }
    return new Block(lines, text.toString(), table, Cjk.fold(text.toString()), null);
  }

  /** This block with its layout hint. */
  public Block withDisplay(Boolean d) {
    return new Block(lines, text, table, folded, d);
  }

  /** True for the lines of a table. */
  public boolean tabular() {
    return table != null;
  }

  /** Raw number of the first line. */
  public int startLine() {
    return lines.get(0).number();
  }

  /** Raw number of the last line. */
  public int endLine() {
    return lines.get(lines.size() - 1).number();
  }

  /** The lines covered. */
  public Span span() {
    return new Span(startLine(), endLine());
  }

  /** Could be (part of) a title: not a table row, and {@link Titles#titleShaped title-shaped}. */
  public boolean titleLike() {
    return !tabular() && Titles.titleShaped(folded, firstRaw());
  }

  /**
   * True when this block can head a document that has no 字号 of its own: a title's line, or an order
   * or 公告 with its number ({@code 某某公告〔2026〕第10号}); never an issuer's line.
   */
  public boolean mayHead() {
    return (titleLike() || Orders.ORDER_WITH_NUMBER.matcher(folded).matches())
        && !Patterns.isOrgLine(folded);
  }

  /** The first raw line without surrounding whitespace (keeps inner spaces: {@code 1 总则}). */
  public String firstRaw() {
    return Cjk.strip(lines.get(0).text());
  }
}
