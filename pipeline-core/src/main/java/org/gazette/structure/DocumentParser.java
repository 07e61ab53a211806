package org.gazette.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import org.gazette.layout.Block;
import org.gazette.model.Attachment;
import org.gazette.model.Cancel;
import org.gazette.model.Diagnostic;
import org.gazette.model.DocNumber;
import org.gazette.model.Document;
import org.gazette.model.ElementSpans;
import org.gazette.model.Enclosure;
import org.gazette.model.Links;
import org.gazette.model.Node;
import org.gazette.model.Report;
import org.gazette.model.Span;
import org.gazette.segment.Head;
import org.gazette.segment.IssueLayout;
import org.gazette.text.DocNumbers;
import org.gazette.text.Orders;
import org.gazette.text.Patterns;
import org.gazette.text.Titles;

/**
 * Reads one document's elements, following GB/T 9704-2012: [issuer] title [字号] [主送：] body [附件说明]
 * [署名] [成文日期] [（附注）] [printed attachments] [抄送/印发]. A 关于印发…的通知 puts its cover notice (with
 * signature, date and 附注) before the enclosed document, whose title and body follow.
 *
 * <p>Stateless: {@link #parse} is a function of its arguments.
 */
public final class DocumentParser {
  /** Diagnostics of this one parse: an instance lives for one call of {@link #parse}. */
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /** The listed attachments' titles, loose: a line reading as one starts the attachment. */
  private final Set<String> attachmentTitles = new HashSet<>();

  private DocumentParser() {}

