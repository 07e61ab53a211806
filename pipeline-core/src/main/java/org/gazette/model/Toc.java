package org.gazette.model;

import java.util.List;

/**
 * An issue's table of contents.
 *
 * @param startLine the 目录 line
 * @param endLine the last line of the TOC
 * @param entries entries in printed order
 */
public record Toc(int startLine, int endLine, List<TocEntry> entries) {
  public Toc {
    entries = List.copyOf(entries);
  }
}
