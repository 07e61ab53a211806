package org.gazette.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gazette.text.Cjk;
import org.gazette.text.IssuePatterns;

/** Text boxes read by an engine, put together into the lines of a page. */
final class OcrRows {
  private OcrRows() {}

  /**
   * One box read: where it is and what it says.
   *
   * @param box the box in page pixels
   * @param text what the recogniser read in it
   */
  record Read(TextBoxes.Box box, CtcDecoder.Decoded text) {}

  /**
   * Horizontal text: boxes whose vertical extents overlap by half the smaller height form one row,
   * read left to right; rows top to bottom.
   */
  static List<OcrEngine.Line> rows(List<Read> reads) {
    List<Read> sorted = new ArrayList<>(reads);
    sorted.sort(Comparator.comparingInt(r -> r.box().top() + r.box().height() / 2));
    List<List<Read>> rows = new ArrayList<>();
    for (Read r : sorted) {
      List<Read> row = rows.isEmpty() ? null : rows.get(rows.size() - 1);
      if (row != null && sameRow(row, r.box())) {
        row.add(r);
      } else {
        List<Read> fresh = new ArrayList<>();
        fresh.add(r);
        rows.add(fresh);
      }
    }
    for (List<Read> row : rows) {
      row.sort(Comparator.comparingInt(r -> r.box().left()));
    }
    if (isTocPage(rows)) {
      rows = readColumns(rows);
    }
    List<OcrEngine.Line> lines = new ArrayList<>();
    for (List<Read> row : rows) {
      StringBuilder text = new StringBuilder();
      int left = Integer.MAX_VALUE;
      int top = Integer.MAX_VALUE;
      int right = 0;
      int bottom = 0;
      for (Read r : row) {
        TextBoxes.Box b = r.box();
        if (text.length() > 0) {
          text.append(' ');
        }
        text.append(r.text().text());
        left = Math.min(left, b.left());
        top = Math.min(top, b.top());
        right = Math.max(right, b.right());
        bottom = Math.max(bottom, b.bottom());
      }
      lines.add(new OcrEngine.Line(text.toString(), left, top, right, bottom));
    }
    return lines;
  }

  /** A page carrying the 目录 heading: the one place where two-column layout is common. */
  private static boolean isTocPage(List<List<Read>> rows) {
    for (List<Read> row : rows) {
      StringBuilder sb = new StringBuilder();
      row.forEach(r -> sb.append(r.text().text()));
      if (IssuePatterns.TOC_HEAD.matcher(Cjk.fold(sb.toString())).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Two columns side by side (a TOC set in two columns, as on text-layer pages): when a gutter near
   * the middle is crossed by no box on nine rows in ten and has boxes on both sides on a third of
   * the rows, the rows that straddle it are cut there, and the left column is read before the
   * right.
   */
  static List<List<Read>> readColumns(List<List<Read>> rows) {
    int min = rows.stream().flatMap(List::stream).mapToInt(r -> r.box().left()).min().orElse(0);
    int max = rows.stream().flatMap(List::stream).mapToInt(r -> r.box().right()).max().orElse(0);
    int best = -1;
    int bestBoth = 0;
    int step = Math.max(1, (max - min) / 200);
    for (int x = min + (max - min) * 35 / 100; x <= min + (max - min) * 65 / 100; x += step) {
      int both = 0;
      int crossing = 0;
      for (List<Read> row : rows) {
        final int g = x;
        boolean left = row.stream().anyMatch(r -> r.box().right() <= g);
        boolean right = row.stream().anyMatch(r -> r.box().left() >= g);
        boolean cross = row.stream().anyMatch(r -> r.box().left() < g && r.box().right() > g);
        both += left && right && !cross ? 1 : 0;
        crossing += cross ? 1 : 0;
      }
      if (crossing <= rows.size() / 10 && both > bestBoth) {
        bestBoth = both;
        best = x;
      }
    }
    if (best < 0 || bestBoth < Math.max(3, rows.size() / 3)) {
      return rows;
    }
    final int cut = best;
    int first = -1;
    int last = -1;
    for (int i = 0; i < rows.size(); i++) {
      boolean l = rows.get(i).stream().anyMatch(r -> r.box().right() <= cut);
      boolean r = rows.get(i).stream().anyMatch(q -> q.box().left() >= cut);
      if (l && r) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    List<List<Read>> out = new ArrayList<>(rows.subList(0, first));
    List<List<Read>> left = new ArrayList<>();
    List<List<Read>> right = new ArrayList<>();
    for (List<Read> row : rows.subList(first, last + 1)) {
      List<Read> l = new ArrayList<>(row.stream().filter(r -> r.box().left() < cut).toList());
      List<Read> rr = new ArrayList<>(row.stream().filter(r -> r.box().left() >= cut).toList());
      if (!l.isEmpty()) {
        left.add(l);
      }
      if (!rr.isEmpty()) {
        right.add(rr);
      }
    }
    out.addAll(left);
    out.addAll(right);
    out.addAll(rows.subList(last + 1, rows.size()));
    return out;
  }

  private static boolean sameRow(List<Read> row, TextBoxes.Box b) {
    for (Read r : row) {
      TextBoxes.Box a = r.box();
      int overlap = Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top());
      if (overlap >= Math.min(a.height(), b.height()) / 2) {
        return true;
      }
    }
    return false;
  }

  /** Text set in columns: each column a line, read right to left. */
  static List<OcrEngine.Line> columns(List<Read> reads) {
    List<Read> sorted = new ArrayList<>(reads);
    sorted.sort(
        Comparator.comparingInt((Read r) -> -r.box().right()).thenComparingInt(r -> r.box().top()));
    List<OcrEngine.Line> lines = new ArrayList<>();
    for (Read r : sorted) {
      TextBoxes.Box b = r.box();
      lines.add(new OcrEngine.Line(r.text().text(), b.left(), b.top(), b.right(), b.bottom()));
    }
    return lines;
  }
}
