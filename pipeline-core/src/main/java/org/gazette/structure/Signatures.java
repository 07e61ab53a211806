package org.gazette.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.layout.Block;
import org.gazette.model.Report;
import org.gazette.model.SourceLine;
import org.gazette.segment.IssueLayout;
import org.gazette.text.Cjk;
import org.gazette.text.Dates;
import org.gazette.text.Patterns;

/** The end of a 公文: 署名, 成文日期 and 附注, and the 版记 (抄送, 印发). */
final class Signatures {
  /** How far after the date a 附注 may stand (a closing sentence can come between). */
  private static final int SIGNATURE_REACH = 4;

  /** Most signer lines above a date: joint documents of ministries name a dozen organs. */
  private static final int MAX_SIGNER_LINES = 12;

  private Signatures() {}

  /**
   * What closes a document.
   *
   * @param yearLine the page-header line the date's year was taken from (a date printed with month
   *     and day only), or -1
   */
  record Signature(
      String signer, String date, String dateText, String note, int coverEnd, int yearLine) {}

  /**
   * A block that dates the signature: a date alone, or a signer and its date on one line ({@code
   * 国务院一九六七年二月七日}, {@code 毛 泽 东一月十七日}).
   *
   * @param signer the signer printed before the date on the same line, or null
   */
  private record Dated(Dates.Tail date, String signer) {}

  /** Signer, 成文日期 and 附注; {@code coverEnd} is the last block of the signature, or -1. */
  static Signature signature(DocBlocks d, Report report, IssueLayout.PageField pageDate) {
    int at = findDate(d);
    if (at < 0) {
      // Dated under the title, or not at all: a signature may still close the text.
      int first = firstBodyBlock(d);
      String figures = first < d.end ? Dates.onlyNumericIso(d.text(first)) : null;
      if (figures != null) {
        d.used.add(first); // 1986.01.25 under the title and 字号
        d.mark("date", first, first);
        return new Signature(trailingSigner(d), figures, d.text(first).strip(), null, -1, -1);
      }
      String signer = trailingSigner(d);
      // an unsigned text's 附注 closes it (（此件发县团级）) or stands under its title (（此件已经国务院批准）)
      int noted = Imprint.lastNote(d);
      int cover = noted;
      if (noted < 0 && first < d.end && !d.used.contains(first) && Imprint.note(d.text(first))) {
        noted = first;
      }
      if (noted >= 0) {
        d.used.add(noted);
        d.mark("note", noted, noted);
      }
      String note =
          noted >= 0 ? Patterns.BRACKETED.matcher(d.text(noted)).replaceFirst("$1") : null;
      return new Signature(signer, report == null ? null : report.date(), null, note, cover, -1);
    }
    Dated dated = dated(d.at(at).text());
    boolean datedUnderTitle = at == firstBodyBlock(d);
    d.used.add(at);
    d.mark("date", at, at);
    // Joint documents are signed by several organs, one a line (or several on one line).
    String signer = dated.signer();
    List<SourceLine> dateLines = d.at(at).lines();
    boolean sameBlock = dateLines.size() == 2;
    List<String> sideBySide = signer == null ? null : wrappedOntoDate(d, at, signer);
    if (sideBySide != null) {
      if (!sameBlock) {
        d.used.add(at - 1);
      }
      d.mark("signer", sameBlock ? at : at - 1, at);
      signer = String.join("、", sideBySide);
    } else if (signer != null) {
      d.mark("signer", at, at);
    } else {
      signer = signerAbove(d, at, d.pos);
    }
    if (signer == null && datedUnderTitle) {
      // Dated under the title (older practice): the signature closes the text without a date.
      signer = trailingSigner(d);
    }
    String note = null;
    int coverEnd = at;
    int noted = Imprint.noteAt(d, at, SIGNATURE_REACH, datedUnderTitle ? -1 : firstBodyBlock(d));
    if (noted < 0 && datedUnderTitle) {
      noted = Imprint.lastNote(d); // dated under the title: the 附注 closes the text
    }
    if (noted >= 0) {
      Matcher nb = Patterns.BRACKETED.matcher(d.text(noted));
      note = nb.matches() ? nb.group(1) : d.text(noted);
      d.used.add(noted);
      d.mark("note", noted, noted);
      coverEnd = Math.max(at, noted);
    }
    String iso = dated.date().iso();
    int yearLine = -1;
    if (iso == null && pageDate != null) {
      // month and day only: the year of the page's date, the latest on or before it
      LocalDate page = LocalDate.parse(pageDate.text());
      LocalDate same = page.withDayOfMonth(1).withMonth(dated.date().month());
      if (dated.date().day() <= same.lengthOfMonth()) {
        same = same.withDayOfMonth(dated.date().day());
        iso = (same.isAfter(page) ? same.minusYears(1) : same).toString();
        yearLine = pageDate.span().startLine();
      }
    }
    return new Signature(signer, iso, dated.date().dateText(), note, coverEnd, yearLine);
  }

