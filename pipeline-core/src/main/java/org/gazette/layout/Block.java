package org.gazette.layout;

import java.util.List;
import org.gazette.model.SourceLine;
import org.gazette.model.Span;
import org.gazette.text.Cjk;
import org.gazette.text.Titles;

/**
 * A paragraph: consecutive raw lines joined, with spaces between CJK characters dropped.
 *
 * @param lines the raw lines, in order (never empty)
 * @param text the joined, normalised text
 * @param tabular true for a row group of a tab-separated table
 * @param folded {@link Cjk#fold} of the text, computed once: what the patterns match
 * @param display for PDF input, whether the first line is set apart (centred, larger or bold); null
 *     when the source has no layout (TXT)
 */
public record Block(
    List<SourceLine> lines, String text, boolean tabular, String folded, Boolean display) {
  public Block {
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a block needs at least one line");
    }
  }

  /** A block of {@code lines} with joined {@code text}. */
  public static Block of(List<SourceLine> lines, String text, boolean tabular) {
    return new Block(lines, text, tabular, Cjk.fold(text), null);
  }

  /** This block with its layout hint. */
  public Block withDisplay(Boolean d) {
    return new Block(lines, text, tabular, folded, d);
  }

  /** Raw number of the first line. */
  public int startLine() {
    return lines.get(0).number();
  }

  /** Raw number of the last line. */
  public int endLine() {
    return lines.get(lines.size() - 1).number();
  }

  /** The lines covered. */
  public Span span() {
    return new Span(startLine(), endLine());
  }

  /** Could be (part of) a title: not a table row, and {@link Titles#titleShaped title-shaped}. */
  public boolean titleLike() {
    return !tabular && Titles.titleShaped(folded, firstRaw());
  }

  /** The first raw line without surrounding whitespace (keeps inner spaces: {@code 1 总则}). */
  public String firstRaw() {
    return lines.get(0).text().strip();
  }
}
