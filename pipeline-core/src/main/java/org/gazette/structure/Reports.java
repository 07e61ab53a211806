package org.gazette.structure;

import java.util.regex.Matcher;
import org.gazette.layout.Block;
import org.gazette.model.Report;
import org.gazette.text.Cjk;
import org.gazette.text.Dates;
import org.gazette.text.Orders;
import org.gazette.text.Patterns;

/** The subtitle under a title that dates a document without a signature: a speech's, a law's. */
final class Reports {
  private Reports() {}

  /**
   * A speech subtitle {@code ——2023年2月16日在…会议上} and the speaker line under it, or a law's adoption
   * note {@code （2021年6月10日…会议通过）}: what dates a document that has no signature.
   */
  static Report subtitle(DocBlocks d) {
    int top = d.pos;
    // a saved page's widgets between title and subtitle (来源：…, 【字体：大 中 小】)
    d.pos = Block.pastWidgets(d.blocks, top, d.end - 1);
    boolean widgets = d.pos > top;
    Report r = subtitleHere(d); // claims the subtitle and the speaker
    if (widgets) {
      d.pos = top; // the widgets stay in the body, as the text they are
    }
    return r;
  }

  private static Report subtitleHere(DocBlocks d) {
    if (d.pos >= d.end) {
      return null;
    }
    String subtitle = d.text(d.pos);
    Matcher adopted = Patterns.ADOPTION_NOTE.matcher(Cjk.fold(subtitle));
    if (adopted.matches() && Dates.findIso(subtitle) != null) {
      d.used.add(d.pos++);
      Matcher order = Orders.PUBLISHING_ORDER.matcher(Cjk.fold(subtitle));
      // adopted, then published by an order: the text is dated by its publication
      String date = order.find() ? Dates.findIso(order.group(1)) : Dates.actedIso(subtitle);
      return new Report(date, adopted.group(1), null, subtitle);
    }
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
    return new Report(Dates.findIso(subtitle), m.group(2), speaker, subtitle);
  }

  /** The order a note says published the text ({@code 国家发展改革委令第20号}), squeezed; else null. */
  static String order(Report report) {
    if (report == null || report.subtitle() == null) {
      return null;
    }
    Matcher m = Orders.PUBLISHING_ORDER.matcher(Cjk.fold(report.subtitle()));
    return m.find() ? Cjk.squeeze(m.group(2)) : null;
  }

  /**
   * A head that joins the title of rules and the order that promulgates them ({@code
   * 医疗用毒性药品管理办法国务院令第23号}): the title and the order, squeezed; else null.
   */
  /** More than the longest order {@code Orders.ORDER_WITH_NUMBER} matches (30 + 令 + its number). */
  private static final int ORDER_TAIL = 80;

  static String[] rulesThenOrder(String title) {
    String t = Cjk.squeeze(title);
    // the order is short: only the line's last ORDER_TAIL characters can hold it
    for (int p = Math.max(4, t.length() - ORDER_TAIL); p < t.length() - 4; p++) {
      String rest = Orders.unbracketed(t.substring(p)); // （卫生部令第52号）
      if (Patterns.isCompleteTitle(Cjk.fold(t.substring(0, p)))
          && Orders.ORDER_WITH_NUMBER.matcher(Cjk.fold(rest)).matches()) {
        return new String[] {t.substring(0, p), rest};
      }
    }
    return null;
  }

  private static boolean isSpeaker(Block b) {
    String f = b.folded();
    return f.length() <= 40
        && !Patterns.TERMINAL.matcher(f).matches()
        && Patterns.SPEAKER.matcher(f).matches();
  }
}
