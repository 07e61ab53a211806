package org.gazette.table;

import java.util.ArrayList;
import java.util.List;
import org.gazette.model.SourceLine;
import org.gazette.text.Cjk;
import org.gazette.text.Patterns;
import org.gazette.text.TablePatterns;
import org.gazette.text.Words;

/**
 * The numbered rows of a linearised table (its header has a 序号 column): a row starts at the line
 * that opens with the next serial number (after the cells of the columns left of it, {@code 高康夏 25
 * 教育局 朱建虎}); the cells on that line fill the columns in order, and each later line either continues
 * the cell being read (a wrapped cell: its lines are no wider than the one before) or starts the
 * next column (the first line after the row's opening line, one after a full stop, or a line that
 * is clearly wider); a line too wide for the last column opens a sub-row at the first column wide
 * enough, the columns left of it merged with the row above; a short name between the rows of the
 * last column is a row label merged down the rows below. When the header gave one column name a
 * line, the rows give one cell a line too. Readings before the one kept learn the width each
 * column's cells wrap at ({@link CellWraps}); where it is known, it overrides the widths of
 * neighbouring lines.
 */
final class NumberedRows {
  /** Wider than this share of the cell's previous line, a line starts the next cell. */
  static final double WIDER = 1.3;

  /** Readings that learn the columns' wrap widths before the one that is kept. */
  private static final int LEARNING = 2;

  /** Lines between a header and its first row that may still belong to the header. */
  private static final int HEADER_LINES = 12;

  /** A unit's name: it ends with an organisation suffix ({@code 局}, {@code 中心}, {@code 集团}). */
  private static final java.util.regex.Pattern ORG_END =
      java.util.regex.Pattern.compile(".{1,20}(" + Words.ORG_SUFFIXES + "|集团|中心)$");

  /** Units in a list one a line are short names ({@code 卫健局}, {@code 医疗集团}). */
  private static final double SHORT_UNIT = 6;

  private NumberedRows() {}

  /**
   * Reads numbered rows after header line {@code h} into {@code g}; returns the index after the
   * table, or -1 when there is none. With {@code cellPerLine}, every line after a row's opening
   * line is the next cell.
   */
  static int read(List<SourceLine> lines, int h, int serial, Grid g, boolean cellPerLine) {
    CellWraps wraps = new CellWraps(g.columns());
    for (int k = 0; k < LEARNING && !cellPerLine; k++) {
      // each reading learns the width each column's cells wrap at, the next one starts with it
      pass(lines, h, serial, new Grid(g.columns()), false, wraps);
      wraps.again();
    }
    return pass(lines, h, serial, g, cellPerLine, wraps);
  }

