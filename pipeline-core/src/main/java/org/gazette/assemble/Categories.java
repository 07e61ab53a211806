package org.gazette.assemble;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.gazette.model.Document;
import org.gazette.model.Furniture;
import org.gazette.model.TocEntry;
import org.gazette.text.Cjk;
import org.gazette.text.IssuePatterns;

/**
 * Assigns each document its gazette section (栏目): from its TOC entry's banner (【县政府文件】), else from
 * a running-header banner on its pages ({@code · 县政府办公室文件 ·}), else from another document of the
 * issue with the same 字号 代字 (稷政办发 documents share a section). Unknown stays null.
 */
final class Categories {
  private Categories() {}

  static List<Document> assign(
      List<Document> docs, Map<String, TocEntry> tocByDoc, List<Furniture> furniture) {
    List<Document> out = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      Document d = docs.get(i);
      String cat = null;
      TocEntry e = tocByDoc.get(d.id());
      if (e != null) {
        cat = e.category();
      }
      if (cat == null) {
        cat = lastBanner(furniture, d.sourceSpan().startLine());
      }
      if (cat == null) {
        int from = d.sourceSpan().startLine();
        int to = i + 1 < docs.size() ? docs.get(i + 1).sourceSpan().startLine() : Integer.MAX_VALUE;
        cat = headerBanner(furniture, from, to);
      }
      out.add(d.withCategory(cat));
    }
    Map<String, String> byPrefix = new HashMap<>();
    for (Document d : out) {
      if (d.category() != null && d.docNumberParts() != null) {
        byPrefix.putIfAbsent(d.docNumberParts().prefix(), d.category());
      }
    }
    List<Document> filled = new ArrayList<>();
    for (Document d : out) {
      if (d.category() == null && d.docNumberParts() != null) {
        filled.add(d.withCategory(byPrefix.get(d.docNumberParts().prefix())));
      } else {
        filled.add(d);
      }
    }
    return filled;
  }

  /** The section banner ({@code 【市政府文件】}) last seen before {@code line}, or null. */
  private static String lastBanner(List<Furniture> furniture, int line) {
    String cat = null;
    for (Furniture f : furniture) {
      if (f.line() >= line) {
        break;
      }
      Matcher m = org.gazette.text.IssuePatterns.BANNER.matcher(Cjk.fold(f.text()));
      if (f.kind() == Furniture.Kind.BANNER && m.matches()) {
        cat = m.group(1);
      }
    }
    return cat;
  }

  private static String headerBanner(List<Furniture> furniture, int from, int to) {
    for (Furniture f : furniture) {
      if (f.line() >= from && f.line() < to && f.kind() == Furniture.Kind.HEADER) {
        Matcher m = IssuePatterns.DOT_BANNER.matcher(Cjk.fold(f.text()));
        if (m.find()) {
          return m.group(1);
        }
      }
    }
    return null;
  }
}
