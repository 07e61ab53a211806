package org.gazette.furniture;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.gazette.model.Furniture;
import org.gazette.model.GazetteInfo;
import org.gazette.model.RawText;
import org.gazette.model.SourceLine;
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
    List<SourceLine> body =
        lines.subList(front.bodyFrom(), lines.size()).stream()
            .filter(l -> !furnitureLines.contains(l.number()))
            .toList();
    return new Stripped(furniture, body, gazette);
  }

  /** Text-detected furniture plus what page geometry found, one entry per line, with pages. */
  private static List<Furniture> merge(RawText raw, List<Furniture> detected) {
    TreeMap<Integer, Furniture> byLine = new TreeMap<>();
    raw.layoutFurniture().forEach(f -> byLine.put(f.line(), f));
    detected.forEach(f -> byLine.putIfAbsent(f.line(), f));
    return byLine.values().stream().map(f -> f.withPage(raw.pageOf(f.line()))).toList();
  }
}
