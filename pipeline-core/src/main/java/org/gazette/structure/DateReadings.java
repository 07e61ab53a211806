package org.gazette.structure;

import java.util.ArrayList;
import java.util.List;
import org.gazette.model.Diagnostic;
import org.gazette.text.Dates;

/**
 * What a signature's date was read with beyond its printed characters: each such reading is kept
 * (the date as printed stays in the record beside its ISO value) and reported with its line.
 */
final class DateReadings {
  private DateReadings() {}

  /** The diagnostics for {@code sig}'s date, printed on {@code line}; empty for a plain reading. */
  static List<Diagnostic> of(Signatures.Signature sig, int line) {
    List<Diagnostic> out = new ArrayList<>();
    if (sig.date() != null && Dates.yearMarkMisread(sig.dateText())) {
      out.add(
          Diagnostic.warning(
              "date-year-mark-misread",
              "the date "
                  + sig.dateText()
                  + " has another character where 年 stands, or a stray mark before it (read under a"
                  + " seal?): its year is taken from the four figures before it",
              line));
    }
    if (sig.date() != null && Dates.dashForOne(sig.dateText())) {
      out.add(
          Diagnostic.warning(
              "date-dash-read-as-one",
              "the date "
                  + sig.dateText()
                  + " starts its year with a dash: read as 一 ("
                  + sig.date()
                  + ")",
              line));
    }
    if (sig.yearLine() >= 0) {
      out.add(
          Diagnostic.info(
              "date-year-from-page-header",
              "the date "
                  + sig.dateText()
                  + " has no year: the page header's (line "
                  + sig.yearLine()
                  + ") gives it",
              line));
    }
    return out;
  }
}
