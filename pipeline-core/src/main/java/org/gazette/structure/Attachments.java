package org.gazette.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.layout.Block;
import org.gazette.model.Attachment;
import org.gazette.text.ChineseNumber;
import org.gazette.text.Cjk;
import org.gazette.text.IssuePatterns;
import org.gazette.text.Label;
import org.gazette.text.Patterns;
import org.gazette.text.WebPages;

/**
 * The 附件说明: {@code 附件：1. X} then {@code 2. Y（1-2 附件见网络版）}; or {@code 附件：} alone then numbered
 * items; or one unnumbered attachment {@code 附件：X}. Trailing remarks such as 见网络版 are kept apart.
 */
final class Attachments {
  private static final int TAIL = 30;

  /** The list found at block {@code at}, and the index of the block after it. */
  record Found(List<Attachment> items, int start, int endExclusive) {}

  private Attachments() {}

  /**
   * Finds the first 附件说明 in {@code blocks[from, to)}.
   *
   * @return the list, or null when there is none
   */
  /**
   * The older 附件说明's label, 附 and a colon, with the item after it ({@code 附：某某证样式（略）}) or alone
   * over it ({@code 附：} / {@code 某某征收范围表}).
   */
  private static final Pattern BRIEF_LABEL = Pattern.compile("^附[:：](.*)$");

  static Found find(List<Block> blocks, int from, int to) {
    for (int i = from; i < to; i++) {
      String f = blocks.get(i).folded();
      Matcher m = Patterns.ATTACHMENT.matcher(f);
      if (m.matches() && m.group(1) != null) {
        Found labelled = labelledList(blocks, i, to);
        if (labelled != null) {
          return labelled;
        }
        continue;
      }
      Matcher brief = BRIEF_LABEL.matcher(f);
      boolean briefLabel = !m.matches() && brief.matches();
      if (!m.matches() && !briefLabel) {
        continue;
      }
      // an older list's item may close with a full stop: 附:某某登记办法。
      String rest = (briefLabel ? brief.group(1) : m.group(2)).strip().replaceFirst("。$", "");
      boolean colon = briefLabel || f.length() > 2 && (f.charAt(2) == '：' || f.charAt(2) == ':');
      // 附件：名单 or 附件 名单, never 附件下载 (a web page's download link).
      boolean apart = colon || blocks.get(i).firstRaw().matches("^附件[\\s\\u3000].*");
      List<Attachment> items = new ArrayList<>();
      int j = i + 1;
      if (!rest.isEmpty() && !apart) {
        continue;
      }
      if (!rest.isEmpty()) {
        items.add(item(rest, blocks.get(i).startLine()));
      } else if (!colon) {
        continue;
      }
      int expected = items.isEmpty() ? 1 : numberOf(rest) + 1;
      while (j < to) {
        Block b = blocks.get(j);
        Label l = Label.parse(b.firstRaw(), false);
        boolean numbered =
            l != null
                && (l.style() == Label.Style.NUM_DOT
                    || l.style() == Label.Style.NUM_DUN
                    || l.style() == Label.Style.PNUM)
                && l.number() == expected;
        if (!numbered) {
          // A title that reads complete (…清单, …名单) has no wrapped-off end: what follows (the
          // first organ of a joint signature) is not its tail.
          if (!items.isEmpty()
              && !readsComplete(items.get(items.size() - 1).title())
              && isTail(b, j + 1 < to ? blocks.get(j + 1) : null)) {
            Attachment prev = items.remove(items.size() - 1);
            items.add(
                item(
                    (prev.label() == null ? "" : prev.label() + ".")
                        + prev.title()
                        + (prev.remark() == null ? "" : "（" + prev.remark() + "）")
                        + b.folded(),
                    prev.line()));
            j++;
            continue;
          }
          break;
        }
        items.add(item(b.folded(), b.startLine()));
        expected++;
        j++;
      }
      // 附： alone over a form's title (某某征收范围表) lists it; over a report or opinion it marks the
      // document a 批转 notice encloses, no attachment
      if (items.isEmpty()
          && j < to
          && rest.isEmpty()
          && blocks.get(j).titleLike()
          && (!briefLabel || FORM_END.matcher(blocks.get(j).folded()).matches())) {
        items.add(item(blocks.get(j).folded(), blocks.get(j).startLine()));
        j++;
      }
      if (items.isEmpty()) {
        continue;
      }
      while (j < to && isRemark(blocks.get(j).folded())) {
        Attachment last = items.remove(items.size() - 1);
        String remark =
            IssuePatterns.BULLET
                .matcher(Cjk.squeeze(blocks.get(j).text()))
                .replaceFirst("")
                .replaceAll("^[(（]|[)）]$", "");
        items.add(
            new Attachment(
                last.label(),
                last.title(),
                last.remark() == null ? remark : last.remark() + "；" + remark,
                last.line()));
        j++;
      }
      return new Found(List.copyOf(items), i, j);
    }
    return null;
  }

  /**
   * Marks the blocks of {@code found} {@code used}, unless it is {@code 附：} alone over the title of
   * what it attaches, printed below: the heading of the printed attachment, which the outline
   * keeps.
   */
  static void claim(List<Block> blocks, Found found, java.util.Set<Integer> used) {
    Matcher brief = BRIEF_LABEL.matcher(blocks.get(found.start()).folded());
    if (brief.matches() && brief.group(1).isEmpty() && found.endExclusive() == found.start() + 2) {
      return;
    }
    for (int k = found.start(); k < found.endExclusive(); k++) {
      used.add(k);
    }
  }

