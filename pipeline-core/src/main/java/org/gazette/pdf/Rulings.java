package org.gazette.pdf;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The ruling lines drawn on a page, as table borders are: stroked straight path segments and
 * rectangle edges, and filled rectangles thin enough to be lines. It is fed by the path operators
 * of the stream engine that reads the page's text ({@link #operators}), so a page's content is
 * parsed once. Coordinates are in points from the top-left corner of the crop box, as the text
 * positions are.
 */
final class Rulings {
  /** A filled rectangle thinner than this is a line. */
  private static final double THIN = 2.5;

  /** Segments shorter than this are not rulings (glyph strokes, dots). */
  private static final double SHORT = 3;

  /** A horizontal or vertical ruling. */
  record Line(double x0, double y0, double x1, double y1) {
    boolean horizontal() {
      return Math.abs(y1 - y0) < Math.abs(x1 - x0);
    }
  }

  private final List<Line> lines = new ArrayList<>();
  private final List<double[]> path = new ArrayList<>(); // {x0, y0, x1, y1} segments
  private final List<double[]> rects = new ArrayList<>(); // {left, top, right, bottom}
  private double left;
  private double bottom;
  private double width;
  private double height;
  private int rotation;
  private Point2D current = new Point2D.Float();
  private Point2D start = new Point2D.Float();

  /** Starts a page: forgets the last page's rulings. */
  void page(PDPage page) {
    PDRectangle crop = page.getCropBox();
    left = crop.getLowerLeftX();
    bottom = crop.getLowerLeftY();
    width = crop.getWidth();
    height = crop.getHeight();
    rotation = Math.floorMod(page.getRotation(), 360);
    lines.clear();
    path.clear();
    rects.clear();
  }

  /** The rulings of the page read so far. */
  List<Line> lines() {
    return List.copyOf(lines);
  }

  /**
   * A point of the page's space as displayed: from the top-left corner of the crop box turned by
   * the page's rotation, as the text positions are (a landscape table on a page turned by a quarter
   * has its rulings where its text is).
   */
  private double[] shown(Point2D p) {
    double u = p.getX() - left; // from the box's left edge
    double w = p.getY() - bottom; // from its bottom edge
    return switch (rotation) {
      case 90 -> new double[] {w, u};
      case 180 -> new double[] {width - u, w};
      case 270 -> new double[] {height - w, width - u};
      default -> new double[] {u, height - w};
    };
  }

  private void moveTo(Point2D p) {
    current = p;
    start = p;
  }

  private void lineTo(Point2D p) {
    double[] a = shown(current);
    double[] b = shown(p);
    path.add(new double[] {a[0], a[1], b[0], b[1]});
    current = p;
  }

  private void rectangle(Point2D... p) {
    double x0 = Double.MAX_VALUE;
    double x1 = -Double.MAX_VALUE;
    double y0 = Double.MAX_VALUE;
    double y1 = -Double.MAX_VALUE;
    for (Point2D q : p) {
      double[] d = shown(q);
      x0 = Math.min(x0, d[0]);
      x1 = Math.max(x1, d[0]);
      y0 = Math.min(y0, d[1]);
      y1 = Math.max(y1, d[1]);
    }
    rects.add(new double[] {x0, y0, x1, y1});
    current = p[0];
    start = p[0];
  }

  private void closePath() {
    if (current.distance(start) > 0) {
      lineTo(start);
    }
  }

  private void endPath() {
    path.clear();
    rects.clear();
  }

  private void stroke() {
    for (double[] s : path) {
      add(s[0], s[1], s[2], s[3]);
    }
    for (double[] r : rects) {
      add(r[0], r[1], r[2], r[1]);
      add(r[0], r[3], r[2], r[3]);
      add(r[0], r[1], r[0], r[3]);
      add(r[2], r[1], r[2], r[3]);
    }
    endPath();
  }

