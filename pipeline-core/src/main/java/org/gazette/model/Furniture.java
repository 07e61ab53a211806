package org.gazette.model;

/**
 * A line removed as page furniture.
 *
 * @param line raw 1-based line number
 * @param text the raw line text
 * @param kind one of {@code header}, {@code footer}, {@code page-number}, {@code banner}
 */
public record Furniture(int line, String text, String kind) {}