  /** The block's text as a signature date, or null. */
  private static Dated dated(String text) {
    Dates.Tail t = Dates.tail(text);
    if (t == null) {
      // 中共成都市委办公厅1978.9.15: figures right after an organ's name (not a page's 发布时间)
      t = Dates.numericTail(text);
      String organ = t == null ? "" : Cjk.squeeze(t.before());
      return !organ.isEmpty() && isSigner(organ) && Patterns.isOrgLine(organ)
          ? new Dated(t, organ)
          : null;
    }
    if (t.before().isEmpty()) {
      return new Dated(t, null);
    }
    String before = Patterns.withoutSeal(Cjk.squeeze(t.before()));
    if ((before.startsWith("（") || before.startsWith("("))
        && Patterns.BRACKETED.matcher(text.strip()).matches()) {
      before = before.substring(1); // （中央人民政府政务院一九五○年十一月六日） under an older title
    }
    if (isSigner(before) || name(before)) {
      return new Dated(t, before);
    }
    // 场!2019年11月29日, 理l 2019年11月29日: a few characters that name no one are a seal's strokes
    return before.length() <= MAX_STRAY ? new Dated(t, null) : null;
  }

  /**
   * Names signed side by side whose left one wraps onto the date's line ({@code 唐山市“一港双城”（城镇化）\t
   * 唐山市行政审批局} / {@code 工作委员会办公室\t2019年3月26日}): the names line is the block above the date's, or the
   * first of the date's block when the two were kept together as cells; else null.
   */
  private static List<String> wrappedOntoDate(DocBlocks d, int at, String before) {
    List<SourceLine> lines = d.at(at).lines();
    if (lines.size() == 2) {
      Dates.Tail t = Dates.tail(lines.get(1).text());
      return t == null ? null : SideBySide.names(lines.get(0).text(), Cjk.squeeze(t.before()));
    }
    return at - 1 >= d.pos && !d.used.contains(at - 1)
        ? SideBySide.names(d.at(at - 1), before)
        : null;
  }

  /** At most this many characters before a date and naming no one are a seal's strokes. */
  private static final int MAX_STRAY = 3;

  /**
   * A short name standing alone as a signer: a person ({@code 毛泽东}) or a body in its short form
   * ({@code 中央}), two to four Han characters that are no closing words.
   */
  private static boolean name(String squeezed) {
    return Cjk.hanRun(squeezed, 2, 4) && !CLOSING_WORDS.matcher(squeezed).find();
  }

  /** Words of a closing formula, never of a signer's name: {@code 特此通知}, {@code 此复}. */
  private static final Pattern CLOSING_WORDS = Pattern.compile("此|通知|报告|批复|函|请|望|为要|是否|敬礼|致礼|谢谢");

