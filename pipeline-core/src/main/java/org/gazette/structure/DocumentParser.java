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
 */
public final class DocumentParser {
  /** Titles of notices that enclose another document. */
  private static final Pattern ENCLOSING = Pattern.compile(".*(印发|转发|颁发|发布|公布|下发).*");
  private static final Pattern ISSUER_OF_TITLE = Pattern.compile("^(\\p{IsHan}{2,40}?)关于");
  private static final Pattern NOTE_BODY = Pattern.compile("^[(（](.*)[)）]$");
  private static final int SIGNATURE_REACH = 4;
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
    Set<Integer> used = new HashSet<>();
    String titleText = joined(blocks, h.titleFrom(), h.titleTo());
    String issuer = null;
    if (h.issuer() >= 0) {
      // A 版头 masthead (某某省人民政府文件) names the issuer too.
      issuer = Cjk.squeeze(blocks.get(h.issuer()).text()).replaceFirst("文件$", "");
      if (!titleText.startsWith(issuer)) {
        titleText = issuer + titleText;
      }
    } else {
      Matcher m = ISSUER_OF_TITLE.matcher(titleText);
      if (m.find() && Patterns.isOrgLine(m.group(1))) {
        issuer = m.group(1);
      }
    }
    DocNumber number = h.number() >= 0 ? DocNumbers.whole(blocks.get(h.number()).text()) : null;
    int pos = h.after();
    String recipients = null;
    if (pos < end && Patterns.RECIPIENTS.matcher(Cjk.squeeze(blocks.get(pos).text())).matches()) {
      recipients = Cjk.squeeze(blocks.get(pos).text()).replaceFirst("[:：]$", "");
      used.add(pos);
      pos++;
    }
    Report report = null;
    if (pos < end) {
      Matcher m = Patterns.REPORT_SUBTITLE.matcher(Cjk.squeeze(blocks.get(pos).text()));
      if (m.matches()) {
        used.add(pos);
        String speaker = null;
        if (pos + 1 < end && isSpeaker(blocks.get(pos + 1))) {
          speaker = Cjk.squeeze(blocks.get(pos + 1).text());
          used.add(pos + 1);
        }
        report = new Report(Dates.findIso(m.group(1)), m.group(2), speaker,
            Cjk.squeeze(blocks.get(pos).text()));
        pos += speaker == null ? 1 : 2;
      }
    }
    int dateAt = findDate(blocks, pos, end);
    String signer = null;
    String date = report == null ? null : report.date();
    String dateText = null;
    String note = null;
    int coverEnd = -1;
    if (dateAt >= 0) {
      date = Dates.onlyDateIso(blocks.get(dateAt).text());
      dateText = Cjk.squeeze(blocks.get(dateAt).text());
      used.add(dateAt);
      coverEnd = dateAt;
      String before = dateAt - 1 >= pos ? blocks.get(dateAt - 1).folded() : "";
      if (Patterns.isOrgLine(before) || Patterns.PERSON_SIGNER.matcher(before).matches()) {
        signer = Cjk.squeeze(blocks.get(dateAt - 1).text());
        used.add(dateAt - 1);
      }
      for (int k = dateAt + 1; k < Math.min(end, dateAt + 1 + SIGNATURE_REACH); k++) {
        String f = Cjk.squeeze(blocks.get(k).text());
        if (Patterns.NOTE.matcher(f).matches()) {
          Matcher nb = NOTE_BODY.matcher(f);
          note = nb.matches() ? nb.group(1) : f;
          used.add(k);
          coverEnd = k;
          break;
        }
      }
    }
    Attachments.Found att = Attachments.find(blocks, pos, end);
    List<Attachment> attachments = List.of();
    if (att != null) {
      attachments = att.items();
      for (int k = att.start(); k < att.endExclusive(); k++) {
        used.add(k);
      }
      if (coverEnd >= 0 && att.start() <= coverEnd + 2 && att.start() > coverEnd) {
        coverEnd = att.endExclusive() - 1;
      }
    }
    String cc = null;
    String printer = null;
    String printDate = null;
    for (int k = pos; k < end; k++) {
      String f = Cjk.squeeze(blocks.get(k).text());
      Matcher c = Patterns.CC.matcher(f);
      Matcher p = Patterns.PRINTED.matcher(f);
      if (cc == null && c.matches()) {
        cc = c.group(1).replaceFirst("[。.]$", "");
        used.add(k);
      } else if (printer == null && p.matches()) {
        printer = p.group(1);
        printDate = Dates.findIso(p.group(2));
        used.add(k);
      }
    }
    Enclosure enclosure = null;
    String enclosedTitle = null;
    List<Block> bodyBlocks;
    boolean enclosing = ENCLOSING.matcher(titleText).matches() && coverEnd >= 0 && coverEnd + 1 < end;
    if (enclosing) {
      int k = coverEnd + 1;
      while (k < end && (Attachments.isRemark(Cjk.squeeze(blocks.get(k).text())) || bareAttachmentLabel(blocks.get(k)))) {
        k++;
      }
      int t = enclosedTitleEnd(blocks, k, end, used);
      if (t > k && t <= end) {
        enclosedTitle = joined(blocks, k, t - 1);
        List<Block> enc = pick(blocks, t, end, used);
        Span span = new Span(blocks.get(k).startLine(), blocks.get(end - 1).endLine());
        OutlineParser op = new OutlineParser();
        List<Node> encBody = op.parse(enc);
        diagnostics.addAll(op.diagnostics());
        enclosure = new Enclosure(enclosedTitle, span, encBody);
        bodyBlocks = pick(blocks, pos, coverEnd + 1, used);
      } else {
        bodyBlocks = pick(blocks, pos, end, used);
      }
    } else {
      bodyBlocks = pick(blocks, pos, end, used);
    }
    OutlineParser op = new OutlineParser();
    List<Node> body = op.parse(bodyBlocks);
    diagnostics.addAll(op.diagnostics());
    Span span = new Span(blocks.get(h.first()).startLine(), blocks.get(end - 1).endLine());
    return new Document(id, null, titleText, number == null ? null : number.normalized(), number, issuer,
        recipients, signer, date, dateText, note, attachments, enclosedTitle, cc, printer, printDate, report,
        span, body, enclosure);
  }

  /** The first date-only block that closes a signature: after a signer, or before a 附注. */
  private static int findDate(List<Block> blocks, int from, int end) {
    int firstDate = -1;
    for (int k = from; k < end; k++) {
      if (Dates.onlyDateIso(blocks.get(k).text()) == null) {
        continue;
      }
      String before = k - 1 >= from ? blocks.get(k - 1).folded() : "";
      boolean signed = Patterns.isOrgLine(before) || Patterns.PERSON_SIGNER.matcher(before).matches();
      boolean noted = k + 1 < end && Patterns.NOTE.matcher(Cjk.squeeze(blocks.get(k + 1).text())).matches();
      if (signed || noted) {
        return k;
      }
      if (firstDate < 0) {
        firstDate = k;
      }
    }
    return firstDate;
  }

  /**
   * End (exclusive) of the enclosed title starting at {@code k}: its first block, then short
   * continuation lines ({@code 实 施 方 案}) until the title reads complete.
   */
  private static int enclosedTitleEnd(List<Block> blocks, int k, int end, Set<Integer> used) {
    int t = k;
    String title = "";
    while (t < end && t - k < MAX_TITLE_BLOCKS && !used.contains(t) && Segmenter.titleLike(blocks.get(t))
        && Label.parse(blocks.get(t).firstRaw(), true) == null) {
      String f = blocks.get(t).folded();
      if (t > k && (f.length() > CONTINUATION_CHARS || BODY_OPENER.matcher(f).matches() || complete(title))) {
        break;
      }
      title += f;
      t++;
    }
    return t;
  }

  /** {@code …实施方案}, {@code …实施计划（2021-2025年）}: nothing more belongs to the title. */
  private static boolean complete(String title) {
    return Patterns.isCompleteTitle(title);
  }

  private static boolean isSpeaker(Block b) {
    String f = Cjk.squeeze(b.text());
    return f.length() <= 40 && !Patterns.TERMINAL.matcher(f).matches()
        && f.matches(".*(长|主任|书记|主席|委员|代表|部长|厅长|局长|秘书长|同志)\\p{IsHan}{1,6}$");
  }

  private static boolean bareAttachmentLabel(Block b) {
    return Cjk.squeeze(b.text()).matches("^附件(\\d{1,2}|[一二三四五六七八九十]{1,3})?[:：]?$");
  }

  private static List<Block> pick(List<Block> blocks, int from, int to, Set<Integer> used) {
    List<Block> out = new ArrayList<>();
    for (int k = from; k < to; k++) {
      if (!used.contains(k)) {
        out.add(blocks.get(k));
      }
    }
    return out;
  }

  private static String joined(List<Block> blocks, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k <= to; k++) {
      sb.append(Cjk.squeeze(blocks.get(k).text()));
    }
    return sb.toString();
  }
}
