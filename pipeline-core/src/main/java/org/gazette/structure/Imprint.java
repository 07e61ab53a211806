package org.gazette.structure;

import java.util.regex.Matcher;
import org.gazette.model.Span;
import org.gazette.text.Dates;
import org.gazette.text.IssuePatterns;
import org.gazette.text.Patterns;

/** The 版记 under a document: its 抄送, its 印发 line, and a 主送 printed there as older documents do. */
final class Imprint {
  private Imprint() {}

  /**
   * The 版记.
   *
   * @param recipients a labelled 主送 line ({@code 主送：国务院}), or null
   * @param recipientsSpan the lines of that 主送, or null
   */
  record Closing(
      String cc, String printer, String printDate, String recipients, Span recipientsSpan) {}

  /** 抄送 and 印发 lines (版记). */
  static Closing read(DocBlocks d) {
    String cc = null;
    String printer = null;
    String printDate = null;
    String recipients = null;
    Span recipientsSpan = null;
    for (int k = d.pos; k < d.end; k++) {
      String f = d.text(k);
      Matcher c = Patterns.CC.matcher(f);
      Matcher p = Patterns.PRINTED.matcher(f);
      Matcher to = Patterns.MAIN_TO.matcher(f);
      if (recipients == null && !d.used.contains(k) && to.matches()) {
        recipients = to.group(2).replaceFirst("[。.]$", "");
        d.used.add(k);
        recipientsSpan = new Span(d.at(k).startLine(), d.at(k).endLine());
        continue;
      }
      if (cc == null && c.matches()) {
        cc = c.group(1).replaceFirst("[。.]$", "");
        d.used.add(k);
      } else if (printer == null && p.matches()) {
        printer = p.group(1);
        printDate = Dates.findIso(p.group(2));
        d.used.add(k);
      } else if (IssuePatterns.COPIES.matcher(f).matches()) {
        d.used.add(k); // 共印35份: the 版记's, no text of the document's
      } else if (printDate == null && Dates.PRINTED_ON.matcher(f).matches()) {
        printDate = Dates.findIso(f); // （2019年5月31日印发） under the signature
        d.used.add(k);
      }
    }
    return new Closing(cc, printer, printDate, recipients, recipientsSpan);
  }

  /**
   * The block of the 附注: after the date, where GB/T 9704 sets it; else, as older documents set it,
   * right above the signature ({@code （发至省军级）}) or right under the title, block {@code first}
   * ({@code （此件已经国务院批准）}); -1 when there is none.
   */
  static int noteAt(DocBlocks d, int at, int reach, int first) {
    for (int k = at + 1; k < Math.min(d.end, at + 1 + reach); k++) {
      if (note(d.text(k))) {
        return k;
      }
    }
    for (int k = at - 1; k >= d.pos; k--) {
      if (!d.used.contains(k)) {
        if (note(d.text(k))) {
          return k;
        }
        break; // the signer lines above the date are claimed; the text above them is no note
      }
    }
    return first >= 0 && first < at && !d.used.contains(first) && note(d.text(first)) ? first : -1;
  }

  /**
   * The 附注 on a text's last line (above its 版记: 抄送, 印发), where no signature block carries it, or
   * -1.
   */
  static int lastNote(DocBlocks d) {
    int last = d.end - 1;
    while (last > d.pos && imprintLine(d.text(last))) {
      last--;
    }
    return last > d.pos && !d.used.contains(last) && note(d.text(last)) ? last : -1;
  }

  private static boolean imprintLine(String f) {
    return Patterns.CC.matcher(f).matches()
        || Patterns.PRINTED.matcher(f).matches()
        || Dates.PRINTED_ON.matcher(f).matches();
  }

  /** A 附注 line: {@code （此件公开发布）}, never a print date. */
  static boolean note(String f) {
    return Patterns.NOTE.matcher(f).matches() && !Dates.PRINTED_ON.matcher(f).matches();
  }
}
