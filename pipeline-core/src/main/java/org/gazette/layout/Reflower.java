package org.gazette.layout;

import java.util.ArrayList;
import java.util.List;
import org.gazette.model.Cancel;
import org.gazette.model.PlacedTable;
import org.gazette.model.RawText;
import org.gazette.model.SourceLine;
import org.gazette.table.SpacedTables;
import org.gazette.table.TabExtent;
import org.gazette.table.TabLineTables;
import org.gazette.table.TabTables;
import org.gazette.text.Cjk;
import org.gazette.text.Patterns;

/**
 * Joins hard-wrapped lines into paragraphs.
 *
 * <p>Gazette text dumps come in two shapes, sometimes in one file: lines wrapped at a fixed width
 * (about 20–25 characters, every line followed by a blank one), and whole paragraphs on one line
 * with an occasional break in mid-word. Blank lines therefore say nothing; a line continues into
 * the next when it is <em>full</em> (as wide as its neighbourhood's wrap width) or, in unwrapped
 * text, when it is long and stops without closing punctuation — and never when the next line starts
 * a structure of its own (a heading label, 字号, date, 附注, 附件, …).
 */
public final class Reflower {
  /** A line at least this share of the wrap width is full. */
  private static final double FULL = 0.86;

  /** In unwrapped text, a line this wide that stops without punctuation was cut. */
  private static final double CUT_WIDTH = 24;

  /** Widest line taken for a heading of its own among whole-paragraph lines. */
  private static final double HEADING = 40;

  /** Longest line taken for the stray tail of a wrapped heading. */
  private static final int TINY_TAIL = 5;

  /**
   * Reflows the body lines of {@code raw} (furniture already removed), carrying each block's layout
   * hint (PDF: set apart or not) to the block.
   */
  public List<Block> reflow(List<SourceLine> body, RawText raw) {
    List<Block> blocks = new ArrayList<>();
    List<SourceLine> run = new ArrayList<>();
    PlacedTable table = null; // the table whose rows are being collected
    List<SourceLine> rows = new ArrayList<>();
    for (int k = 0; k < body.size(); k++) {
      Cancel.check();
      SourceLine read = body.get(k);
      TabLineTables.Found cells = table == null ? TabLineTables.at(body, k) : null;
      if (cells != null) { // a page's table, one cell a line, the cells apart by tab lines
        blocks.addAll(reflow(run, raw::displayOf));
        run.clear();
        blocks.add(Block.ofTable(nonBlank(body.subList(k, cells.to())), cells.table()));
        k = cells.to() - 1;
        continue;
      }
      PlacedTable t = raw.tableAt(read.number());
      if (t != table && table != null) {
        blocks.add(Block.ofTable(rows, table.table()));
        rows = new ArrayList<>();
      }
      table = t;
      if (t != null) {
        // a table the source read with its structure: its row lines are one block
        blocks.addAll(reflow(run, raw::displayOf));
        run.clear();
        rows.add(read);
        continue;
      }
      SourceLine l = Markup.strip(read);
      if (Markup.heading(read)) { // a Markdown heading is a paragraph of its own line
        blocks.addAll(reflow(run, raw::displayOf));
        run.clear();
        blocks.add(Block.of(List.of(l), joinText(List.of(l))));
        continue;
      }
      if (!Unflattener.flattened(l.text())) {
        run.addAll(FlatHeadings.labelsApart(l)); // 第一章　总则　　第一条　…, 附件5⇥标题 on one line
        continue;
      }
      // A whole page flattened onto one line: its pieces are blocks, never joined again.
      blocks.addAll(reflow(run, raw::displayOf));
      run.clear();
      for (String piece : Unflattener.split(l.text())) {
        List<SourceLine> one = List.of(new SourceLine(l.number(), piece));
        blocks.add(Block.of(one, joinText(one)));
      }
    }
    if (table != null) {
      blocks.add(Block.ofTable(rows, table.table()));
    }
    blocks.addAll(reflow(run, raw::displayOf));
    if (raw.displayLines() == null) {
      return blocks;
    }
    return blocks.stream().map(b -> b.withDisplay(raw.displayOf(b.startLine()))).toList();
  }

  /** Reflows {@code lines} (blank lines allowed; furniture already removed) into blocks. */
  public List<Block> reflow(List<SourceLine> lines) {
    return reflow(lines, n -> null);
  }