  /**
   * A parsed document and what was odd in it.
   *
   * @param document the document
   * @param diagnostics what was odd (numbering gaps and the like)
   */
  public record Parsed(Document document, List<Diagnostic> diagnostics) {
    public Parsed {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /**
   * Every document of {@code layout}, with ids {@code doc-001}, {@code doc-002}, … in order.
   *
   * @return the documents and their diagnostics, in document order
   */
  public static List<Parsed> parseAll(IssueLayout layout) {
    List<Parsed> out = new ArrayList<>();
    List<Head> heads = layout.heads();
    for (int k = 0; k < heads.size(); k++) {
      Cancel.check();
      String id = String.format(Locale.ROOT, "doc-%03d", k + 1);
      out.add(parse(layout.blocks(), heads.get(k), layout.endOf(k), id, layout.pageHead()));
    }
    return out;
  }

  private record Parts(List<Node> body, Enclosure enclosure) {}

  /**
   * Parses the document whose head is {@code h} and whose blocks end before {@code end}.
   *
   * @param blocks all blocks of the issue body
   * @param h the document's head
   * @param end index of the first block after the document
   * @param id the document's id
   * @param page what the page header gives (its title is taken when the head has no title block,
   *     its 字号 when the text prints none); null when there is no page header
   */
  public static Parsed parse(
      List<Block> blocks, Head h, int end, String id, IssueLayout.PageHead page) {
    DocumentParser run = new DocumentParser();
    return new Parsed(run.document(blocks, h, end, id, page), run.diagnostics);
  }

  private Document document(
      List<Block> blocks, Head h, int end, String id, IssueLayout.PageHead page) {
    IssueLayout.PageField pageTitle = page == null ? null : page.title();
    IssueLayout.PageField pageNumber = page == null ? null : page.docNumber();
    DocBlocks d = new DocBlocks(blocks, h.after(), end);
    // no title in the body: a web page's header may give it, else it stays empty
    boolean pageTitled = h.titleFrom() < 0 && pageTitle != null;
    String title = pageTitled ? pageTitle.text() : joined(d, h.titleFrom(), h.titleTo());
    String issuer = Issuers.of(d, h, title);
    int about = title.indexOf("关于");
    // the issuers over the title, unless the title names them before its 关于 itself (joint issuers
    // printed in the masthead and again in the title)
    if (h.issuer() >= 0
        && !title.startsWith(issuer.replace("、", ""))
        && !(about > 0 && title.substring(0, about).contains(blocks.get(h.issuer()).folded()))) {
      title = issuer.replace("、", "") + title;
    }
    DocNumber number = h.number() >= 0 ? DocNumbers.ofHead(UnderTitle.numberText(blocks, h)) : null;
    if (number != null && h.number() >= h.titleFrom() && h.number() <= h.titleTo()) {
      // 关于…的通知（某政发〔2023〕1号）: the 字号 shares the title's line; or it comes first (某某公告2023年第5号
      // （关于…的公告）).
      int cut = title.lastIndexOf(number.raw());
      if (cut > 0) {
        title = title.substring(0, cut).replaceFirst("[(（]$", "");
      } else if (cut == 0) {
        Matcher own = Patterns.BRACKETED.matcher(title.substring(number.raw().length()));
        title = own.matches() ? own.group(1) : title.substring(number.raw().length());
      }
    }
    if (h.titleFrom() >= 0) {
      d.mark(
          "title",
          h.issuer() >= 0 ? Math.min(h.issuer(), h.titleFrom()) : h.titleFrom(),
          h.titleTo());
    } else if (pageTitled) {
      d.spans.put("title", pageTitle.span());
    }
    if (h.number() >= 0) {
      d.mark("docNumber", h.number(), h.number());
    }
    UnderTitle.Found under =
        number == null
            ? UnderTitle.find(d)
            : UnderTitle.dated(blocks.get(h.number()).text(), d.pos); // …日 某发〔1994〕9号
    int top = d.pos;
    if (under != null) {
      number = under.number(); // 1984年6月15日 〔84〕法研字第9号 under the title
      d.pos = UnderTitle.pastJointNumbers(d, under.next());
    }
    Recipients.Found to = Recipients.find(d);
    d.pos = under != null ? top : d.pos; // an adoption note above the 字号 stays in the body
    String recipients = to == null ? null : to.text();
    if (number == null && to != null && to.docNumber() != null) {
      number = to.docNumber();
      d.spans.put("docNumber", d.spans.get("recipients"));
    }
    Report report = Reports.subtitle(d);
    // an unsigned 批转 notice ends at the 附： or the title of what it encloses; its signature is above
    boolean encloses = Enclosures.encloses(title, d);
    int marker = encloses ? Enclosures.marker(d) : -1;
    int echo = encloses ? Enclosures.echo(title, d) : -1;
    marker = echo >= 0 && (marker < 0 || echo < marker) ? echo : marker;
    int answered = marker < 0 ? Enclosures.answered(d) : -1;
    marker = answered >= 0 ? answered : marker;
    Signatures.Signature sig =
        Signatures.signature(
            marker >= 0 ? d.until(marker) : d, report, page == null ? null : page.date());
    if (sig.date() == null && under != null && under.date() != null) {
      d.spans.put("date", d.spans.get("docNumber"));
    }
    if (sig.date() != null && d.spans.get("date") != null) {
      diagnostics.addAll(DateReadings.of(sig, d.spans.get("date").startLine()));
    }
    // the cover ends at the 附： over what it encloses, also where its date stands under its title
    int coverEnd = marker >= 0 ? Math.max(sig.coverEnd(), marker - 1) : sig.coverEnd();
    Attachments.Found att = Attachments.find(blocks, d.pos, end);
    List<Attachment> attachments = List.of();
    if (att != null) {
      attachments = att.items();
      attachments.forEach(a -> attachmentTitles.add(Titles.loose(a.title())));
      d.mark("attachments", att.start(), att.endExclusive() - 1);
      Attachments.claim(blocks, att, d.used);
      if (coverEnd >= 0 && att.start() > coverEnd && att.start() <= coverEnd + 2) {
        coverEnd = att.endExclusive() - 1;
      }
    }
    Imprint.Closing closing = Imprint.read(d);
    if (recipients == null && closing.recipients() != null) {
      recipients = closing.recipients(); // 主送 in the 版记
      d.spans.put("recipients", closing.recipientsSpan());
    }
    Parts parts =
        coverEnd >= 0 && (answered >= 0 || Enclosures.handsOver(title, d, coverEnd))
            ? enclosed(d, coverEnd)
            : null;
    if (parts == null) {
      parts = new Parts(outline(d.unused(d.pos, end)), null);
    }
    // 医疗用毒性药品管理办法 / 国务院令第23号: the rules' title over their order
    String[] ruled = number == null ? Reports.rulesThenOrder(title) : null;
    boolean order =
        number == null && ruled == null && Orders.ORDER_WITH_NUMBER.matcher(title).matches();
    if (number == null && pageNumber != null && !order) {
      number = DocNumbers.whole(pageNumber.text());
      d.spans.put("docNumber", pageNumber.span());
      diagnostics.add(
          Diagnostic.info(
              "doc-number-from-page-header",
              "the text prints no 字号: the page header's (line "
                  + pageNumber.span().startLine()
                  + ") is the document's",
              blocks.get(h.first()).startLine()));
    }
    String docNumber = number == null ? null : number.normalized();
    if (ruled != null) {
      title = ruled[0];
      docNumber = ruled[1];
    }
    if (docNumber == null && !order) {
      docNumber = Reports.order(report); // …国家发展改革委令第20号公布: the order's number is the 字号
    }
    if (order) {
      // 某某部令 / 第105号: the order's number is the 字号 (a 公告's number alone: 十四届第3号); the
      // title is the name of the rules it promulgates, or the order's heading.
      Matcher heading = Orders.ORDER_WITH_NUMBER.matcher(title);
      String no = heading.matches() ? title.substring(heading.end(1)) : "";
      no = Orders.unbracketed(no); // 某某令（第16号）
      // …令第5号, 某某公告2023年第5号 whole; a bare 公告's number alone
      docNumber = heading.group(1).endsWith("令") || no.contains("年") ? heading.group(1) + no : no;
      title =
          parts.enclosure() != null && parts.enclosure().title() != null
              ? parts.enclosure().title()
              : heading.group(1);
    }
    Span span = new Span(blocks.get(h.first()).startLine(), blocks.get(end - 1).endLine());
    return new Document(
        id,
        null,
        title,
        docNumber,
        number,
        issuer,
        recipients,
        sig.signer(),
        sig.date() != null || under == null ? sig.date() : under.date(),
        sig.date() != null || under == null ? sig.dateText() : under.dateText(),
        sig.note(),
        attachments,
        parts.enclosure() == null ? null : parts.enclosure().title(),
        closing.cc(),
        closing.printer(),
        closing.printDate(),
        report,
        span,
        parts.body(),
        parts.enclosure(),
        elements(d.spans),
        Links.NONE);
  }

  private static ElementSpans elements(java.util.Map<String, Span> s) {
    return new ElementSpans(
        s.get("title"),
        s.get("docNumber"),
        s.get("recipients"),
        s.get("signer"),
        s.get("date"),
        s.get("note"),
        s.get("attachments"),
        s.get("enclosedTitle"));
  }

  /**
   * Splits a 印发 notice after its signature into cover notice and enclosed document; null when no
   * enclosed title follows (the enclosed text is not printed).
   */
  private Parts enclosed(DocBlocks d, int coverEnd) {
    int k = coverEnd + 1;
    while (k < d.end
        && (d.used.contains(k) // the 版记 (抄送, 印发) between the signature and the enclosed title
            || Attachments.isRemark(d.at(k).folded())
            || Patterns.ATTACHMENT_BARE.matcher(d.at(k).folded()).matches()
            || Enclosures.DISCLOSURE.matcher(d.at(k).folded()).matches())) {
      k++;
    }
    int t = Enclosures.titleEnd(d, k);
    if (t <= k) {
      return null;
    }
    String title = joined(d, k, t - 1);
    d.mark("enclosedTitle", k, t - 1);
    Span span = new Span(d.at(k).startLine(), d.at(d.end - 1).endLine());
    Enclosure enclosure = new Enclosure(title, span, outline(d.unused(t, d.end)));
    return new Parts(outline(d.unused(d.pos, k)), enclosure);
  }

  private List<Node> outline(List<Block> blocks) {
    OutlineParser.Outline o = OutlineParser.parse(Tables.find(blocks), attachmentTitles);
    diagnostics.addAll(o.diagnostics());
    return o.nodes();
  }

  /** The text of blocks {@code from} to {@code to}; empty for none ({@code from} −1). */
  private static String joined(DocBlocks d, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = Math.max(from, 0); k <= to; k++) {
      sb.append(d.text(k));
    }
    return sb.toString();
  }
}
