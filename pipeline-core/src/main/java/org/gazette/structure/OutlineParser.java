package org.gazette.structure;

import java.util.ArrayList;
import java.util.List;
import org.gazette.layout.Block;
import org.gazette.model.Cancel;
import org.gazette.model.Diagnostic;
import org.gazette.model.Node;
import org.gazette.model.Node.Kind;
import org.gazette.text.Cjk;
import org.gazette.text.IssuePatterns;
import org.gazette.text.Label;
import org.gazette.text.Label.Style;
import org.gazette.text.Patterns;
import org.gazette.text.Titles;

/**
 * Builds a document body's outline from heading labels.
 *
 * <p>Section levels are not fixed by label style: the first style met is level 1 (一、 in most
 * documents, {@code 1 总则} or {@code 1、总则} in emergency plans), later styles nest under it, and a
 * label continues an open list of its style (or of a sibling style: {@code 10.} then {@code 11、})
 * when its number follows on. A decimal label {@code 2.1} nests under the open {@code 2}. 第X章/节/条
 * form chapters, parts and articles; inside an article, （一） labels are its items (项). Numbering
 * gaps become diagnostics.
 */
public final class OutlineParser {

  /**
   * An outline and what was odd in it.
   *
   * @param nodes the top-level nodes
   * @param diagnostics numbering gaps and the like
   */
  public record Outline(List<Node> nodes, List<Diagnostic> diagnostics) {
    public Outline {
      nodes = List.copyOf(nodes);
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /** Diagnostics of this one parse: an instance lives for one call of {@link #parse}. */
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  private OutlineParser(java.util.Set<String> attachmentTitles) {
    this.attachmentTitles = attachmentTitles;
  }

  /** The 附件说明's titles, {@link Titles#loose}. */
  private final java.util.Set<String> attachmentTitles;

  /** The blocks' labels, and where this document nests lists against their usual order. */
  private ListNesting nesting;

  /**
   * The outline of {@code blocks}, where a line reading as one of {@code attachmentTitles} (loose)
   * starts that attachment even without its 附件 label (a label lost to OCR or a web export).
   */
  public static Outline parse(List<Block> blocks, java.util.Set<String> attachmentTitles) {
    OutlineParser run = new OutlineParser(attachmentTitles);
    return new Outline(run.nodes(blocks), run.diagnostics);
  }

  private List<Node> nodes(List<Block> blocks) {
    nesting = new ListNesting(blocks);
    boolean[] banners =
        nesting.chaptered()
            ? new boolean[blocks.size()]
            : PartBanners.find(blocks, nesting.labels());
    List<Node> root = new ArrayList<>();
    List<OutlineFrame> stack = new ArrayList<>();
    OutlineFrame attachment = null;
    int contentsEnd = OwnContents.end(blocks);
    for (int i = 0; i < blocks.size(); i++) {
      Cancel.check();
      Block b = blocks.get(i);
      if (i < contentsEnd) {
        // The document's own 目录 (a law's list of chapters) is text, not its outline.
        (attachment == null ? root : attachment.children).add(Node.paragraph(b.text(), b.span()));
        continue;
      }
      int titled = root.isEmpty() ? 0 : PrintedAttachments.at(blocks, i, attachmentTitles);
      if (titled > 0 || Patterns.ATTACHMENT_BARE.matcher(b.folded()).matches()) {
        closeAll(stack, attachment == null ? root : attachment.children);
        if (attachment != null) {
          root.add(attachment.build());
        }
        StringBuilder title = new StringBuilder(b.folded());
        for (int k = 1; k < titled; k++) {
          title.append(blocks.get(++i).folded());
        }
        attachment = new OutlineFrame(Kind.ATTACHMENT, null, title.toString(), null, 0, b);
        attachment.end = blocks.get(i).endLine();
        continue;
      }
      List<Node> base = attachment == null ? root : attachment.children;
      if (attachment != null) {
        attachment.end = b.endLine();
      }
      if (banners[i] && attachment == null) {
        closeAll(stack, base); // an unnumbered part title: the level above every numbered heading
        stack.add(new OutlineFrame(Kind.SECTION, null, Cjk.squeeze(b.folded()), null, 1, b));
        continue;
      }
      place(b, i, stack, base);
    }
    closeAll(stack, attachment == null ? root : attachment.children);
    if (attachment != null) {
      root.add(attachment.build());
    }
    return root;
  }

  private void place(Block b, int i, List<OutlineFrame> stack, List<Node> base) {
    if (b.tabular()) {
      add(stack, base, Tables.node(b));
      return;
    }
    Label l = nesting.labels()[i];
    if (l != null && l.path() != null && !hasDecimalParent(stack, l)) {
      l = null;
    }
    if (l == null
        && nesting.chaptered()
        && Label.CHAPTER_NAME.matcher(Cjk.squeeze(b.folded())).matches()) {
      closeWhile(stack, base, f -> true); // 总则 before 第一章, 附则 after the last: no number printed
      stack.add(new OutlineFrame(Kind.CHAPTER, null, Cjk.squeeze(b.folded()), null, 0, b));
      return;
    }
    if (l == null) {
      add(stack, base, Node.paragraph(b.text(), b.span()));
      return;
    }
    l = new Label(l.style(), l.number(), l.path(), l.label(), restOf(b.text(), l));
    String[] tt = splitRunIn(l.rest());
    switch (l.style()) {
      case CHAPTER -> {
        closeWhile(stack, base, f -> true);
        stack.add(new OutlineFrame(Kind.CHAPTER, l, tt[0], tt[1], 0, b));
      }
      case PART -> {
        closeWhile(stack, base, f -> f.kind != Kind.CHAPTER);
        stack.add(new OutlineFrame(Kind.PART, l, tt[0], tt[1], 0, b));
      }
      case ARTICLE -> {
        closeWhile(stack, base, f -> f.kind != Kind.CHAPTER && f.kind != Kind.PART);
        stack.add(new OutlineFrame(Kind.ARTICLE, l, null, Cjk.collapseSpaces(l.rest()), 0, b));
      }
      default -> placeSection(b, i, l, tt, stack, base);
    }
  }

  private void placeSection(
      Block b, int i, Label l, String[] tt, List<OutlineFrame> stack, List<Node> base) {
    OutlineFrame top = stack.isEmpty() ? null : stack.get(stack.size() - 1);
    if (top != null && top.closedBy(l)) {
      closeWhile(stack, base, f -> f.kind == Kind.ARTICLE);
      top = stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }
    if (top != null && top.kind == Kind.ARTICLE) {
      top.children.add(
          new Node(
              Kind.ITEM,
              l.label(),
              null,
              null,
              Cjk.collapseSpaces(l.rest()),
              null,
              b.span(),
              null));
      top.end = b.endLine();
      return;
    }
    int at = findOpen(stack, l);
    if (at >= 0) {
      OutlineFrame f = stack.get(at);
      if (l.number() != f.last + 1) {
        diagnostics.add(
            Diagnostic.info(
                "outline-numbering",
                "heading " + l.label() + " follows " + f.last + " in its list",
                b.startLine()));
      }
      closeTo(stack, base, at);
    } else {
      while (!stack.isEmpty()) {
        OutlineFrame t = stack.get(stack.size() - 1);
        if (t.kind != Kind.SECTION
            || t.label == null
            || t.label.style().rank < l.style().rank
            || t.parentOfDecimal(l)
            || (l.number() == 1 && nesting.nestsAgainstRank(i, t, l))) {
          break;
        }
        closeTo(stack, base, stack.size() - 1);
      }
    }
    int level = 1 + (int) stack.stream().filter(f -> f.kind == Kind.SECTION).count();
    stack.add(new OutlineFrame(Kind.SECTION, l, tt[0], tt[1], level, b));
  }

  /** Index of the open frame this label continues, or -1. */
  private static int findOpen(List<OutlineFrame> stack, Label l) {
    for (int k = stack.size() - 1; k >= 0; k--) {
      OutlineFrame f = stack.get(k);
      if (f.label == null || f.kind != Kind.SECTION) {
        continue;
      }
      Style s = f.label.style();
      boolean decimalSibling =
          s == l.style() && l.path() != null && l.path().equals(f.label.path());
      if (s == l.style() && (l.path() == null || decimalSibling)) {
        return k;
      }
      boolean compatible =
          (s == Style.NUM_DOT || s == Style.NUM_DUN)
              && (l.style() == Style.NUM_DOT || l.style() == Style.NUM_DUN);
      if (compatible && l.number() == f.last + 1) {
        return k;
      }
    }
    return -1;
  }

  /** The block's whole text after its label (the label was read from the first line only). */
  private static String restOf(String text, Label l) {
    String t = IssuePatterns.BULLET.matcher(text).replaceFirst("");
    String label = Cjk.collapseSpaces(l.label());
    int at = t.indexOf(label);
    if (at < 0 || at > 2) {
      return l.rest();
    }
    return t.substring(at + label.length()).replaceFirst("^[\\s、.．]+", "");
  }

  /**
   * A decimal label (2.1, 2.1.3) counts only under an open 2 / 2.1: elsewhere it is a number in
   * text.
   */
  private static boolean hasDecimalParent(List<OutlineFrame> stack, Label l) {
    return stack.stream()
        .anyMatch(f -> f.kind == Kind.SECTION && f.label != null && f.holdsDecimal(l));
  }

  /** Splits a run-in heading {@code 加大供给。贯彻落实…} into title and remaining text. */
  static String[] splitRunIn(String rest) {
    String r = Cjk.collapseSpaces(rest);
    int stop = r.indexOf('。');
    if (stop < 0 || stop == r.length() - 1) {
      return new String[] {stop < 0 ? r : r.substring(0, stop), null};
    }
    return new String[] {r.substring(0, stop), r.substring(stop + 1)};
  }

  private static void add(List<OutlineFrame> stack, List<Node> base, Node n) {
    if (stack.isEmpty()) {
      base.add(n);
    } else {
      OutlineFrame top = stack.get(stack.size() - 1);
      top.children.add(n);
      for (OutlineFrame f : stack) {
        f.end = Math.max(f.end, n.sourceSpan().endLine());
      }
    }
  }

  private static void closeTo(List<OutlineFrame> stack, List<Node> base, int index) {
    while (stack.size() > index) {
      close(stack, base);
    }
  }

  private static void closeWhile(
      List<OutlineFrame> stack, List<Node> base, java.util.function.Predicate<OutlineFrame> p) {
    while (!stack.isEmpty() && p.test(stack.get(stack.size() - 1))) {
      close(stack, base);
    }
  }

  private static void closeAll(List<OutlineFrame> stack, List<Node> base) {
    closeTo(stack, base, 0);
  }

  private static void close(List<OutlineFrame> stack, List<Node> base) {
    OutlineFrame f = stack.remove(stack.size() - 1);
    Node n = f.build();
    if (stack.isEmpty()) {
      base.add(n);
    } else {
      OutlineFrame parent = stack.get(stack.size() - 1);
      parent.children.add(n);
      parent.end = Math.max(parent.end, f.end);
    }
  }
}
