package org.gazette.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazette.layout.Block;
import org.gazette.model.Span;
import org.gazette.text.Cjk;

/** Blocks of one document and which of them an element has claimed. */
final class DocBlocks {
  final List<Block> blocks;
  final int end;
  final Set<Integer> used;
  final Map<String, Span> spans;
  int pos;

  DocBlocks(List<Block> blocks, int pos, int end) {
    this(blocks, pos, end, new HashSet<>(), new HashMap<>());
  }

  private DocBlocks(
      List<Block> blocks, int pos, int end, Set<Integer> used, Map<String, Span> spans) {
    this.blocks = blocks;
    this.pos = pos;
    this.end = end;
    this.used = used;
    this.spans = spans;
  }

  /** These blocks up to {@code to} (exclusive), sharing what is claimed and marked. */
  DocBlocks until(int to) {
    return new DocBlocks(blocks, pos, to, used, spans);
  }

  Block at(int k) {
    return blocks.get(k);
  }

  String text(int k) {
    return Cjk.squeeze(blocks.get(k).text());
  }

  /** Records that element {@code name} stands on blocks {@code from..to}. */
  void mark(String name, int from, int to) {
    spans.put(name, new Span(blocks.get(from).startLine(), blocks.get(to).endLine()));
  }

  List<Block> unused(int from, int to) {
    List<Block> out = new ArrayList<>();
    for (int k = from; k < to; k++) {
      if (!used.contains(k)) {
        out.add(blocks.get(k));
      }
    }
    return out;
  }
}