  /** One reading of the rows, trusting the wrap widths {@code wraps} knows. */
  private static int pass(
      List<SourceLine> lines, int h, int serial, Grid g, boolean cellPerLine, CellWraps wraps) {
    int n = g.columns();
    boolean tail = false; // the cell being read went on after a line that filled its column
    int next = 1;
    int col = -1;
    boolean fresh = false; // the row's opening line was the last line read
    String last = "";
    double[] widest = new double[n];
    boolean blanksTell = blanksTell(lines, h);
    List<SourceLine> before = new ArrayList<>(); // lines between the header and the first row
    SourceLine label = null; // a row label waiting for the row it opens
    int j = h + 1;
    for (; j < lines.size(); j++) {
      SourceLine line = lines.get(j);
      String text = line.text().strip();
      if (LinearTables.ends(text)) {
        break;
      }
      List<String> cells = Tokens.of(text);
      int at = Header.serialAt(cells, serial, next);
      boolean again = false;
      if (at < 0 && next > 1 && next != Integer.MAX_VALUE) {
        // a row printed again after a page break, its merged cells repeated
        int a = Header.serialAt(cells, serial, next - 1);
        // its cells, or its row label, with it, or a row label printed just before it
        again = a >= 0 && (cells.size() - a >= 3 || a > 0 || label != null);
        at = again ? a : -1;
      }
      if (cellPerLine && next == Integer.MAX_VALUE && !Grid.NUMBER.matcher(text).matches()) {
        break; // a totals row read one value a line ends at the first line that is no value
      }
      if (cells.size() == 1 && text.length() == 1 && j + 1 < lines.size()) {
        // a totals label set apart over two lines (合 / 计（万元）)
        List<String> joined = Tokens.of(text + lines.get(j + 1).text().strip());
        if (TablePatterns.TOTAL_ROW.matcher(joined.get(0)).matches()) {
          cells = joined;
          j++;
        }
      }
      boolean total = !cells.isEmpty() && TablePatterns.TOTAL_ROW.matcher(cells.get(0)).matches();
      if (at >= 0 || total) {
        for (int k = 0; k < before.size(); k++) {
          if (k == 0) {
            g.spanRow(Cjk.collapseSpaces(before.get(k).text()), before.get(k));
          } else {
            g.append(0, Cjk.collapseSpaces(before.get(k).text()), before.get(k));
          }
        }
        before.clear();
        g.newRow();
        int c = total ? 0 : serial - at;
        if (!total && at == 0 && serial > 0) {
          // the row-label columns left of 序号: a label printed between the rows opens here, else
          // the label above runs on
          for (int k = 0; k < serial; k++) {
            g.mergeUp(k);
          }
          if (label != null) {
            g.append(serial - 1, Cjk.collapseSpaces(label.text()), label);
          }
        }
        label = null;
        for (String cell : cells) {
          col = Math.min(c++, n - 1);
          g.append(col, cell, line);
          widest[col] = Math.max(widest[col], Cjk.width(cell));
        }
        next = total ? Integer.MAX_VALUE : again ? next : next + 1;
        fresh = true;
        last = text;
        continue;
      }
      if (g.rows() == 0) {
        if (j - h > HEADER_LINES || Patterns.CLOSED_LINE.matcher(text).matches()) {
          return -1;
        }
        before.add(line);
        continue;
      }
      if (cellPerLine && col == n - 1) {
        break; // a row of one cell a line is full: what follows is not the table's
      }
      if (cellPerLine && next == Integer.MAX_VALUE) {
        g.append(++col, text, line); // a totals row's next value
        continue;
      }
      // cells side by side on one line (县生态环境局 经开区管委会): the first placed as a line would be
      List<String> parts = Tokens.cells(text);
      String first = parts.get(0);
      double w = Cjk.width(first);
      double lastWidth = Cjk.width(last);
      boolean closed = LinearTables.SENTENCE_END.matcher(last).matches();
      if (serial > 0 && label == null && closed && col == n - 1 && rowLabel(text, widest, serial)) {
        label = line; // a row label merged down the rows below, printed between rows
        continue;
      }
      boolean blankAbove = blanksTell && line.number() > lines.get(j - 1).number() + 1;
      // a cell goes on: a bracket opened on a line of its own (林业局 / （枣业中心）), or the next unit
      // of a list of units (卫健局 / 医保局 / 市场局 / 医疗集团)
      boolean goesOn =
          !fresh
              && col < n - 1
              && (Patterns.OPENS_BRACKET.matcher(first).matches()
                  || ORG_END.matcher(last).matches()
                      && ORG_END.matcher(first).matches()
                      && Math.max(w, lastWidth) <= SHORT_UNIT);
      // after a full stop, a new paragraph: blank lines tell, or the line is set in (a page break
      // left no blank line but its indent)
      boolean indented = line.text().startsWith(" ") || line.text().startsWith("\u3000");
      boolean paragraph = closed && (!blanksTell || blankAbove || indented);
      // what the wrap widths say: the cell goes on after a line that fills its column, and ends
      // after a shorter one
      boolean fills = wraps.full(col, last, text);
      boolean full = !fresh && !closed && !blankAbove && fills;
      boolean ended = !fresh && !closed && !blanksTell && wraps.known(col) && !fills;
      int was = col;
      int rows = g.rows();
      if (full && wraps.fits(col, first)) {
        // stays in the cell being read
      } else if (ended
          && col < n - 1
          && !Patterns.OPENS_BRACKET.matcher(first).matches()
          && (tail || !goesOn)) {
        col++;
      } else if (goesOn) {
        // stays in the cell being read
      } else if (col < n - 1
          && (fresh
              || cellPerLine
              || closed
              || blankAbove
              || w > lastWidth * WIDER + 1
              || parts.size() > 1 && w >= lastWidth)) { // cells side by side, not a wrapped tail
        col++;
      } else if (col == n - 1 && parts.size() > 1) {
        // several cells on a line under the last column: a sub-row, its cells where they fit
        int k = firstFitting(widest, serial + 1, n - 1, w);
        k = k > 0 ? k : Math.max(serial + 1, n - parts.size());
        subRow(g, k);
        col = k;
      } else if (col == n - 1 && widest[col] > 0 && w > widest[col] * WIDER + 1) {
        int k = firstFitting(widest, serial + 1, n - 1, w);
        if (k > 0) {
          subRow(g, k);
          col = k;
        }
      } else if (!fresh && paragraph && col == n - 1) {
        subRow(g, col);
      }
      if (!wraps.fits(col, first) && g.rows() == rows) {
        // too wide for the column it came to: the next cell, a new paragraph of the cell before,
        // or a sub-row
        int k = wraps.firstFitting(serial + 1, col, first);
        if (col == was && col < n - 1 && wraps.known(col + 1) && wraps.fits(col + 1, first)) {
          col++;
        } else if (k >= 0 && k == was && !fresh) {
          col = was;
        } else if (k >= 0) {
          subRow(g, k);
          col = k;
        }
      }
      if (parts.size() > 1 && col < n - 1) {
        for (int k = 0; k < parts.size(); k++) {
          col = k == 0 ? col : Math.min(col + 1, n - 1); // what is left over joins the last column
          g.append(col, parts.get(k), line);
          widest[col] = Math.max(widest[col], Cjk.width(parts.get(k)));
        }
        last = parts.get(parts.size() - 1);
        fresh = true; // the cells of such a line are whole: the next line starts the next cell
        continue;
      }
      boolean same = !fresh && col == was && g.rows() == rows;
      if (same && !closed) {
        wraps.wentOn(col, last, text);
      }
      tail = same && fills;
      g.append(col, Cjk.collapseSpaces(text), line);
      widest[col] = Math.max(widest[col], w);
      last = text;
      fresh = false;
    }
    if (label != null) {
      g.append(col, Cjk.collapseSpaces(label.text()), label);
    }
    return g.rows() == 0 && n < 4 ? -1 : j;
  }