  /**
   * Reflows {@code lines}; {@code display} tells, for PDF input, whether a line (by number) is set
   * apart (centred, larger, bold): a display line and a body line never join, whatever their text.
   */
  public List<Block> reflow(
      List<SourceLine> lines, java.util.function.IntFunction<Boolean> display) {
    Run run = Run.of(lines, display);
    List<SourceLine> text = run.text();
    List<Block> blocks = new ArrayList<>();
    int i = 0;
    while (i < text.size()) {
      Cancel.check();
      SpacedTables.Found spaced = SpacedTables.at(text, i);
      if (spaced != null) {
        blocks.add(Block.ofTable(text.subList(i, spaced.to()), spaced.table()));
        i = spaced.to();
        continue;
      }
      int pieces = Fragments.at(text, run.folded(), i);
      if (pieces > 0) {
        List<SourceLine> element = text.subList(i, pieces);
        blocks.add(Block.of(element, Fragments.text(element)));
        i = pieces;
        continue;
      }
      List<SourceLine> group = new ArrayList<>();
      group.add(text.get(i));
      boolean tab = TabTables.tabRow(text.get(i).text());
      int j = i;
      while (j + 1 < text.size() && joins(run, j, tab, Brackets.tail(run.folded(), i, j))) {
        j++;
        group.add(text.get(j));
      }
      // one row alone is a line with gaps, and label：value rows a form: neither is a table
      boolean table = tab && group.size() > 1 && !TabTables.form(group);
      blocks.add(
          table ? Block.ofTable(group, TabTables.parse(group)) : Block.of(group, joinText(group)));
      i = j + 1;
    }
    return blocks;
  }

  /**
   * The non-blank lines being reflowed, with what is worked out once for each: folded text, whether
   * it starts an element whatever precedes it, its width, the wrap width around it, and (PDF)
   * whether it is set apart.
   */
  private record Run(
      List<SourceLine> text,
      String[] folded,
      boolean[] starts,
      double[] widths,
      double[] wrap,
      java.util.function.IntFunction<Boolean> display) {
    static Run of(List<SourceLine> lines, java.util.function.IntFunction<Boolean> display) {
      List<SourceLine> text = lines.stream().filter(l -> !l.isBlank()).toList();
      double[] widths = text.stream().mapToDouble(l -> Cjk.width(l.text().strip())).toArray();
      String[] folded = text.stream().map(l -> Cjk.fold(l.text())).toArray(String[]::new);
      boolean[] starts = new boolean[text.size()];
      for (int k = 0; k < text.size(); k++) {
        Cancel.check();
        starts[k] = LineKinds.startsStructure(text.get(k).text(), folded[k]);
      }
      return new Run(text, folded, starts, widths, WrapWidths.of(widths, FULL), display);
    }
  }

  /**
   * Line {@code j + 1} goes on the paragraph of line {@code j}: it {@link #continues} it in the
   * same style, or inside a bracket line {@code j} left open (a line set apart by the OCR's
   * geometry alone still closes its bracket on the next).
   */
  private boolean joins(Run run, int j, boolean tab, String tail) {
    List<SourceLine> text = run.text();
    return continues(run, j, tab, tail)
        && (sameStyle(run.display(), text.get(j), text.get(j + 1))
            || !tab && Brackets.unclosed(tail, text.get(j + 1).text().strip()));
  }

