package org.gazette.structure;

import java.util.ArrayList;
import java.util.List;
import org.gazette.layout.Block;
import org.gazette.model.Node;
import org.gazette.model.SourceLine;
import org.gazette.text.Cjk;

/**
 * Tables that survived extraction as tab-separated rows; the first row is the header as printed.
 */
final class Tables {
  private Tables() {}

  /** A table node from a block of tab-separated lines. */
  static Node fromTabs(Block b) {
    List<List<String>> rows = new ArrayList<>();
    for (SourceLine l : b.lines()) {
      List<String> cells = new ArrayList<>();
      for (String cell : l.text().strip().split("\t", -1)) {
        cells.add(Cjk.collapseSpaces(cell));
      }
      rows.add(List.copyOf(cells));
    }
    return new Node(Node.Kind.TABLE, null, null, null, null, List.copyOf(rows), b.span(), null);
  }
}