  /** The first date-only block that closes a signature: after a signer, or before a 附注. */
  private static int findDate(DocBlocks d) {
    int firstDate = -1;
    for (int k = d.pos; k < d.end; k++) {
      if (firstDate >= 0 && attachmentStart(d, k)) {
        return firstDate; // dated above its printed attachments: their dates are their own
      }
      Dated dated = dated(d.at(k).text());
      if (dated == null) {
        continue;
      }
      boolean signed = dated.signer() != null || k - 1 >= d.pos && signerLine(d.at(k - 1), true);
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

  /** A bare attachment label ({@code 附件2}, {@code （附件一）}) over a title: a printed attachment. */
  private static boolean attachmentStart(DocBlocks d, int k) {
    return k + 1 < d.end
        && Patterns.ATTACHMENT_BARE.matcher(d.at(k).folded()).matches()
        && d.at(k + 1).titleLike();
  }

  /** Index of the document's first block not yet claimed by an element. */
  private static int firstBodyBlock(DocBlocks d) {
    int k = d.pos;
    while (k < d.end && d.used.contains(k)) {
      k++;
    }
    return k;
  }

  /**
   * The signer lines that end the document (organs or persons with their office, one a line), or
   * null when its last block is no signer.
   */
  private static String trailingSigner(DocBlocks d) {
    int last = d.end - 1;
    while (last > d.pos && d.used.contains(last)) {
      last--;
    }
    int below = last + 1;
    int top = signersTop(d, below, d.pos + 1);
    // more names than an undated signature holds end a list (of units, of companies), not a text
    return below - top > MAX_UNDATED_SIGNERS ? null : signersFrom(d, top, below);
  }

  /** Most lines an undated signature takes: more organ names in a row are a list. */
  private static final int MAX_UNDATED_SIGNERS = 4;

  /**
   * The signer lines right above block {@code below} and not above block {@code floor} (at most
   * {@link #MAX_SIGNER_LINES}, none claimed yet), joined with 、 and marked; null when there are
   * none.
   */
  private static String signerAbove(DocBlocks d, int below, int floor) {
    return signersFrom(d, signersTop(d, below, floor), below);
  }

  /** The first of the signer lines right above block {@code below}; {@code below} when none. */
  private static int signersTop(DocBlocks d, int below, int floor) {
    int top = below;
    while (top - 1 >= floor
        && below - top < MAX_SIGNER_LINES
        && !d.used.contains(top - 1)
        && !Attachments.itemTail(d, top - 1)
        && (signerLine(d.at(top - 1), top == below)
            || SideBySide.twoLines(d.at(top - 1)) != null
            || top < below && SideBySide.names(d.at(top - 1), d.text(top)) != null)) {
      top--;
    }
    return top;
  }

  /** The signers of blocks {@code top} to {@code below} (exclusive), joined and marked; or null. */
  private static String signersFrom(DocBlocks d, int top, int below) {
    if (top == below) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (int k = top; k < below; k++) {
      List<String> two = SideBySide.twoLines(d.at(k));
      List<String> cells =
          two == null && k + 1 < below ? SideBySide.names(d.at(k), d.text(k + 1)) : null;
      if (two != null) {
        names.addAll(two); // both lines of names side by side in one block
      } else if (cells != null) {
        names.addAll(cells); // the left name wraps onto the next line, under itself
        d.used.add(k++);
      } else {
        names.add(Patterns.withoutSeal(d.text(k)));
      }
      d.used.add(k);
    }
    d.mark("signer", top, below - 1);
    return String.join("、", names);
  }

  private static boolean isSigner(String folded) {
    return Patterns.isOrgName(folded) || Patterns.PERSON_SIGNER.matcher(folded).matches();
  }

  /**
   * A signer line: an organ or a person with the office; right above the date also a short name
   * alone ({@code 毛泽东}, {@code 中 央}).
   */
  private static boolean signerLine(Block b, boolean aboveDate) {
    String squeezed = Patterns.withoutSeal(Cjk.squeeze(b.folded()));
    return isSigner(squeezed) || aboveDate && name(squeezed);
  }
}
