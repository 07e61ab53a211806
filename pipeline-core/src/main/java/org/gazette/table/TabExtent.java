package org.gazette.table;

import java.util.List;
import java.util.regex.Pattern;
import org.gazette.model.SourceLine;
import org.gazette.text.Cjk;
import org.gazette.text.Patterns;
import org.gazette.text.TablePatterns;

/**
 * Where a tab-separated table runs on past lines that are no rows of tabs: a word processor's
 * export writes a cell's line breaks as they are, leaves a row of one cell among empty ones with
 * its tabs around it, and may set a value apart below its row.
 */
public final class TabExtent {
  /** A cell's line set apart above the next row is no wider than this. */
  private static final double SHORT_CELL = 12;

  /** A group label is no wider than this. */
  private static final double GROUP_LABEL = 6;

  private static final Pattern GROUP = Pattern.compile("[\\p{IsHan}\\d]{2,}");

  /** Lines from a row to the value of its empty last cell set apart below it, at the most. */
  private static final int VALUE_GAP = 3;

  /** Lines without a tab a cell's text may be broken onto, at the most. */
  private static final int BROKEN_LINES = 8;

  /** Marks a name never holds: commas of a sentence, colons of a field. */
  private static final Pattern NOT_IN_NAME = Pattern.compile("[，,：:]");

  private TabExtent() {}

  /**
   * True for a line that goes on a tab-separated table above it: a {@link TabTables#tabRow} or a
   * row of one cell among empty ones, its tabs around the text ({@code \t\t1.4吨污水\t}); a lone tab
   * before a text indents a paragraph.
   */
  public static boolean rowBelow(String line) {
    String t = TabTables.trim(line);
    return TabTables.tabRow(line)
        || !t.isBlank() && (t.indexOf('\t') != t.lastIndexOf('\t') || t.endsWith("\t"));
  }

  /**
   * A cell's name broken at the cell's width, not a row that lost its tab, a sentence, a field or
   * the next table's caption: no number first, no comma or colon, no closing mark ({@code
   * 立法会议员的代表、市政机构成员}).
   */
  private static boolean namePart(String line) {
    return !line.isEmpty()
        && !Character.isDigit(line.charAt(0))
        && !NOT_IN_NAME.matcher(line).find()
        && !Patterns.CLOSED_LINE.matcher(line).matches()
        && !TablePatterns.TABLE_CAPTION.matcher(line).matches();
  }

  /**
   * A group's label on a line of its own among a table's rows ({@code 第三届} over the rows of that
   * term): a short name, no sentence, no list.
   */
  public static boolean groupLabel(String line) {
    return Cjk.width(line) <= GROUP_LABEL && GROUP.matcher(line).matches();
  }

  /**
   * True when {@code next} is the value of the empty last cell of row {@code row}, set apart below
   * it by a blank line or two ({@code 立法会议员的代表…的代表\t} / / {@code 40人}).
   */
  public static boolean valueBelow(SourceLine row, SourceLine next) {
    return TabTables.trim(row.text()).endsWith("\t")
        && next.number() - row.number() <= VALUE_GAP
        && LinearTables.VALUE.matcher(next.text().strip()).matches();
  }

  /**
   * Whether the line after {@code j}, {@code width} wide and without a tab, between rows of a
   * tab-separated table is a cell's text broken onto lines of its own: a short line, or a part of a
   * name, right above the next row ({@code 平均税额} / {@code （元/平方米）}; {@code 立法会议员的代表、市政机构成员} /
   * {@code 的代表、…的代表 |}), or lines of any width running up to a row that opens with an empty cell
   * (it goes on under a merged cell above, so the table goes on too).
   */
  public static boolean brokenCell(List<SourceLine> text, int j, double width) {
    for (int k = j + 2; k < text.size() && k <= j + 1 + BROKEN_LINES; k++) {
      if (text.get(k).number() != text.get(k - 1).number() + 1) {
        return false;
      }
      if (rowBelow(text.get(k).text())) {
        String broken = text.get(j + 1).text().strip();
        return k == j + 2 && (width <= SHORT_CELL || namePart(broken))
            || TabTables.trim(text.get(k).text()).startsWith("\t");
      }
    }
    return false;
  }
}