  /**
   * A 附件说明 written one label an item ({@code 附件1：告知书} / {@code 附件2：决定书}): items numbered from 1
   * with their title on the label's line; null when block {@code i} does not start one.
   */
  private static Found labelledList(List<Block> blocks, int i, int to) {
    List<Attachment> items = new ArrayList<>();
    int j = i;
    while (j < to) {
      Matcher k = Patterns.ATTACHMENT.matcher(blocks.get(j).folded());
      if (!k.matches()
          || k.group(1) == null
          || ChineseNumber.parse(k.group(1)) != items.size() + 1
          || !LABEL_COLON_TITLE.matcher(blocks.get(j).folded()).matches()) {
        break;
      }
      String title = k.group(2).replaceFirst("^[:：]", "").strip();
      items.add(new Attachment(k.group(1), title, null, blocks.get(j).startLine()));
      j++;
    }
    return items.isEmpty() ? null : new Found(List.copyOf(items), i, j);
  }

  /** An attachment label with its colon and a title on the same line: {@code 附件2：决定书}. */
  private static final java.util.regex.Pattern LABEL_COLON_TITLE =
      java.util.regex.Pattern.compile("^附件[^:：]{1,3}[:：].+");

  /** A title that ends with a form's word: {@code …表}, {@code …告知书}, {@code …图}, {@code …册}. */
  private static final java.util.regex.Pattern FORM_END =
      java.util.regex.Pattern.compile(".*(表|书|图|册)$");

  /** An attachment title that ends like one: a document kind, or a form (表, 书, 图, 册). */
  private static boolean readsComplete(String title) {
    return Patterns.isCompleteTitle(title) || FORM_END.matcher(title).matches();
  }

  /** The wrapped-off end of an item: {@code 责}, {@code 员名单}, {@code 版)}. */
  private static boolean isTail(Block b, Block next) {
    String f = b.folded();
    boolean signer =
        Patterns.isOrgLine(f)
            && (next == null || org.gazette.text.Dates.onlyDateIso(next.text()) != null);
    return f.length() <= TAIL
        && !b.tabular()
        && !f.contains("：")
        && !f.contains(":")
        && !f.endsWith("。")
        && Label.parse(b.firstRaw(), false) == null
        && !signer
        && !f.startsWith("附件")
        && !isRemark(f)
        && org.gazette.text.Dates.onlyDateIso(f) == null
        && !Patterns.NOTE.matcher(f).matches();
  }

  /** Most blocks searched for the printed attachment a wrapped item names. */
  private static final int PRINTED_REACH = 400;

  /**
   * True when block {@code k} is the wrapped-off end of the 附件说明 item on block {@code k - 1}: the
   * two joined are the title of an attachment printed further on ({@code 附件：某某县…充电基础设 / 施建设领导小组}),
   * however much the end reads like an organ's name.
   */
  static boolean itemTail(DocBlocks d, int k) {
    if (k < 1) {
      return false;
    }
    Matcher m = Patterns.ATTACHMENT.matcher(d.at(k - 1).folded());
    boolean labelled = m.matches(); // 附件：… , or a numbered item of the list below it
    String rest = labelled ? m.group(2) : d.at(k - 1).folded();
    if (rest.isEmpty() || !labelled && Label.parse(d.at(k - 1).firstRaw(), false) == null) {
      return false;
    }
    String joined = item(rest, 0).title() + d.at(k).folded();
    int to = Math.min(d.end, k + PRINTED_REACH);
    for (int j = k + 1; j < to && joined.length() >= 8; j++) {
      // the printed title takes whole lines: blocks j, j+1, … joined are exactly it
      StringBuilder t = new StringBuilder();
      for (int i = j;
          i < to && t.length() < joined.length() && joined.startsWith(t.toString());
          i++) {
        t.append(d.at(i).folded());
      }
      if (t.toString().equals(joined)) {
        return true;
      }
    }
    return false;
  }

  /** A standalone remark line such as {@code （附件详见县政府网站）} or {@code （见网络版）}. */
  static boolean isRemark(String f) {
    return Patterns.ATTACHMENT_POINTER
        .matcher(IssuePatterns.BULLET.matcher(f).replaceFirst(""))
        .matches();
  }

  private static int numberOf(String rest) {
    Matcher m = Patterns.ATTACHMENT_ITEM_LABEL.matcher(rest);
    if (!m.find()) {
      return 0;
    }
    String n = m.group(2) != null ? m.group(2) : m.group(1).replaceAll("\\D", "");
    int v = org.gazette.text.ChineseNumber.parse(n);
    return Math.max(v, 0);
  }

  private static Attachment item(String text, int line) {
    String t = IssuePatterns.BULLET.matcher(text).replaceFirst("");
    String label = null;
    Matcher m = Patterns.ATTACHMENT_ITEM_LABEL.matcher(t);
    if (m.find()) {
      label = m.group(1).replaceAll("[.、．:：()（）\\s]", "");
      t = t.substring(m.end());
    }
    String remark = null;
    Matcher r = Patterns.ATTACHMENT_WITH_REMARK.matcher(t);
    if (r.matches() && !r.group(1).isEmpty()) {
      t = r.group(1);
      remark = r.group(2);
    }
    Matcher file = WebPages.LINKED_FILE.matcher(t.strip());
    if (file.matches()) { // 某某联系方式.doc, a page's link: the title, and the file's type as a remark
      t = file.group(1);
      remark = remark == null ? file.group(2) : remark + "；" + file.group(2);
    }
    return new Attachment(label, t.strip(), remark, line);
  }
}
