package org.gazette.layout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.model.SourceLine;

/**
 * Lightweight markup of text exports: crawlers and converters often save a page as Markdown, with
 * the page title as a {@code # heading}, metadata keys and headings in {@code **bold**}, and quotes
 * as {@code > }. The markers are syntax, not text of the document: the line's text is read without
 * them (its raw text stays in the input; {@code **} and a leading {@code #} never occur in a 公文).
 * Links {@code [text](url)} and list items are left alone: their text is part of the page; an image
 * {@code ![alt](url)} is read as its alt text. A grid table that a converter drew for a layout box
 * ({@code +----+} borders, {@code | cell | cell |} rows, as the date and 字号 of an older notice side
 * by side) is read as its cells' text, the cells of a row apart by a tab, its borders (and a pipe
 * table's delimiter row) as blank lines: rows of cells one under another are then a table as tab
 * rows are (with or without a delimiter row), a row alone a line with a gap.
 */
final class Markup {
  /** A Markdown heading or quote marker at the start of a line: {@code ## }, {@code > }. */
  private static final Pattern LEAD = Pattern.compile("^(\\s*)(#{1,6}|>)[ \\t　]+");

  /** Strong or emphasis markers around a run of text: {@code **加粗**}, {@code __加粗__}. */
  private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");

  /** A grid table's border: {@code +-----+----+}, {@code +=====+}. */
  private static final Pattern GRID_BORDER = Pattern.compile("^\\s*\\+(?:[-=:]+\\+)+\\s*$");

  /** A grid table's row: {@code | cell | cell |}. */
  private static final Pattern GRID_ROW = Pattern.compile("^\\s*\\|(.*)\\|\\s*$");

  /**
   * An HTML tag of the few a converter leaves in Markdown (tables, links, images, line breaks);
   * angle brackets around Chinese text ({@code <关于…的决议>}) are never one.
   */
  private static final Pattern HTML_TAG =
      Pattern.compile(
          "</?(?i:table|thead|tbody|tr|td|th|colgroup|col|div|span|p|br|a|img|font|center|hr)"
              + "(?:\\s[^<>]*)?/?>");

  /** A Markdown image: {@code ![alt](url)}; group 1 its alt text. */
  private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");

  /** A pipe table's delimiter row, its cells read: {@code :--}, {@code --- :---:}. */
  private static final Pattern DELIMITER_ROW = Pattern.compile("^(:?-+:?)([ \\t]:?-+:?)*$");

  private Markup() {}

  /** True when {@code line} is a Markdown heading ({@code # 标题}): a paragraph of one line. */
  static boolean heading(SourceLine line) {
    String t = line.text();
    return t.indexOf('#') >= 0 && LEAD.matcher(t).lookingAt() && t.strip().startsWith("#");
  }

  /** {@code line} with its Markdown markers removed, or {@code line} itself when it has none. */
  static SourceLine strip(SourceLine line) {
    String t = line.text();
    String untagged = t.indexOf('<') >= 0 ? HTML_TAG.matcher(t).replaceAll("") : t;
    if (untagged.length() < t.length()) {
      t = untagged.strip(); // HTML a converter left: its text stays
      line = new SourceLine(line.number(), t);
    }
    if (t.contains("![")) {
      t = IMAGE.matcher(t).replaceAll("$1"); // an image is its alt text, if any
      line = new SourceLine(line.number(), t);
    }
    if (t.indexOf('+') >= 0 && GRID_BORDER.matcher(t).matches()) {
      return new SourceLine(line.number(), "");
    }
    Matcher row = t.indexOf('|') >= 0 ? GRID_ROW.matcher(t) : null;
    if (row != null && row.matches()) {
      StringBuilder cells = new StringBuilder();
      for (String c : row.group(1).split("\\|")) {
        if (!c.isBlank()) {
          cells.append(cells.isEmpty() ? "" : "\t").append(c.strip());
        }
      }
      t = DELIMITER_ROW.matcher(cells).matches() ? "" : cells.toString(); // |:--|, |---|:---:|
      line = new SourceLine(line.number(), t);
    }
    if (t.indexOf('#') < 0 && t.indexOf('>') < 0 && t.indexOf("**") < 0 && t.indexOf("__") < 0) {
      return line;
    }
    String s = LEAD.matcher(t).replaceFirst("$1");
    Matcher m = STRONG.matcher(s);
    s = m.replaceAll(r -> Matcher.quoteReplacement(r.group(2)));
    return s.equals(t) ? line : new SourceLine(line.number(), s);
  }
}
