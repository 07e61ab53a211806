package org.gazette.pdf;

/**
 * One character placed on a page, in top-down page coordinates (points).
 *
 * @param text the character(s)
 * @param x left edge
 * @param y baseline, measured from the top of the page
 * @param width advance width
 * @param height glyph height (about the font size)
 * @param bold whether the font looks bold
 */
record Glyph(String text, double x, double y, double width, double height, boolean bold) {}