  private void fill() {
    for (double[] r : rects) {
      double w = r[2] - r[0];
      double h = r[3] - r[1];
      if (h <= THIN && w > h) {
        add(r[0], (r[1] + r[3]) / 2, r[2], (r[1] + r[3]) / 2);
      } else if (w <= THIN && h > w) {
        add((r[0] + r[2]) / 2, r[1], (r[0] + r[2]) / 2, r[3]);
      }
    }
    endPath();
  }

  private void add(double x0, double y0, double x1, double y1) {
    boolean flat = Math.abs(y1 - y0) < 1;
    boolean upright = Math.abs(x1 - x0) < 1;
    if (flat && Math.abs(x1 - x0) >= SHORT) {
      double y = (y0 + y1) / 2;
      lines.add(new Line(Math.min(x0, x1), y, Math.max(x0, x1), y));
    } else if (upright && Math.abs(y1 - y0) >= SHORT) {
      double x = (x0 + x1) / 2;
      lines.add(new Line(x, Math.min(y0, y1), x, Math.max(y0, y1)));
    }
  }

  /** The path operators that feed this, for {@code engine} (which tracks the graphics state). */
  List<OperatorProcessor> operators(PDFStreamEngine engine) {
    List<OperatorProcessor> out = new ArrayList<>();
    out.add(op(engine, "m", 2, (e, a) -> moveTo(point(e, a, 0))));
    out.add(op(engine, "l", 2, (e, a) -> lineTo(point(e, a, 0))));
    out.add(op(engine, "c", 6, (e, a) -> current = point(e, a, 4))); // curves are never rulings:
    out.add(op(engine, "v", 4, (e, a) -> current = point(e, a, 2))); // only the current point moves
    out.add(op(engine, "y", 4, (e, a) -> current = point(e, a, 2)));
    out.add(
        op(
            engine,
            "re",
            4,
            (e, a) -> {
              float x = num(a, 0);
              float y = num(a, 1);
              float w = num(a, 2);
              float h = num(a, 3);
              rectangle(at(e, x, y), at(e, x + w, y), at(e, x + w, y + h), at(e, x, y + h));
            }));
    out.add(op(engine, "h", 0, (e, a) -> closePath()));
    out.add(op(engine, "S", 0, (e, a) -> stroke()));
    out.add(
        op(
            engine,
            "s",
            0,
            (e, a) -> {
              closePath();
              stroke();
            }));
    for (String f : List.of("f", "F", "f*")) {
      out.add(op(engine, f, 0, (e, a) -> fill()));
    }
    for (String b : List.of("B", "B*", "b", "b*")) {
      out.add(op(engine, b, 0, (e, a) -> stroke()));
    }
    out.add(op(engine, "n", 0, (e, a) -> endPath()));
    for (String clip : List.of("W", "W*")) {
      out.add(op(engine, clip, 0, (e, a) -> {})); // the path stays until painted or ended
    }
    return out;
  }

  /** What an operator does with its operands. */
  private interface Action {
    void run(PDFStreamEngine engine, List<COSBase> operands);
  }

  /**
   * An operator taking {@code operands} numbers; one given fewer, or anything but numbers (a
   * malformed stream), is passed over as PDFBox passes over such operators.
   */
  private static OperatorProcessor op(
      PDFStreamEngine engine, String name, int operands, Action action) {
    return new OperatorProcessor(engine) {
      @Override
      public void process(Operator operator, List<COSBase> given) {
        if (given.size() >= operands && given.stream().allMatch(o -> o instanceof COSNumber)) {
          action.run(getContext(), given);
        }
      }

      @Override
      public String getName() {
        return name;
      }
    };
  }

  private static float num(List<COSBase> a, int i) {
    return i < a.size() ? ((COSNumber) a.get(i)).floatValue() : 0;
  }

  private static Point2D point(PDFStreamEngine e, List<COSBase> a, int i) {
    return at(e, num(a, i), num(a, i + 1));
  }

  private static Point2D at(PDFStreamEngine e, float x, float y) {
    return e.getGraphicsState().getCurrentTransformationMatrix().transformPoint(x, y);
  }
}
