package org.gazette.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gazette.model.Cancel;
import org.gazette.model.SourceLine;
import org.gazette.model.Table;
import org.gazette.text.Cjk;
import org.gazette.text.Label;
import org.gazette.text.Patterns;
import org.gazette.text.TablePatterns;

/**
 * Tables that a PDF-to-text extraction linearised: a {@link Header header line} of column names,
 * then the rows. Two shapes are read:
 *
 * <ul>
 *   <li>numbered rows (the header has a 序号 column): a row starts at the line that opens with the
 *       next serial number (after the cells of the columns left of it, {@code 高康夏 25 教育局 朱建虎}); the
 *       cells on that line fill the columns in order, and each later line either continues the cell
 *       being read (a wrapped cell: its lines are no wider than the one before) or starts the next
 *       column (the first line after the row's opening line, or a line that is clearly wider); a
 *       line too wide for the last column opens a sub-row at the first column wide enough, the
 *       columns left of it merged with the row above;
 *   <li>one row a line (no serial column): every line of two or more short cells is a row, a lone
 *       cell after an unfinished row fills its next column ({@code 合计} / {@code 4075}).
 * </ul>
 *
 * A table ends at a note ({@code 说明：…}, kept with it), a heading of the document's outline, or the
 * end of the lines given.
 */
public final class LinearTables {
  /** A lone value continuing a row read downwards: a number, an amount, a percentage. */
  static final Pattern VALUE = Pattern.compile("^[-+]?[\\d.,，%％]+\\S{0,3}$");

  /** A line that ends a sentence: the next line of the same cell starts a new paragraph. */
  static final Pattern SENTENCE_END = Pattern.compile(".*[。！？；!?;]$");

  private LinearTables() {}

  /**
   * A table found among the lines given.
   *
   * @param from index of its first line (caption, note or header)
   * @param to index after its last line
   * @param table the table
   */
  public record Found(int from, int to, Table table) {}

