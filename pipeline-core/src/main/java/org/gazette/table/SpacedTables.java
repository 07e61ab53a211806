package org.gazette.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gazette.model.SourceLine;
import org.gazette.model.Table;
import org.gazette.text.Cjk;

/**
 * Tables a text export aligned with spaces ({@code pdftotext -layout} and typed tables): cells
 * apart by runs of two or more spaces, on consecutive lines, starting at the same columns; a table
 * opens with a row of three cells or more, and later rows may leave cells blank if the cells they
 * have stand where columns start. Two cells a line never open a table: that is how an article's
 * label stands before its text and a 任免 list sets a post before a name. The rows are read as
 * tab-separated rows ({@link TabTables}), an empty cell where a row leaves a column blank.
 */
public final class SpacedTables {
  /** Rows a table has at the least. */
  private static final int MIN_ROWS = 3;

  /** Columns a table has at the least. */
  private static final int MIN_COLUMNS = 3;

  /** Spaces between the characters of a letter-spaced word (税　　目), at the most. */
  private static final int LETTER_SPACING = 4;

  /** Display columns a cell may stand off its column's start. */
  private static final int SLACK = 1;

  private SpacedTables() {}

  /** A cell of a row: where it starts (display columns from the line's start) and its text. */
  private record Cell(int at, String text) {}

  /**
   * A spaced table found among lines: {@code lines.subList(from, to)} print {@code table}.
   *
   * @param to index after its last row
   * @param table the table
   */
  public record Found(int to, Table table) {}

  /** The spaced table whose first row is {@code lines.get(i)}, or null when none starts there. */
  public static Found at(List<SourceLine> lines, int i) {
    if (!gapped(lines.get(i).text())) {
      return null; // most lines: no run of two spaces, no cells to read
    }
    int k = i;
    List<int[]> columns = null;
    List<List<Cell>> rows = new ArrayList<>();
    while (k < lines.size() && (k == i || lines.get(k).number() == lines.get(k - 1).number() + 1)) {
      List<Cell> cells = cells(lines.get(k).text());
      if (k == i ? cells.size() < MIN_COLUMNS : cells.isEmpty() || !aligned(columns, cells)) {
        break; // a table opens with a row of three cells; a later row may leave cells blank
      }
      List<int[]> merged = k == i ? starts(cells) : merge(columns, cells);
      if (merged == null) {
        break;
      }
      columns = merged;
      rows.add(cells);
      k++;
    }
    return k - i >= MIN_ROWS ? new Found(k, table(lines.subList(i, k), rows, columns)) : null;
  }

