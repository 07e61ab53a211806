package org.gazette.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gazette.text.Cjk;

/**
 * The width each column's cells were wrapped at, in a table that a PDF-to-text extraction
 * linearised: every line of a wrapped cell but its last fills the column, so a reading of the rows
 * teaches the widths (the commonest width of the lines a cell went on after), and the next reading
 * trusts them: a line that fills its column goes on in the next line, a shorter one ends its cell
 * where blank lines do not tell, and a line wider than a column cannot be one of its cells.
 */
final class CellWraps {
  /** Lines a cell went on after, at the least, before a column's wrap width is trusted. */
  private static final int MIN_SEEN = 3;

  /** Share of those lines that must sit near the commonest width for the column to wrap at it. */
  private static final double AGREEING = 0.5;

  /** Share of those lines followed by a shorter last line, at the least, for a wrapped column. */
  private static final double ENDING_SHORTER = 0.2;

  /**
   * Measured widths stray from printed ones by half a character and a few per cent (figures, quotes
   * and the spaces an extraction puts in are narrower or wider than counted).
   */
  private static final double STRAY = 0.5;

  private static final double STRAY_SHARE = 0.03;

  /** Characters that may not open a line: the character before them is dragged down with them. */
  private static final String NO_LINE_START = "、，。；：！？）》」』”’,.;:!?)";

  private final List<TreeMap<Double, Integer>> seen = new ArrayList<>(); // widths, how often
  private final int[] count; // lines a cell went on after, per column
  private final double[] wrap;
  private final double[] prior; // the widths the reading before learnt, until this one knows
  private final int[] shorter; // lines a cell ended in after a wider one, per column

  CellWraps(int columns) {
    for (int c = 0; c < columns; c++) {
      seen.add(new TreeMap<>());
    }
    wrap = new double[columns];
    shorter = new int[columns];
    count = new int[columns];
    prior = new double[columns];
  }

  /**
   * Records that a cell of column {@code c} went on after line {@code text} in line {@code next},
   * and sets the column's wrap width to the commonest width of such lines once enough of them sit
   * near it and some cells end in a shorter line (names listed one a line are all alike, and wrap
   * at no width). A line wider than a known wrap width teaches nothing: it came to the column by
   * mistake.
   */
  void wentOn(int c, String text, String next) {
    if (!fits(c, text)) {
      return;
    }
    double width = Cjk.width(text);
    if (Cjk.width(next) < width - stray(width)) {
      shorter[c]++;
    }
    TreeMap<Double, Integer> w = seen.get(c);
    w.merge(width, 1, Integer::sum);
    count[c]++;
    double mode = 0;
    int most = 0;
    for (Map.Entry<Double, Integer> e : w.entrySet()) { // widths ascending: a tie goes to the wider
      if (e.getValue() >= most) {
        most = e.getValue();
        mode = e.getKey();
      }
    }
    double s = stray(mode);
    int near = w.subMap(mode - s, true, mode + s, true).values().stream().mapToInt(i -> i).sum();
    boolean agreed =
        count[c] >= MIN_SEEN
            && near >= AGREEING * count[c]
            && shorter[c] >= ENDING_SHORTER * count[c]
            && mode >= 2;
    wrap[c] = agreed ? mode : count[c] < MIN_SEEN ? prior[c] : 0;
  }

  /**
   * Starts another reading: what it sees teaches the widths anew, the widths learnt so far standing
   * until it has seen enough.
   */
  void again() {
    System.arraycopy(wrap, 0, prior, 0, wrap.length);
    seen.forEach(TreeMap::clear);
    Arrays.fill(shorter, 0);
    Arrays.fill(count, 0);
  }

  boolean known(int c) {
    return c >= 0 && c < wrap.length && wrap[c] > 0;
  }

  /**
   * Whether line {@code text} fills column {@code c}, so that its cell goes on in {@code next}: it
   * reaches the wrap width, or falls one character short where {@code next} opens with the
   * character dragged down before a mark that may not start a line.
   */
  boolean full(int c, String text, String next) {
    if (!known(c)) {
      return false;
    }
    boolean dragged = next.length() > 1 && NO_LINE_START.indexOf(next.charAt(1)) >= 0;
    return Cjk.width(text) >= wrap[c] - stray(wrap[c]) - (dragged ? 1 : 0);
  }

  /**
   * Whether line {@code text} may be a line of a cell of column {@code c}: no wider than the wrap
   * width, but for a mark hanging past its end.
   */
  boolean fits(int c, String text) {
    if (!known(c)) {
      return true;
    }
    boolean hangs = !text.isEmpty() && NO_LINE_START.indexOf(text.charAt(text.length() - 1)) >= 0;
    return Cjk.width(text) <= wrap[c] + stray(wrap[c]) + (hangs ? 1 : 0);
  }

  private static double stray(double wrap) {
    return STRAY + wrap * STRAY_SHARE;
  }

  /**
   * The first column from {@code lo} below {@code hi} known to be wide enough for line {@code
   * text}, or -1.
   */
  int firstFitting(int lo, int hi, String text) {
    for (int c = Math.max(lo, 0); c < hi; c++) {
      if (known(c) && fits(c, text)) {
        return c;
      }
    }
    return -1;
  }
}