  /** The linearised tables among {@code lines} (non-blank lines, in order). */
  public static List<Found> find(List<SourceLine> lines) {
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      Cancel.check();
      List<String> header = Header.parse(lines.get(i).text());
      int last = i; // the header's last line
      if (header == null) {
        header = Header.column(lines, i);
        last = header == null ? i : i + header.size() - 1;
      }
      Found f = header == null ? stacked(lines, i) : read(lines, i, last, header);
      if (f == null) {
        i++;
        continue;
      }
      out.add(f);
      i = f.to();
    }
    return out;
  }

  /** Reads the table whose header stands on lines {@code h} to {@code last}, or null. */
  private static Found read(List<SourceLine> lines, int h, int last, List<String> header0) {
    List<String> header =
        Header.fit(header0, last == h ? firstRowWidth(lines, last) : rowSpacing(lines, last));
    int serial = Header.serialColumn(header);
    Grid g = new Grid(header.size());
    boolean cellPerLine = last > h;
    int end =
        serial >= 0
            ? NumberedRows.read(lines, last, serial, g, cellPerLine)
            : cellPerLine ? -1 : lineRows(lines, h, g);
    if (end < 0) {
      return null;
    }
    g.alignTotal();
    return finish(lines, h, end, g, g.table(header, lines.get(h), List.of()));
  }

  /** The cell count of the first numbered row after line {@code h} ({@code 1 …}), or 0. */
  private static int firstRowWidth(List<SourceLine> lines, int h) {
    for (int j = h + 1; j < lines.size() && j <= h + 3; j++) {
      List<String> t = Tokens.of(lines.get(j).text().strip());
      if (!t.isEmpty() && t.get(0).equals("1")) {
        return t.size();
      }
    }
    return 0;
  }

  /** Lines from the row numbered 1 to the row numbered 2 when cells stand one a line, or 0. */
  private static int rowSpacing(List<SourceLine> lines, int h) {
    int one = -1;
    for (int j = h + 1; j < lines.size() && j <= h + 3 * Header.MAX_COLUMNS; j++) {
      String t = lines.get(j).text().strip();
      if (one < 0 && t.equals("1")) {
        one = j;
      } else if (one >= 0 && t.equals("2")) {
        return j - one;
      }
    }
    return 0;
  }

  /** Reads the table under a {@link StackedHeader} starting at line {@code h}, or null. */
  private static Found stacked(List<SourceLine> lines, int h) {
    StackedHeader head = StackedHeader.read(lines, h);
    if (head == null) {
      return null;
    }
    Grid g = new Grid(head.columns());
    int end = NumberedRows.read(lines, head.last(), 0, g, false);
    if (end < 0) {
      return null;
    }
    g.alignTotal();
    return finish(lines, h, end, g, g.table(head.rows(), List.of()));
  }

  /** The table read into {@code t}, with its notes after line {@code end} and its caption above. */
  private static Found finish(List<SourceLine> lines, int h, int end, Grid g, Table t) {
    List<String> notes = new ArrayList<>();
    int to = notes(lines, end, notes);
    int from = h;
    String caption = null;
    if (from > 0
        && TablePatterns.TABLE_NOTE.matcher(Cjk.fold(lines.get(from - 1).text())).matches()) {
      notes.add(0, Cjk.collapseSpaces(lines.get(from - 1).text()));
      from--;
    }
    if (from > 0
        && TablePatterns.TABLE_CAPTION.matcher(Cjk.fold(lines.get(from - 1).text())).matches()) {
      caption = Cjk.collapseSpaces(lines.get(from - 1).text());
      from--;
    }
    return new Found(from, to, new Table(caption, t.headerRows(), t.columns(), t.rows(), notes));
  }

  /** Reads one row a line after header line {@code h}; returns the index after, or -1. */
  private static int lineRows(List<SourceLine> lines, int h, Grid g) {
    int n = g.columns();
    int col = n - 1;
    int j = h + 1;
    for (; j < lines.size(); j++) {
      SourceLine line = lines.get(j);
      String text = line.text().strip();
      List<String> cells = Tokens.of(text);
      if (ends(text) || SENTENCE_END.matcher(text).matches() || cells.size() > n) {
        break;
      }
      if (cells.size() >= 2 || TablePatterns.TOTAL_ROW.matcher(cells.get(0)).matches()) {
        g.newRow();
        col = -1;
        for (String cell : cells) {
          g.append(++col, cell, line);
        }
      } else if (g.rows() > 0 && Patterns.OPENS_BRACKET.matcher(text).matches() && col >= 0) {
        g.append(col, Cjk.collapseSpaces(text), line); // a remark under the value it qualifies
      } else if (g.rows() > 0 && col < n - 1 && VALUE.matcher(text).matches()) {
        g.append(++col, cells.get(0), line);
      } else {
        break;
      }
    }
    return g.rows() == 0 ? -1 : j;
  }

  /** A line that ends the table: a note, or a heading of the document's outline. */
  static boolean ends(String text) {
    String f = Cjk.fold(text);
    if (TablePatterns.TABLE_NOTE.matcher(f).matches()
        || Patterns.HARD_START.matcher(text).matches()) {
      return true;
    }
    Label l = Label.parse(text, false);
    return l != null && l.style().rank <= Label.Style.PCN.rank;
  }

  /** Collects the notes from index {@code j}; returns the index after them. */
  private static int notes(List<SourceLine> lines, int j, List<String> notes) {
    if (j >= lines.size()
        || !TablePatterns.TABLE_NOTE.matcher(Cjk.fold(lines.get(j).text())).matches()) {
      return j;
    }
    StringBuilder note = new StringBuilder(Cjk.collapseSpaces(lines.get(j).text()));
    int k = j + 1;
    while (k < lines.size()
        && !note.toString().endsWith("。")
        && !ends(lines.get(k).text().strip())
        && Cjk.width(lines.get(k).text().strip()) < 40) {
      note.append(Cjk.collapseSpaces(lines.get(k).text()));
      k++;
    }
    notes.add(note.toString());
    return k;
  }
}
