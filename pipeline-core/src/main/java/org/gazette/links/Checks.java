package org.gazette.links;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gazette.model.Diagnostic;
import org.gazette.model.Document;
import org.gazette.model.Node;
import org.gazette.model.Span;

/**
 * A document's elements checked against each other, as diagnostics: the 字号's year against the
 * 成文日期's, the 文种 its title names against GB/T 9704-2012's fifteen, the 附件说明's count against the
 * attachments printed; and a 字号 given otherwise than it was printed or read (brackets set right).
 */
final class Checks {
  /** GB/T 9704-2012 §8's fifteen kinds, at the title's end (a bracketed note may follow). */
  private static final Pattern KIND =
      Pattern.compile(".*(决议|决定|命令|令|公报|公告|通告|意见|通知|通报|报告|请示|批复|议案|函|纪要)(（[^（）]*）|\\([^()]*\\))?");

  private Checks() {}

  /** What does not agree in {@code d}. */
  static List<Diagnostic> of(Document d) {
    List<Diagnostic> out = new ArrayList<>();
    Span head = d.elementSpans() == null ? null : d.elementSpans().docNumber();
    int at = head != null ? head.startLine() : d.sourceSpan().startLine();
    if (d.docNumberParts() != null && d.date() != null && d.date().length() >= 4) {
      int year = Integer.parseInt(d.date().substring(0, 4));
      if (year != d.docNumberParts().year()) {
        out.add(
            Diagnostic.warning(
                "docnumber-year-mismatch",
                d.id()
                    + ": 字号 "
                    + d.docNumber()
                    + " is of "
                    + d.docNumberParts().year()
                    + ", its 成文日期 "
                    + d.date()
                    + " of "
                    + year,
                at));
      }
    }
    String raw = d.docNumberParts() == null ? null : d.docNumberParts().raw();
    if (raw != null && !raw.replaceAll("\\s", "").equals(d.docNumber())) {
      out.add(
          Diagnostic.info(
              "docnumber-normalised",
              d.id()
                  + ": 字号 printed or read as "
                  + raw
                  + ", given as "
                  + d.docNumber()
                  + " (the reading kept in docNumberParts.raw)",
              at));
    }
    if (d.docNumber() != null
        && !d.docNumber().contains("令") // a 令 promulgates a text titled as it is (…条例, …规定)
        && d.title() != null
        && !KIND.matcher(d.title()).matches()) {
      out.add(
          Diagnostic.info(
              "title-kind-unknown",
              d.id()
                  + ": the title names none of GB/T 9704's 15 kinds (通知, 意见, 决定 …): "
                  + d.title(),
              d.sourceSpan().startLine()));
    }
    int listed = d.attachments().size();
    int printed =
        attachments(d.body()) + (d.enclosure() == null ? 0 : attachments(d.enclosure().body()));
    if (listed > 0 && printed > 0 && listed != printed) {
      int line =
          d.elementSpans() != null && d.elementSpans().attachments() != null
              ? d.elementSpans().attachments().startLine()
              : d.sourceSpan().startLine();
      out.add(
          Diagnostic.warning(
              "attachment-count-mismatch",
              d.id() + ": the 附件说明 lists " + listed + " attachments, " + printed + " are printed",
              line));
    }
    return out;
  }

  private static int attachments(List<Node> nodes) {
    int n = 0;
    for (Node x : nodes) {
      if (x.kind() == Node.Kind.ATTACHMENT) {
        n++;
      }
    }
    return n;
  }
}
