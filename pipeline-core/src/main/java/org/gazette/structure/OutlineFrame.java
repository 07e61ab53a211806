package org.gazette.structure;

import java.util.ArrayList;
import java.util.List;
import org.gazette.layout.Block;
import org.gazette.model.Node;
import org.gazette.model.Node.Kind;
import org.gazette.model.Span;
import org.gazette.text.Label;
import org.gazette.text.Label.Style;

/** A node under construction. */
final class OutlineFrame {
  final Kind kind;
  final Label label;
  final String title;
  final String text;
  final int level;
  final int start;
  int end;
  final List<Node> children = new ArrayList<>();
  int last;

  OutlineFrame(Kind kind, Label label, String title, String text, int level, Block b) {
    this.kind = kind;
    this.label = label;
    this.title = title;
    this.text = text;
    this.level = level;
    this.start = b.startLine();
    this.end = b.endLine();
    this.last = label == null ? 0 : label.number();
  }

  /** True when this is an article and {@code l} a heading of 一、's rank or above that ends it. */
  boolean closedBy(Label l) {
    return kind == Kind.ARTICLE && l.style().rank <= Style.CN.rank && !takesItem(l);
  }

  /**
   * True when {@code l}, a {@code 一、} label, numbers an item of this article rather than a heading
   * after it (older laws number an article's items 一、二、 where later ones write （一）（二）): the list's
   * first where the article's text so far ends in a colon ({@code 有下列情形之一的：}), or the next of the
   * article's own 一、 items.
   */
  private boolean takesItem(Label l) {
    if (l.style() != Style.CN) {
      return false;
    }
    Node lastChild = children.isEmpty() ? null : children.get(children.size() - 1);
    if (l.number() == 1) {
      String said = lastChild == null ? text : lastChild.text();
      return said != null && (said.endsWith("：") || said.endsWith(":"));
    }
    if (lastChild == null || lastChild.kind() != Kind.ITEM || lastChild.label() == null) {
      return false;
    }
    Label previous = Label.parse(lastChild.label(), false);
    return previous != null && previous.style() == Style.CN && previous.number() == l.number() - 1;
  }

  /** True when this section is {@code l}'s parent (2 over 2.1) or one of its list (2.1 by 2.2). */
  boolean holdsDecimal(Label l) {
    return parentOfDecimal(l) || label.path() != null && label.path().equals(l.path());
  }

  /** True when {@code l} is a decimal label 2.1 directly under this frame, numbered 2. */
  boolean parentOfDecimal(Label l) {
    if (l.path() == null) {
      return false;
    }
    String own =
        label.path() == null ? String.valueOf(label.number()) : label.path() + "." + label.number();
    return own.equals(l.path());
  }

  Node build() {
    List<Node> kids = children.isEmpty() ? null : List.copyOf(children);
    return new Node(
        kind,
        label == null ? null : label.label(),
        title,
        kind == Kind.SECTION ? level : null,
        text,
        null,
        new Span(start, end),
        kids);
  }
}
