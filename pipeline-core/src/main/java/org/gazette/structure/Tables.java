package org.gazette.structure;

import java.util.ArrayList;
import java.util.List;
import org.gazette.layout.Block;
import org.gazette.layout.Reflower;
import org.gazette.model.Node;
import org.gazette.model.SourceLine;
import org.gazette.model.Span;
import org.gazette.model.Table;
import org.gazette.table.LinearTables;
import org.gazette.table.TabExtent;
import org.gazette.text.TablePatterns;

/**
 * Tables in a document's body: the tab-separated ones the reflow kept together get the caption
 * printed above them and the notes around them; linearised ones are found among the lines of the
 * running text, whose blocks are cut where a table begins and ends.
 */
final class Tables {
  private Tables() {}

  /** The table node of a table block. */
  static Node node(Block b) {
    return new Node(Node.Kind.TABLE, null, null, null, null, b.table(), b.span(), null);
  }

  /** {@code blocks} with the tables among them made table blocks. */
  static List<Block> find(List<Block> blocks) {
    List<Block> out = new ArrayList<>();
    List<Block> run = new ArrayList<>();
    for (Block b : blocks) {
      if (b.tabular()) {
        out.addAll(linear(run));
        run.clear();
        dressTabTable(out, b);
      } else {
        run.add(b);
      }
    }
    out.addAll(linear(run));
    return out;
  }

  /** Adds a tab table's block to {@code out}, taking the caption and note blocks just above it. */
  private static void dressTabTable(List<Block> out, Block b) {
    List<SourceLine> lines = new ArrayList<>(b.lines());
    List<String> notes = new ArrayList<>();
    String caption = null;
    Block above = out.isEmpty() ? null : out.get(out.size() - 1);
    if (above != null
        && !above.tabular()
        && TablePatterns.TABLE_NOTE.matcher(above.folded()).matches()) {
      notes.add(above.text());
      lines.addAll(0, above.lines());
      out.remove(out.size() - 1);
      above = out.isEmpty() ? null : out.get(out.size() - 1);
    }
    if (above != null
        && !above.tabular()
        && above.lines().size() == 1
        && TablePatterns.TABLE_CAPTION.matcher(above.folded()).matches()) {
      caption = above.text();
      lines.addAll(0, above.lines());
      out.remove(out.size() - 1);
    }
    Table t = b.table();
    List<List<Table.Cell>> rows = new ArrayList<>(t.rows());
    if (caption == null && notes.isEmpty() && above != null && groupAbove(above, t)) {
      // the first group's label, set just above a table whose later groups have theirs as rows
      SourceLine l = above.lines().get(0);
      rows.add(
          0,
          List.of(
              new Table.Cell(
                  above.text(), 1, t.columns(), new Span(l.number(), l.number()), null)));
      lines.addAll(0, above.lines());
      out.remove(out.size() - 1);
    }
    out.add(Block.ofTable(lines, new Table(caption, t.headerRows(), t.columns(), rows, notes)));
  }

  /**
   * Whether {@code above} is a group label like those heading groups of rows of table {@code t}.
   */
  private static boolean groupAbove(Block above, Table t) {
    return !above.tabular()
        && above.lines().size() == 1
        && TabExtent.groupLabel(above.text())
        && t.columns() > 1
        && t.rows().stream()
            .anyMatch(
                r ->
                    r.size() == 1
                        && r.get(0).colSpan() != null
                        && TabExtent.groupLabel(r.get(0).text()));
  }

  /** The blocks of running text {@code run}, with the linearised tables among them cut out. */
  private static List<Block> linear(List<Block> run) {
    if (run.isEmpty()) {
      return List.of();
    }
    List<SourceLine> lines = new ArrayList<>();
    for (Block b : run) {
      lines.addAll(b.lines());
    }
    List<LinearTables.Found> found = LinearTables.find(lines);
    if (found.isEmpty()) {
      return run;
    }
    List<Block> out = new ArrayList<>();
    int i = 0; // next line not yet placed
    for (LinearTables.Found f : found) {
      out.addAll(text(run, lines, i, f.from()));
      out.add(Block.ofTable(lines.subList(f.from(), f.to()), f.table()));
      i = f.to();
    }
    out.addAll(text(run, lines, i, lines.size()));
    return out;
  }

  /**
   * The running text of lines [{@code from}, {@code to}): the blocks wholly inside as they were, a
   * block cut by a table reflowed from its remaining lines.
   */
  private static List<Block> text(List<Block> run, List<SourceLine> lines, int from, int to) {
    List<Block> out = new ArrayList<>();
    if (from >= to) {
      return out;
    }
    int first = lines.get(from).number();
    int last = lines.get(to - 1).number();
    for (Block b : run) {
      if (b.endLine() < first || b.startLine() > last) {
        continue;
      }
      if (b.startLine() >= first && b.endLine() <= last) {
        out.add(b);
        continue;
      }
      List<SourceLine> kept =
          b.lines().stream().filter(l -> l.number() >= first && l.number() <= last).toList();
      out.addAll(new Reflower().reflow(kept));
    }
    return out;
  }
}
