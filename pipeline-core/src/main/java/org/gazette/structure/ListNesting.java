package org.gazette.structure;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gazette.layout.Block;
import org.gazette.text.Label;
import org.gazette.text.Label.Style;

/**
 * Heading lists a document nests against the usual GB/T 9704 order of their styles: the order is
 * learned from the document itself, as a list lying between two items of another list belongs to
 * the first of them.
 */
final class ListNesting {

  /** Each block's heading label, or null. */
  private final Label[] labels;

  /** Style pairs {@code outer>inner} this document has nested against their usual rank. */
  private final Set<String> nestedStyles = new HashSet<>();

  /** True when the document has 第X章 chapters. */
  private boolean chaptered;

  /** The labels of {@code blocks}, read once: decimal ones (2.1) where the document has them. */
  ListNesting(List<Block> blocks) {
    boolean dec = false;
    for (Block b : blocks) { // one reading of the labels tells both
      Label l = Label.parse(b.firstRaw(), false);
      dec |= l != null && l.style() == Style.DEC2;
      chaptered |= l != null && l.style() == Style.CHAPTER;
    }
    labels = new Label[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) {
      labels[i] = blocks.get(i).tabular() ? null : Label.parse(blocks.get(i).firstRaw(), dec);
    }
  }

  /** Each block's heading label, or null (a table's block has none). */
  Label[] labels() {
    return labels;
  }

  /** True when the document has 第X章 chapters: then a bare 总则 or 附则 line is one too. */
  boolean chaptered() {
    return chaptered;
  }

  /**
   * True when a new list starting with {@code l} at block {@code i} nests in the open heading
   * {@code t} although its style usually ranks above t's: the document has nested this style in t's
   * before, t is a bare number dividing the text ({@code （三）} alone on its line), or t's list goes
   * on after the new list. The first such nesting is remembered for the rest of the document.
   */
  boolean nestsAgainstRank(int i, OutlineFrame t, Label l) {
    String pair = t.label.style() + ">" + l.style();
    if (nestedStyles.contains(pair)
        || (t.title == null || t.title.isBlank()) && t.text == null
        || resumesAfter(i, t)) {
      nestedStyles.add(pair);
      return true;
    }
    return false;
  }

  /**
   * True when the list of open heading {@code t} goes on after block {@code i} (its next number
   * comes before the list restarts), so that a new list starting at {@code i} lies between two of
   * its items and nests in it, whatever the usual order of their styles: bare （一）（二）（三） dividing a
   * report whose part （二） holds 一、二、三、.
   */
  private boolean resumesAfter(int i, OutlineFrame t) {
    for (int j = i + 1; j < labels.length; j++) {
      Label l = labels[j];
      if (l == null) {
        continue;
      }
      if (l.style().rank < Style.DIVISION.rank) {
        return false; // a chapter or article ends every section list
      }
      if (l.style() == t.label.style() && l.path() == null) {
        return l.number() == t.last + 1;
      }
    }
    return false;
  }
}
