package org.gazette.structure;

import java.util.ArrayList;
import java.util.List;
import org.gazette.layout.Block;
import org.gazette.model.Node;
import org.gazette.model.Node.Kind;
import org.gazette.model.Span;
import org.gazette.text.Label;

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
