package org.gazette.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The 字号 serials of an archive, per issuer abbreviation and year: the same number on documents of
 * different titles (a duplicate: a misprint, or two issuers with one abbreviation), and the serials
 * missing between the lowest and the highest (a gap: documents not published in the archive, or not
 * found in it).
 */
public final class NumberChecks {
  /**
   * One issuer abbreviation's year.
   *
   * @param issuerCode the abbreviation ({@code 稷政办发})
   * @param year the year
   * @param documents how many documents carry a number of it
   * @param duplicates serials carried by documents of different titles, each with those documents
   * @param gaps the serials missing between the lowest and the highest, as ranges ({@code 3-5})
   */
  public record Series(
      String issuerCode,
      int year,
      int documents,
      Map<Integer, List<String>> duplicates,
      List<String> gaps) {}

  /** A numbered document: its id and title. */
  private record Numbered(String id, String title) {}

  private final Map<String, TreeMap<Integer, List<Numbered>>> series = new TreeMap<>();

  void add(String issuerCode, int year, int serial, String id, String title) {
    series
        .computeIfAbsent(issuerCode + "\u0000" + year, k -> new TreeMap<>())
        .computeIfAbsent(serial, k -> new ArrayList<>())
        .add(new Numbered(id, title == null ? "" : title.replaceAll("\\s+", "")));
  }

  /** Every series, by issuer abbreviation and year. */
  public List<Series> series() {
    List<Series> out = new ArrayList<>();
    series.forEach(
        (key, serials) -> {
          String[] k = key.split("\u0000");
          Map<Integer, List<String>> dup = new TreeMap<>();
          int docs = 0;
          for (Map.Entry<Integer, List<Numbered>> e : serials.entrySet()) {
            docs += e.getValue().size();
            if (e.getValue().stream().map(Numbered::title).distinct().count() > 1) {
              dup.put(e.getKey(), e.getValue().stream().map(Numbered::id).toList());
            }
          }
          List<String> gaps = new ArrayList<>();
          Integer prev = null;
          for (int s : serials.keySet()) {
            if (prev != null && s > prev + 1) {
              gaps.add(s == prev + 2 ? String.valueOf(prev + 1) : (prev + 1) + "-" + (s - 1));
            }
            prev = s;
          }
          out.add(new Series(k[0], Integer.parseInt(k[1]), docs, dup, gaps));
        });
    return out;
  }
}
