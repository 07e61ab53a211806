package org.gazette.furniture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import org.gazette.model.Cancel;
import org.gazette.model.Furniture;
import org.gazette.model.GazetteInfo;
import org.gazette.model.RawText;
import org.gazette.model.SourceLine;
import org.gazette.text.IssuePatterns;
import org.gazette.toc.IssueFront;
import org.gazette.toc.MetadataScanner;

/**
 * The furniture stage's result: the page furniture of an issue (one entry per line), the body lines
 * left once it is taken out, and the gazette metadata completed from the running headers.
 *
 * @param furniture furniture entries in line order, with pages for PDF input
 * @param body the lines after the TOC that are not furniture (blank lines kept)
 * @param gazette the cover's metadata, completed from running headers
 */
public record Stripped(List<Furniture> furniture, List<SourceLine> body, GazetteInfo gazette) {
  public Stripped {
    furniture = List.copyOf(furniture);
    body = List.copyOf(body);
  }

  /**
   * Finds the furniture of {@code raw} (text patterns and, for PDFs, page geometry) and strips it.
   */
  public static Stripped strip(RawText raw, IssueFront front) {
    List<SourceLine> lines = raw.lines();
    List<Furniture> furniture =
        merge(raw, new FurnitureDetector().detect(lines, front.bodyFrom(), front.cover().name()));
    GazetteInfo gazette = front.cover().orElse(new MetadataScanner().fromHeaders(furniture));
    Set<Integer> furnitureLines = new HashSet<>();
    furniture.forEach(f -> furnitureLines.add(f.line()));
    List<SourceLine> body = new ArrayList<>();
    List<Furniture> all = new ArrayList<>(furniture);
    for (SourceLine l : lines.subList(front.bodyFrom(), lines.size())) {
      Cancel.check();
      if (!furnitureLines.contains(l.number())) {
        body.add(unglue(l, raw, all));
      }
    }
    all.sort(Comparator.comparingInt(Furniture::line));
    return new Stripped(all, body, gazette);
  }

  /**
   * {@code line} without the page labels glued inside it ({@code …工作。—1 —确保…}, as text extraction
   * leaves a footer between two halves of a sentence); each label is logged as furniture.
   */
  private static SourceLine unglue(SourceLine line, RawText raw, List<Furniture> furniture) {
    Matcher m = IssuePatterns.PAGE_LABEL_GLUED.matcher(line.text());
    if (line.isBlank() || !m.find()) {
      return line;
    }
    StringBuilder kept = new StringBuilder();
    int from = 0;
    do {
      furniture.add(Furniture.glued(line.number(), m.group()).withPage(raw.pageOf(line.number())));
      kept.append(line.text(), from, m.start());
      from = m.end();
    } while (m.find());
    kept.append(line.text().substring(from));
    return new SourceLine(line.number(), kept.toString());
  }

  /** Text-detected furniture plus what page geometry found, one entry per line, with pages. */
  private static List<Furniture> merge(RawText raw, List<Furniture> detected) {
    TreeMap<Integer, Furniture> byLine = new TreeMap<>();
    raw.layoutFurniture().forEach(f -> byLine.put(f.line(), f));
    detected.forEach(f -> byLine.putIfAbsent(f.line(), f));
    return byLine.values().stream().map(f -> f.withPage(raw.pageOf(f.line()))).toList();
  }
}
