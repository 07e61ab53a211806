package org.gazette.pdf;

/**
 * A line of text on a page with its geometry.
 *
 * @param text the text, CJK characters joined without spaces
 * @param page 1-based page index
 * @param x0 left edge
 * @param x1 right edge
 * @param y baseline from the top of the page
 * @param size font size (the median glyph height)
 * @param bold whether most glyphs are bold
 */
public record TextLine(
    String text, int page, double x0, double x1, double y, double size, boolean bold) {}
