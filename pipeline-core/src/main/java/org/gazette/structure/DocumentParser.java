package org.gazette.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.layout.Block;
import org.gazette.model.Attachment;
import org.gazette.model.Diagnostic;
import org.gazette.model.DocNumber;
import org.gazette.model.Document;
import org.gazette.model.ElementSpans;
import org.gazette.model.Enclosure;
import org.gazette.model.Node;
import org.gazette.model.Report;
import org.gazette.model.Span;
import org.gazette.segment.Head;
import org.gazette.segment.Segmenter;
import org.gazette.text.Cjk;
import org.gazette.text.Dates;
import org.gazette.text.DocNumbers;
import org.gazette.text.Label;
import org.gazette.text.Patterns;

/**
 * Reads one document's elements, following GB/T 9704-2012: [issuer] title [字号] [主送：] body
 * [附件说明] [署名] [成文日期] [（附注）] [printed attachments] [抄送/印发]. A 关于印发…的通知 puts its cover
 * notice (with signature, date and 附注) before the enclosed document, whose title and body follow.
 *
 * <p>Not thread-safe (it keeps the diagnostics of the last parse); use one per thread.
 */
public final class DocumentParser {
  /** Titles of notices that enclose another document. */
  private static final Pattern ENCLOSING = Pattern.compile(".*(印发|转发|颁发|发布|公布|下发).*");
  private static final Pattern ISSUER_OF_TITLE = Pattern.compile("^(\\p{IsHan}{2,40}?)关于");
  private static final Pattern NOTE_BODY = Pattern.compile("^[(（](.*)[)）]$");
  private static final Pattern BARE_ATTACHMENT = Pattern.compile("^附件(\\d{1,2}|[一二三四五六七八九十]{1,3})?[:：]?$");
  private static final Pattern SPEAKER =
      Pattern.compile(".*(长|主任|书记|主席|委员|代表|部长|厅长|局长|秘书长|同志)\\p{IsHan}{1,6}$");
  /** How far after the date a 附注 may stand (a closing sentence can come between). */
  private static final int SIGNATURE_REACH = 4;
  /** Most signer lines above a date (joint documents). */
  private static final int MAX_SIGNER_LINES = 3;
  private static final int MAX_TITLE_BLOCKS = 3;
  /** Longest second or third line of an enclosed title. */
  private static final int CONTINUATION_CHARS = 24;
  /** Openers of a first body sentence: 为贯彻落实…, 根据…, 按照…. */
  private static final Pattern BODY_OPENER = Pattern.compile("^(为|根据|按照|依据|经|现将|近年来|当前|随着|在).*");

  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /** Diagnostics of the last {@link #parse} call. */
  public List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }

  /** Blocks of one document and which of them an element has claimed. */
  private static final class Doc {
    final List<Block> blocks;
    final int end;
    final Set<Integer> used = new HashSet<>();
    final java.util.Map<String, Span> spans = new java.util.HashMap<>();
    int pos;

    Doc(List<Block> blocks, int pos, int end) {
      this.blocks = blocks;
      this.pos = pos;
      this.end = end;
    }

    Block at(int k) {
      return blocks.get(k);
    }

    String text(int k) {
      return Cjk.squeeze(blocks.get(k).text());
    }

    /** Records that element {@code name} stands on blocks {@code from..to}. */
    void mark(String name, int from, int to) {
      spans.put(name, new Span(blocks.get(from).startLine(), blocks.get(to).endLine()));
    }

    List<Block> unused(int from, int to) {
      List<Block> out = new ArrayList<>();
      for (int k = from; k < to; k++) {
        if (!used.contains(k)) {
          out.add(blocks.get(k));
        }
      }
      return out;
    }
  }

  private record Signature(String signer, String date, String dateText, String note, int coverEnd) {}

  private record Closing(String cc, String printer, String printDate) {}

  private record Parts(List<Node> body, Enclosure enclosure) {}

  /**
   * Parses the document whose head is {@code h} and whose blocks end before {@code end}.
   *
   * @param blocks all blocks of the issue body
   * @param h the document's head
   * @param end index of the first block after the document
   * @param id the document's id
   */
  public Document parse(List<Block> blocks, Head h, int end, String id) {
    diagnostics.clear();
    Doc d = new Doc(blocks, h.after(), end);
    String title = joined(d, h.titleFrom(), h.titleTo());
    String issuer = issuer(d, h, title);
    if (h.issuer() >= 0 && !title.startsWith(issuer.replace("、", ""))) {
      title = issuer.replace("、", "") + title;
    }
    DocNumber number = h.number() >= 0 ? DocNumbers.whole(blocks.get(h.number()).text()) : null;
    if (number == null && h.number() >= 0) {
      // 关于…的通知（某政发〔2023〕1号）: the 字号 shares the title's line.
      number = DocNumbers.find(blocks.get(h.number()).text());
      int cut = title.lastIndexOf(number.raw());
      title = cut > 0 ? title.substring(0, cut).replaceFirst("[(（]$", "") : title;
    }
    d.mark("title", h.issuer() >= 0 ? Math.min(h.issuer(), h.titleFrom()) : h.titleFrom(), h.titleTo());
    if (h.number() >= 0) {
      d.mark("docNumber", h.number(), h.number());
    }
    String recipients = recipients(d);
    Report report = report(d);
    Signature sig = signature(d, report);
    int coverEnd = sig.coverEnd();
    Attachments.Found att = Attachments.find(blocks, d.pos, end);
    List<Attachment> attachments = List.of();
    if (att != null) {
      attachments = att.items();
      d.mark("attachments", att.start(), att.endExclusive() - 1);
      for (int k = att.start(); k < att.endExclusive(); k++) {
        d.used.add(k);
      }
      if (coverEnd >= 0 && att.start() > coverEnd && att.start() <= coverEnd + 2) {
        coverEnd = att.endExclusive() - 1;
      }
    }
    Closing closing = closing(d);
    Parts parts = ENCLOSING.matcher(title).matches() && coverEnd >= 0 ? enclosed(d, coverEnd) : null;
    if (parts == null) {
      parts = new Parts(outline(d.unused(d.pos, end)), null);
    }
    Span span = new Span(blocks.get(h.first()).startLine(), blocks.get(end - 1).endLine());
    return new Document(id, null, title, number == null ? null : number.normalized(), number, issuer,
        recipients, sig.signer(), sig.date(), sig.dateText(), sig.note(), attachments,
        parts.enclosure() == null ? null : parts.enclosure().title(), closing.cc(), closing.printer(),
        closing.printDate(), report, span, parts.body(), parts.enclosure(), elements(d.spans));
  }

  private static ElementSpans elements(java.util.Map<String, Span> s) {
    return new ElementSpans(s.get("title"), s.get("docNumber"), s.get("recipients"), s.get("signer"),
        s.get("date"), s.get("note"), s.get("attachments"), s.get("enclosedTitle"));
  }

  /** The issuer line (a 版头 masthead 某某省人民政府文件 names it too), or the prefix before 关于. */
  private static String issuer(Doc d, Head h, String title) {
    if (h.issuer() >= 0) {
      List<String> names = new ArrayList<>();
      for (int k = h.issuer(); k < Math.max(h.issuer() + 1, h.titleFrom()); k++) {
        if (k > h.issuer() && !Patterns.isOrgLine(d.at(k).folded())) {
          break;
        }
        names.add(d.text(k).replaceFirst("文件$", ""));
      }
      return String.join("、", names);
    }
    Matcher m = ISSUER_OF_TITLE.matcher(title);
    return m.find() && Patterns.isOrgLine(m.group(1)) ? m.group(1) : null;
  }

  /** 主送机关 right after the head; a list wrapped over two blocks is joined. */
  private static String recipients(Doc d) {
    if (d.pos >= d.end) {
      return null;
    }
    String one = d.text(d.pos);
    if (Patterns.RECIPIENTS.matcher(one).matches()) {
      d.mark("recipients", d.pos, d.pos);
      d.used.add(d.pos++);
      return one.replaceFirst("[:：]$", "");
    }
    if (d.pos + 1 < d.end && one.startsWith("各") && !Patterns.TERMINAL.matcher(one).matches()) {
      String two = one + d.text(d.pos + 1);
      if (d.text(d.pos + 1).length() <= 30 && Patterns.RECIPIENTS.matcher(two).matches()) {
        d.mark("recipients", d.pos, d.pos + 1);
        d.used.add(d.pos++);
        d.used.add(d.pos++);
        return two.replaceFirst("[:：]$", "");
      }
    }
    return null;
  }

  /** A speech subtitle {@code ——2023年2月16日在…会议上} and the speaker line under it. */
  private static Report report(Doc d) {
    if (d.pos >= d.end) {
      return null;
    }
    String subtitle = d.text(d.pos);
    Matcher m = Patterns.REPORT_SUBTITLE.matcher(subtitle);
    if (!m.matches()) {
      return null;
    }
    d.used.add(d.pos++);
    String speaker = null;
    if (d.pos < d.end && isSpeaker(d.at(d.pos))) {
      speaker = d.text(d.pos);
      d.used.add(d.pos++);
    }
    return new Report(Dates.findIso(m.group(1)), m.group(2), speaker, subtitle);
  }

  /** Signer, 成文日期 and 附注; {@code coverEnd} is the last block of the signature, or -1. */
  private static Signature signature(Doc d, Report report) {
    int at = findDate(d);
    if (at < 0) {
      return new Signature(null, report == null ? null : report.date(), null, null, -1);
    }
    d.used.add(at);
    d.mark("date", at, at);
    String signer = null;
    int top = at;
    // Joint documents are signed by several organs, one a line (or several on one line).
    while (top - 1 >= d.pos && at - top < MAX_SIGNER_LINES && isSigner(d.at(top - 1).folded())) {
      top--;
    }
    if (top < at) {
      List<String> names = new ArrayList<>();
      for (int k = top; k < at; k++) {
        names.add(d.text(k));
        d.used.add(k);
      }
      signer = String.join("、", names);
      d.mark("signer", top, at - 1);
    }
    String note = null;
    int coverEnd = at;
    for (int k = at + 1; k < Math.min(d.end, at + 1 + SIGNATURE_REACH); k++) {
      String f = d.text(k);
      if (Patterns.NOTE.matcher(f).matches()) {
        Matcher nb = NOTE_BODY.matcher(f);
        note = nb.matches() ? nb.group(1) : f;
        d.used.add(k);
        d.mark("note", k, k);
        coverEnd = k;
        break;
      }
    }
    return new Signature(signer, Dates.onlyDateIso(d.at(at).text()), d.text(at), note, coverEnd);
  }

  /** The first date-only block that closes a signature: after a signer, or before a 附注. */
  private static int findDate(Doc d) {
    int firstDate = -1;
    for (int k = d.pos; k < d.end; k++) {
      if (Dates.onlyDateIso(d.at(k).text()) == null) {
        continue;
      }
      boolean signed = k - 1 >= d.pos && isSigner(d.at(k - 1).folded());
      boolean noted = k + 1 < d.end && Patterns.NOTE.matcher(d.at(k + 1).folded()).matches();
      if (signed || noted) {
        return k;
      }
      if (firstDate < 0) {
        firstDate = k;
      }
    }
    return firstDate;
  }

  private static boolean isSigner(String folded) {
    return Patterns.isOrgLine(folded) || Patterns.PERSON_SIGNER.matcher(folded).matches();
  }

  /** 抄送 and 印发 lines (版记). */
  private static Closing closing(Doc d) {
    String cc = null;
    String printer = null;
    String printDate = null;
    for (int k = d.pos; k < d.end; k++) {
      String f = d.text(k);
      Matcher c = Patterns.CC.matcher(f);
      Matcher p = Patterns.PRINTED.matcher(f);
      if (cc == null && c.matches()) {
        cc = c.group(1).replaceFirst("[。.]$", "");
        d.used.add(k);
      } else if (printer == null && p.matches()) {
        printer = p.group(1);
        printDate = Dates.findIso(p.group(2));
        d.used.add(k);
      }
    }
    return new Closing(cc, printer, printDate);
  }

  /**
   * Splits a 印发 notice after its signature into cover notice and enclosed document; null when no
   * enclosed title follows (the enclosed text is not printed).
   */
  private Parts enclosed(Doc d, int coverEnd) {
    int k = coverEnd + 1;
    while (k < d.end && (Attachments.isRemark(d.at(k).folded()) || BARE_ATTACHMENT.matcher(d.at(k).folded()).matches())) {
      k++;
    }
    int t = enclosedTitleEnd(d, k);
    if (t <= k) {
      return null;
    }
    String title = joined(d, k, t - 1);
    d.mark("enclosedTitle", k, t - 1);
    Span span = new Span(d.at(k).startLine(), d.at(d.end - 1).endLine());
    Enclosure enclosure = new Enclosure(title, span, outline(d.unused(t, d.end)));
    return new Parts(outline(d.unused(d.pos, k)), enclosure);
  }

  /**
   * End (exclusive) of the enclosed title starting at {@code k}: its first block, then short
   * continuation lines ({@code 实 施 方 案}) until the title reads complete.
   */
  private static int enclosedTitleEnd(Doc d, int k) {
    int t = k;
    String title = "";
    while (t < d.end && t - k < MAX_TITLE_BLOCKS && !d.used.contains(t) && Segmenter.titleLike(d.at(t))
        && Label.parse(d.at(t).firstRaw(), true) == null) {
      String f = d.at(t).folded();
      // A continuation line set apart like the title (PDF layout) may be long; plain text may not.
      boolean shown = Boolean.TRUE.equals(d.at(t).display()) && Boolean.TRUE.equals(d.at(k).display());
      if (t > k && ((f.length() > CONTINUATION_CHARS && !shown) || BODY_OPENER.matcher(f).matches()
          || Patterns.isCompleteTitle(title))) {
        break;
      }
      title += f;
      t++;
    }
    return t;
  }

  private List<Node> outline(List<Block> blocks) {
    OutlineParser op = new OutlineParser();
    List<Node> nodes = op.parse(blocks);
    diagnostics.addAll(op.diagnostics());
    return nodes;
  }

  private static boolean isSpeaker(Block b) {
    String f = b.folded();
    return f.length() <= 40 && !Patterns.TERMINAL.matcher(f).matches() && SPEAKER.matcher(f).matches();
  }

  private static String joined(Doc d, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k <= to; k++) {
      sb.append(d.text(k));
    }
    return sb.toString();
  }
}
