package org.gazette.links;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gazette.layout.Block;
import org.gazette.model.Appointment;
import org.gazette.model.Citation;
import org.gazette.model.Document;
import org.gazette.model.ElementSpans;
import org.gazette.model.IssueResult;
import org.gazette.model.Links;
import org.gazette.model.OrgList;
import org.gazette.model.Span;

/**
 * The links stage: reads each document's paragraphs (not its own title, 字号 or enclosed title) for
 * citations, 任免 statements and unit lists, and sets them on the document.
 */
public final class Linker {
  /** A 任免 document: its title or category says so. */
  private static final Pattern PERSONNEL =
      Pattern.compile(".*(任免|任命|免去|免职|聘任|聘用|解聘|任职|职务|人事|提名).*");

  private Linker() {}

  /** {@code result} with every document's links read from {@code blocks}. */
  public static IssueResult link(IssueResult result, List<Block> blocks) {
    List<Document> docs = new ArrayList<>();
    int b = 0;
    for (Document d : result.documents()) {
      Span span = d.sourceSpan();
      while (b < blocks.size() && blocks.get(b).startLine() < span.startLine()) {
        b++;
      }
      List<Block> own = new ArrayList<>();
      for (int k = b; k < blocks.size() && blocks.get(k).startLine() <= span.endLine(); k++) {
        Block block = blocks.get(k);
        boolean flat =
            (k > 0 && blocks.get(k - 1).endLine() == block.startLine())
                || (k + 1 < blocks.size() && blocks.get(k + 1).startLine() == block.endLine());
        if (!heading(block, d, flat)) {
          own.add(blocks.get(k));
        }
      }
      docs.add(d.withLinks(links(d, own)));
    }
    return result.withDocuments(docs);
  }

  private static Links links(Document d, List<Block> blocks) {
    boolean personnel =
        (d.title() != null && PERSONNEL.matcher(d.title()).matches())
            || (d.category() != null && PERSONNEL.matcher(d.category()).matches());
    Appointments appointments = new Appointments(personnel);
    List<Citation> citations = new ArrayList<>();
    List<Appointment> people = new ArrayList<>();
    List<OrgList> units = new ArrayList<>();
    for (Block block : blocks) {
      LinedText p = LinedText.of(block.lines());
      citations.addAll(Citations.find(p.masked(own(d))));
      if (!block.tabular()) {
        people.addAll(appointments.read(p));
        units.addAll(OrgLists.find(p));
      }
    }
    return new Links(citations, people, units);
  }

  /**
   * What a document prints of itself and is no reference, where a paragraph runs on from it (a
   * flattened web page): its title, its 字号, and its enclosed document's title, each where it stands
   * as a heading (not in 《》, as in {@code 现将《…》印发给你们}).
   */
  private static List<LinedText.Mask> own(Document d) {
    List<LinedText.Mask> out = new ArrayList<>();
    if (d.title() != null) {
      out.add(new LinedText.Mask(d.title(), false));
    }
    if (d.docNumberParts() != null) {
      out.add(new LinedText.Mask(d.docNumberParts().raw(), true));
    }
    if (d.enclosedTitle() != null) {
      out.add(new LinedText.Mask(d.enclosedTitle(), false));
    }
    return out;
  }

  /**
   * A block of the document's own title, 字号 or enclosed title lines, and nothing else. A piece of a
   * web page flattened onto one line ({@code flat}) shares its line with the rest of the page: it
   * is a heading only when it is the title's or the 字号's text.
   */
  private static boolean heading(Block block, Document d, boolean flat) {
    ElementSpans e = d.elementSpans();
    if (e == null) {
      return false;
    }
    boolean within = false;
    for (Span s : java.util.Arrays.asList(e.title(), e.docNumber(), e.enclosedTitle())) {
      within |= s != null && s.startLine() <= block.startLine() && block.endLine() <= s.endLine();
    }
    if (!within || !flat) {
      return within;
    }
    String text = squeeze(block.text());
    return text.length() >= 4
        && (squeeze(d.title()).contains(text)
            || squeeze(d.enclosedTitle()).contains(text)
            || (d.docNumberParts() != null && squeeze(d.docNumberParts().raw()).contains(text)));
  }

  private static String squeeze(String s) {
    return s == null ? "" : s.replaceAll("\\s+", "");
  }
}
