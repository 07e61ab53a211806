package org.gazette.links;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gazette.layout.Block;
import org.gazette.model.Appointment;
import org.gazette.model.Cancel;
import org.gazette.model.Citation;
import org.gazette.model.Diagnostic;
import org.gazette.model.Document;
import org.gazette.model.ElementSpans;
import org.gazette.model.IssueResult;
import org.gazette.model.Links;
import org.gazette.model.OrgList;
import org.gazette.model.SourceLine;
import org.gazette.model.Span;
import org.gazette.nlp.Recognizer;

/**
 * The links stage: reads each document's paragraphs (not its own title, 字号 or enclosed title) for
 * citations, 任免 statements and unit lists, and sets them on the document; checks its elements
 * against each other ({@link Checks}).
 */
public final class Linker {
  /** A 任免 document: its title or category says so. */
  private static final Pattern PERSONNEL =
      Pattern.compile(".*(任免|任命|免去|免职|聘任|聘用|解聘|任职|职务|人事|提名).*");

  private Linker() {}

  /**
   * {@code result} with every document's links read from {@code blocks}, without entities or pages.
   */
  public static IssueResult link(IssueResult result, List<Block> blocks) {
    return link(result, blocks, null, line -> null);
  }

  /**
   * {@code result} with every document's links read from {@code blocks}, and its organisations,
   * persons and places when {@code recognizer} is given (else null); the consistency checks'
   * diagnostics get their page from {@code pageOf} (a line's page, null for TXT).
   */
  public static IssueResult link(
      IssueResult result,
      List<Block> blocks,
      Recognizer recognizer,
      java.util.function.IntFunction<Integer> pageOf) {
    List<Document> docs = new ArrayList<>();
    List<Diagnostic> checks = new ArrayList<>();
    int b = 0;
    for (Document d : result.documents()) {
      Cancel.check();
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
      docs.add(d.withLinks(links(d, own, recognizer)));
      for (Diagnostic c : Checks.of(d)) {
        checks.add(c.line() == null ? c : c.withPage(pageOf.apply(c.line())));
      }
    }
    return result.withDocuments(docs).withMoreDiagnostics(checks);
  }

  private static Links links(Document d, List<Block> blocks, Recognizer recognizer) {
    boolean personnel =
        (d.title() != null && PERSONNEL.matcher(d.title()).matches())
            || (d.category() != null && PERSONNEL.matcher(d.category()).matches());
    Appointments appointments = new Appointments(personnel);
    List<Citation> citations = new ArrayList<>();
    List<Appointment> people = new ArrayList<>();
    List<OrgList> units = new ArrayList<>();
    List<LinedText.Mask> masks = own(d);
    for (int k = 0; k < blocks.size(); k++) {
      Cancel.check();
      Block block = blocks.get(k);
      LinedText p = LinedText.of(block.lines());
      citations.addAll(Citations.find(joined(blocks, k, p).masked(masks)));
      if (!block.tabular()) {
        people.addAll(appointments.read(p));
        units.addAll(OrgLists.find(p));
      }
    }
    if (recognizer == null) {
      return new Links(citations, people, units, null);
    }
    EntityFinder entities = new EntityFinder(recognizer);
    entities.rules(d, units, people);
    for (Block block : blocks) {
      Cancel.check();
      if (!block.tabular()) {
        entities.recognize(LinedText.of(block.lines()));
      }
    }
    return new Links(citations, people, units, entities.entities());
  }

  /**
   * The text of block {@code k} for reading references: a piece of a flattened web page that leaves
   * a 《 open runs on into the pieces after it on the same line (the page was cut at a space inside
   * a title: {@code 《某省人力资源和社会保障厅 某省财政厅关于…的通知》}); a piece whose 《 an earlier piece opened is read
   * with that piece, so its own text starts after the close.
   */
  private static LinedText joined(List<Block> blocks, int k, LinedText own) {
    int open = balance(blocks.get(k).text());
    boolean carried = k > 0 && sameLine(blocks, k);
    if (open <= 0 && !carried) {
      return own; // the usual case: a paragraph that closes what it opens
    }
    List<SourceLine> lines = new ArrayList<>(blocks.get(k).lines());
    for (int j = k + 1;
        open > 0 && j < blocks.size() && j <= k + MAX_PIECES && sameLine(blocks, j);
        j++) {
      lines.addAll(blocks.get(j).lines());
      open += balance(blocks.get(j).text());
    }
    LinedText t = LinedText.of(lines);
    int close = carried ? carriedClose(blocks, k) : -1;
    return close < 0 ? t : t.blankedBefore(close);
  }

  /** Pieces of one line a title may run over. */
  private static final int MAX_PIECES = 4;

  /** 《 minus 》 in {@code s}. */
  private static int balance(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += s.charAt(i) == '《' ? 1 : s.charAt(i) == '》' ? -1 : 0;
    }
    return n;
  }

  private static boolean sameLine(List<Block> blocks, int j) {
    return blocks.get(j).startLine() == blocks.get(j - 1).endLine();
  }

  /**
   * Where, in piece {@code k}'s text, the 《 left open by the pieces before it on its line closes
   * (the offset after the 》), or -1 when none is open.
   */
  private static int carriedClose(List<Block> blocks, int k) {
    int open = 0;
    for (int j = k - 1; j >= 0 && k - j <= MAX_PIECES; j--) {
      open += balance(blocks.get(j).text());
      if (j == 0 || !sameLine(blocks, j)) {
        break;
      }
    }
    if (open <= 0) {
      return -1;
    }
    String t = LinedText.of(blocks.get(k).lines()).text();
    for (int i = 0; i < t.length(); i++) {
      open += t.charAt(i) == '《' ? 1 : t.charAt(i) == '》' ? -1 : 0;
      if (open == 0) {
        return afterNumber(t, i + 1);
      }
    }
    return t.length();
  }

  /** After the bracketed 字号 that follows a title at {@code at} ({@code 》（某发〔2017〕3号）}), or at. */
  private static int afterNumber(String t, int at) {
    if (at < t.length() && (t.charAt(at) == '（' || t.charAt(at) == '(')) {
      int a = t.indexOf('）', at);
      int b = t.indexOf(')', at);
      int close = a < 0 ? b : b < 0 ? a : Math.min(a, b);
      if (close > at && close - at <= 40 && t.substring(at, close).contains("号")) {
        return close + 1;
      }
    }
    return at;
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