  /**
   * A short line without punctuation, no wider than the row labels seen so far (a leader's name
   * between the task rows of the last column).
   */
  private static boolean rowLabel(String text, double[] widest, int serial) {
    double labels = 0;
    for (int c = 0; c < serial; c++) {
      labels = Math.max(labels, widest[c]);
    }
    int han = Cjk.hanCount(text);
    return han >= 2
        && han == text.replaceAll("[\\s\\u3000]", "").length()
        && Cjk.width(text) <= Math.max(labels, 4) * WIDER + 1;
  }

  /** Opens a row whose cells left of column {@code k} are those of the row above, merged. */
  private static void subRow(Grid g, int k) {
    g.newRow();
    for (int c = 0; c < k; c++) {
      g.mergeUp(c);
    }
  }

  /**
   * Whether blank lines separate the cells' paragraphs after header line {@code h}: they do unless
   * the extraction put a blank line after nearly every line.
   */
  private static boolean blanksTell(List<SourceLine> lines, int h) {
    int adjacent = 0;
    int pairs = 0;
    for (int j = h + 1; j < lines.size() && j < h + 200; j++) {
      pairs++;
      if (lines.get(j).number() == lines.get(j - 1).number() + 1) {
        adjacent++;
      }
    }
    return pairs > 0 && adjacent * 4 >= pairs;
  }

  /** The first column from {@code lo} below {@code hi} whose widest line is near {@code w}. */
  private static int firstFitting(double[] widest, int lo, int hi, double w) {
    for (int c = Math.max(lo, 0); c < hi; c++) {
      if (widest[c] * WIDER + 1 >= w && widest[c] >= w * 0.75) {
        return c;
      }
    }
    return -1;
  }
}