  /** The table of spaced {@code rows} read from {@code lines} into {@code columns}. */
  private static Table table(List<SourceLine> lines, List<List<Cell>> rows, List<int[]> columns) {
    List<SourceLine> tabbed = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      String[] out = new String[columns.size()];
      Arrays.fill(out, "");
      for (Cell c : rows.get(r)) {
        int k = column(columns, c.at());
        out[k] = out[k].isEmpty() ? c.text() : out[k] + " " + c.text();
      }
      tabbed.add(new SourceLine(lines.get(r).number(), String.join("\t", out)));
    }
    return TabTables.parse(tabbed);
  }

  /** Whether {@code line} has two spaces in a row somewhere. */
  private static boolean gapped(String line) {
    for (int i = 1; i < line.length(); i++) {
      if (space(line.charAt(i)) && space(line.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean space(int cp) {
    return cp == ' ' || cp == 0x3000 || cp == 0xA0;
  }

  /** The cells of {@code line}: runs of text apart by two or more spaces. */
  private static List<Cell> cells(String line) {
    List<Cell> out = new ArrayList<>();
    int col = 0;
    int start = -1;
    int startCol = 0;
    int spaces = 0;
    int word = 0; // characters since the last space
    int gap = 0; // display columns of the spaces just read
    int letterGap = 0; // the gap between the characters of a letter-spaced word being read
    StringBuilder cell = new StringBuilder();
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      if (cp == '\t' || cp >= 0x2500 && cp <= 0x257F) {
        return List.of(); // a tab row is read as one; a table drawn in box lines is no spaced one
      }
      int w = Cjk.isWide(cp) ? 2 : 1;
      if (space(cp)) {
        spaces++;
        gap += w;
      } else {
        boolean afterSpace = spaces > 0;
        // a word letter-spaced over its column: single characters apart (税　　目, 能　源　矿　产)
        boolean spaced =
            afterSpace
                && word == 1
                && spaces <= LETTER_SPACING
                && (letterGap == 0 || gap == letterGap) // the same spacing all through the word
                && Cjk.isHan(cp)
                && Cjk.isHan(cell.codePointBefore(cell.length()));
        letterGap = spaced ? gap : afterSpace ? 0 : letterGap;
        if (!spaced
            && spaces == 1
            && line.codePointBefore(i) == 0x3000
            && Cjk.isHan(cp)
            && word > 1) {
          return List.of(); // one ideographic space parts the words of a list (马成杰　马纯古)
        }
        if (start >= 0 && spaces >= 2 && !spaced) {
          out.add(new Cell(startCol, cell.toString().strip()));
          cell.setLength(0);
          start = -1;
        }
        if (start < 0) {
          start = i;
          startCol = col;
        } else if (afterSpace && !spaced) {
          cell.append(' ');
        }
        cell.appendCodePoint(cp);
        word = afterSpace ? 1 : word + 1;
        gap = 0;
        spaces = 0;
      }
      col += w;
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      out.add(new Cell(startCol, cell.toString().strip()));
    }
    return out;
  }

  /** The column ranges (first and last start seen) of a first row. */
  private static List<int[]> starts(List<Cell> cells) {
    List<int[]> out = new ArrayList<>();
    for (Cell c : cells) {
      out.add(new int[] {c.at(), c.at()});
    }
    return out;
  }

  /**
   * The columns with a row's cells added: a cell starting at a known column widens its range, one
   * elsewhere opens a column; null when fewer than half the row's cells (and one more) stand at
   * known columns — the rows are not aligned.
   */
  private static List<int[]> merge(List<int[]> columns, List<Cell> cells) {
    List<int[]> out = new ArrayList<>();
    for (int[] c : columns) {
      out.add(c.clone());
    }
    int matched = 0;
    for (Cell c : cells) {
      int k = column(out, c.at());
      int[] col = out.get(k);
      if (c.at() >= col[0] - SLACK && c.at() <= col[1] + SLACK) {
        col[0] = Math.min(col[0], c.at());
        col[1] = Math.max(col[1], c.at());
        matched++;
      } else {
        out.add(k + (c.at() > col[1] ? 1 : 0), new int[] {c.at(), c.at()});
      }
    }
    // most of a row's cells stand where the rows above have theirs
    return matched * 2 >= cells.size() + 1 ? out : null;
  }

  /**
   * Whether a row of fewer cells than the table's stands in its columns: every cell where a column
   * starts (a row whose first cells are merged with the row above, or blank).
   */
  private static boolean aligned(List<int[]> columns, List<Cell> cells) {
    if (cells.size() >= MIN_COLUMNS) {
      return true;
    }
    for (Cell c : cells) {
      int[] col = columns.get(column(columns, c.at()));
      if (c.at() < col[0] - SLACK || c.at() > col[1] + SLACK) {
        return false;
      }
    }
    return cells.size() > 1 || cells.get(0).at() > columns.get(0)[1] + SLACK;
  }

  /** The column nearest to start {@code at}. */
  private static int column(List<int[]> columns, int at) {
    int best = 0;
    int dist = Integer.MAX_VALUE;
    for (int k = 0; k < columns.size(); k++) {
      int[] c = columns.get(k);
      int d = at < c[0] ? c[0] - at : at > c[1] ? at - c[1] : 0;
      if (d < dist) {
        dist = d;
        best = k;
      }
    }
    return best;
  }
}
