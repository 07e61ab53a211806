package org.gazette.model;

/**
 * Issue-level metadata; every component is null where the issue does not state it.
 *
 * @param name the gazette's name, e.g. 稷山县人民政府公报
 * @param year the issue's year
 * @param issue the issue number within the year (第N期)
 * @param totalIssue the running issue number (总第N期)
 * @param published publication date, ISO yyyy-MM-dd
 */
public record GazetteInfo(
    String name, Integer year, Integer issue, Integer totalIssue, String published) {
  /** Fills the null components of this value from {@code other}. */
  public GazetteInfo orElse(GazetteInfo other) {
    return new GazetteInfo(
        name != null ? name : other.name,
        year != null ? year : other.year,
        issue != null ? issue : other.issue,
        totalIssue != null ? totalIssue : other.totalIssue,
        published != null ? published : other.published);
  }
}
