package org.gazette.structure;

import java.util.List;
import org.gazette.layout.Block;
import org.gazette.model.DocNumber;
import org.gazette.model.Span;
import org.gazette.segment.Head;
import org.gazette.text.Cjk;
import org.gazette.text.Dates;
import org.gazette.text.DocNumbers;
import org.gazette.text.Orders;
import org.gazette.text.Patterns;

/**
 * The 字号 printed under the title, as compilations and law databases print older documents: on a
 * line of its own after the adoption note ({@code （1998年5月7日…会议通过）} / {@code 高检发释字〔1998〕2号}), or
 * after the date on one line ({@code 1984年6月15日 〔84〕法研字第9号}).
 */
final class UnderTitle {
  private UnderTitle() {}

  /** Blocks an adoption note may be wrapped over. */
  private static final int NOTE_BLOCKS = 3;

  /**
   * What stands under the title.
   *
   * @param number the 字号
   * @param date the date printed before it on its line (ISO), or null
   * @param dateText that date as printed, or null
   * @param next the block after the 字号's: where the 主送 is looked for
   */
  record Found(DocNumber number, String date, String dateText, int next) {}

  /**
   * The 字号 (and date) under the title at {@code d.pos}, past an adoption note; its block is marked
   * and used (the note is left where it is: the report's note, or the body's). Null when none
   * stands there.
   */
  static Found find(DocBlocks d) {
    int at = d.pos;
    String note = "";
    for (int k = at; k < Math.min(d.end, at + NOTE_BLOCKS); k++) {
      note += d.at(k).folded();
      if (Cjk.bracketDepth(note) == 0) {
        if (Patterns.ADOPTION_NOTE.matcher(note).matches()) {
          at = k + 1;
        }
        break;
      }
    }
    if (at >= d.end || d.used.contains(at)) {
      return null;
    }
    Found found = dated(d.text(at), at + 1);
    if (found == null) {
      return null;
    }
    d.mark("docNumber", at, at);
    d.used.add(at);
    return found;
  }

  /**
   * A line that is a 字号, perhaps with the date before it ({@code 1984年6月15日 〔84〕法研字第9号}), else
   * null; {@code next} is carried into the result.
   */
  static Found dated(String text, int next) {
    String f = Cjk.fold(text);
    DocNumber number = DocNumbers.whole(f);
    if (number == null) {
      return null;
    }
    int cut = f.indexOf(number.raw());
    Dates.Tail date = cut > 0 ? Dates.tail(f.substring(0, cut).strip()) : null;
    boolean alone = date != null && date.iso() != null && date.before().isEmpty();
    return new Found(number, alone ? date.iso() : null, alone ? date.dateText() : null, next);
  }

  /**
   * The block after the 字号 from {@code next} on past the other 字号 of a joint document, one a line
   * under the first ({@code 〔81〕法民字第2号} / {@code 〔81〕宗发字第16号}): they are used, inside the 字号's
   * span; the first stays the document's 字号.
   */
  static int pastJointNumbers(DocBlocks d, int next) {
    int k = next;
    while (k < d.end && !d.used.contains(k) && DocNumbers.whole(d.at(k).folded()) != null) {
      d.used.add(k++);
    }
    if (k > next && d.spans.get("docNumber") != null) {
      d.spans.put(
          "docNumber", new Span(d.spans.get("docNumber").startLine(), d.at(k - 1).endLine()));
    }
    return k;
  }

  /**
   * The text of the head's 字号 block; a 公告's number printed under its heading ({@code 市场监管总局公告 /
   * 2023年第5号 / 关于…的公告}) is read with the heading before it.
   */
  static String numberText(List<Block> blocks, Head h) {
    String text = blocks.get(h.number()).text();
    int above = h.number() - 1;
    if (above >= h.first()
        && above < h.titleFrom()
        && Orders.ORDER.matcher(blocks.get(above).folded()).matches()) {
      return blocks.get(above).folded() + Cjk.fold(text);
    }
    return text;
  }
}