  private boolean continues(Run run, int j, boolean tab, String tail) {
    List<SourceLine> text = run.text();
    String[] folded = run.folded();
    double[] widths = run.widths();
    double[] wrap = run.wrap();
    SourceLine cur = text.get(j);
    SourceLine next = text.get(j + 1);
    boolean nextTab = tab ? TabExtent.rowBelow(next.text()) : TabTables.tabRow(next.text());
    if (LineKinds.chrome(folded[j]) || LineKinds.orderAt(folded, j + 1)) {
      return false; // a page's widget or breadcrumb (我的位置:首页>…) is a line of its own; an order's
      // head (某某国务院令 / 第417号) starts one, whatever ends the line above
    }
    if (tab || nextTab) {
      return tab
          && (next.number() == cur.number() + 1
                  && (nextTab || TabExtent.brokenCell(text, j, widths[j + 1]))
              || TabExtent.valueBelow(cur, next));
    }
    String c = folded[j];
    String n = next.text().strip();
    if (Fragments.closingOnly(folded[j + 1]) || Fragments.numberNode(folded, j)) {
      return true; // 各发电企业 / ：; 关于印发 / 2021 / 年春节期间: a crawler's text node a line
    }
    if ((run.starts()[j + 1] || LineKinds.indented(next.text()))
        && !Brackets.inside(run.folded(), j, tail)) {
      return false;
    }
    if (Brackets.unclosed(tail, n)) {
      return true; // 为贯彻落实《国务院关于印发…计划 / （2021-2025年）的通知》…; （责任单位：… / …局）
    }
    if (Patterns.REPORT_SUBTITLE_START.matcher(c).matches()
        && !Patterns.REPORT_SUBTITLE.matcher(c).matches()
        && Patterns.REPORT_SUBTITLE.matcher(c + n).matches()) {
      return true; // ——2026年1月26日在广东省第十四届 / 人民代表大会第五次会议上
    }
    if (Patterns.REPORT_SUBTITLE.matcher(tail).matches()) {
      return false; // that subtitle, now whole, ends its paragraph
    }
    if (wrap[j] > 0
        && widths[j] >= FULL * wrap[j]
        && Brackets.closesUnopened(c)
        && LineKinds.endsWithNumber(c)) {
      return true; // a full line inside a citation: …规定的通知》（某发〔2020〕2号） / 于2023年…届满
    }
    if (LineKinds.endsStructure(c) || LineKinds.columnGap(cur.text().strip())) {
      return false;
    }
    if (LineKinds.titleThenRecipients(c, folded[j + 1])) {
      return false; // …的答复 / 张三代表：, however short the 称呼
    }
    if (tinyTail(c, folded[j + 1])) {
      return true;
    }
    if (LineKinds.completeTitle(c)) {
      return false;
    }
    if (wrap[j] < 0 && run.starts()[j] && widths[j] <= HEADING && LineKinds.commaless(c)) {
      return false; // among whole-paragraph lines, a short labelled line without a comma: a heading
    }
    if (wrap[j] < 0
        && run.starts()[j]
        && LineKinds.headingOverParagraph(cur.text(), c, folded[j + 1])) {
      return false; // 三、制定和贯彻具体政策，解决与…的问题 / a paragraph: a heading with a comma
    }
    if (wrap[j] < 0 && LineKinds.commaless(c) && LineKinds.recipients(folded[j + 1])) {
      return false; // among whole-paragraph lines, a title of any ending over its 称呼 (华主席、党中央：)
    }
    if (wrap[j] > 0) {
      return widths[j] >= FULL * wrap[j]
          && !c.endsWith("。")
          && !c.endsWith("：")
          && !c.endsWith(":");
    }
    return widths[j] >= CUT_WIDTH && !Patterns.CLOSED_LINE.matcher(c).matches();
  }

  /**
   * A wrapped heading or item whose last characters fell onto a line of their own ({@code
   * 一、充分认识…工作的重要} / {@code 性}).
   */
  private static boolean tinyTail(String cur, String n) {
    return n.length() <= TINY_TAIL
        && !n.endsWith("：")
        && !n.endsWith(":") // a 称呼 (各位代表：) under a speaker's name is no heading's tail
        && Cjk.width(cur) >= 12
        && !Patterns.CLOSED_LINE.matcher(cur).matches()
        && Cjk.hanCount(n) > 0
        && !Patterns.OPENS_BRACKET.matcher(n).matches();
  }

  /** Lines of one paragraph share their style: a display line never continues into body text. */
  private static boolean sameStyle(
      java.util.function.IntFunction<Boolean> display, SourceLine a, SourceLine b) {
    Boolean x = display.apply(a.number());
    Boolean y = display.apply(b.number());
    return x == null || y == null || x.equals(y);
  }

  private static List<SourceLine> nonBlank(List<SourceLine> lines) {
    return lines.stream().filter(l -> !l.isBlank()).toList();
  }

  /** The group's lines joined as {@link Cjk#join} joins two, in time linear in their length. */
  private static String joinText(List<SourceLine> group) {
    StringBuilder out = new StringBuilder();
    for (SourceLine l : group) {
      String next = Cjk.collapseSpaces(l.text());
      if (!out.isEmpty() && !next.isEmpty() && Cjk.spaceBetween(out, next)) {
        out.append(' ');
      }
      out.append(next);
    }
    return out.toString();
  }
}
