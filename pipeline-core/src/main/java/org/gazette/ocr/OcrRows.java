package org.gazette.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gazette.text.Columns;

/** Text boxes read by an engine, put together into the lines of a page. */
final class OcrRows {
  private OcrRows() {}

  /** A gap between two boxes of a row this many line heights wide sets cells apart. */
  private static final double CELL_GAP_EMS = 2;

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
    // a box's height is about a character's width
    int[] heights = reads.stream().mapToInt(r -> r.box().height()).sorted().toArray();
    double em = heights.length == 0 ? 0 : heights[heights.length / 2];
    if (Columns.tocPage(rows, r -> r.text().text())) {
      // A TOC set in two columns is read column by column, as on text-layer pages.
      int min = reads.stream().mapToInt(r -> r.box().left()).min().orElse(0);
      int max = reads.stream().mapToInt(r -> r.box().right()).max().orElse(0);
      rows =
          Columns.read(
              rows, r -> r.box().left(), r -> r.box().right(), Math.max(1, (max - min) / 200));
    } else {
      // so is a body page set in two columns
      rows = Columns.body(rows, r -> r.box().left(), r -> r.box().right(), em);
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
          // a wide gap sets cells apart, as on text-layer pages: names signed side by side
          text.append(b.left() - right >= CELL_GAP_EMS * em ? '\t' : ' ');
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
