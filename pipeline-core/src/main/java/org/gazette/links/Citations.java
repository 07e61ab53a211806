package org.gazette.links;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.model.Citation;
import org.gazette.model.DocNumber;
import org.gazette.text.DocNumbers;

/**
 * References to other documents in a paragraph: a title in 《》 (nested 〈〉 or 《》 inside it kept), a
 * 发文字号 ({@code 晋政发〔2022〕27号}, any issuer abbreviation before a bracketed year), a 令 number ({@code
 * 国务院令第588号}, {@code 公安部第124号令}), or a title followed by its number in brackets ({@code
 * 《…》（晋政发〔2022〕27号）}), which is one reference. Titles of periodicals ({@code 《人民日报》}) are not
 * references.
 */
final class Citations {
  /** Longest title read; an unclosed 《 further than this is not a title. */
  private static final int MAX_TITLE = 160;

  /** A periodical's name: short, ending in 报, 刊 or 杂志, with no year. */
  private static final Pattern PERIODICAL =
      Pattern.compile("[^年]{0,10}(日报|晚报|时报|报|杂志|周刊|月刊|半月刊|期刊|学报|画报|求是|半月谈)");

  /**
   * A form, a paper or a compilation, not a document: {@code 《…登记表》}, {@code 《居民身份证》}, {@code
   * 《…审签单》} (not a 清单), {@code 《…备案书》}, {@code 《…宣传资料》}, {@code 《…文件汇编》}.
   */
  private static final Pattern FORM =
      Pattern.compile(".*(表|证|户口本|户口簿|(?<!清)单|备案书|申请书|承诺书|告知书|委托书|登记簿|资料|汇编|读本)");

  /** A bracketed office between an issuer and its kind: {@code 农(经综)函}. */
  private static final Pattern SUB_OFFICE =
      Pattern.compile(
          "("
              + org.gazette.text.Cjk.HAN_CLASS
              + "{1,6})[（(]("
              + org.gazette.text.Cjk.HAN_CLASS
              + "{1,4})[)）]$");

  /** A 令 number: {@code 国务院令第588号}, {@code 交通运输部令2019年第1号}, {@code 公安部第124号令}. */
  private static final Pattern DECREE =
      Pattern.compile(
          "("
              + org.gazette.text.Cjk.HAN_CLASS
              + "{2,24}?)(?:令[（(〔]?(?:((?:19|20)\\d{2})年)?第(\\d{1,5})号[）)〕]?"
              + "|第(\\d{1,5})号令)");

  /**
   * Words that end the text before an issuer abbreviation: a number's prefix is cut after the last
   * of them ({@code 根据晋政发} → {@code 晋政发}).
   */
  private static final Pattern LEAD =
      Pattern.compile(
          ".*(根据|按照|依照|依据|参照|参考|对照|贯彻|落实|执行|遵照|遵循|结合|转发|印发|下发|出台|发布|制定|实施"
              + "|修订|废止|废除|替代|取代|文件|精神|要求|规定|简称|以及|及其|还有|即|见|和|及|与|或|按|依|据|由|从|并|等"
              + "|的|是|将|把|在|为|对|以)");

  private Citations() {}

  /** The references in {@code p}, in order. */
  static List<Citation> find(LinedText p) {
    String t = halfWidth(p.text());
    java.util.TreeMap<Integer, Citation> out = new java.util.TreeMap<>(); // by offset
    boolean[] taken = new boolean[t.length() + 1];
    int i = t.indexOf('《');
    while (i >= 0) {
      int close = closing(t, i);
      if (close < 0) {
        i = t.indexOf('《', i + 1);
        continue;
      }
      String title = p.text().substring(i + 1, close);
      int end = close + 1;
      Num num = bracketedNumber(t, end);
      if (num == null) {
        num = numberAt(t, end); // 《…》晋汾河防洪办〔2022〕4号
      }
      if (reference(t, i, title)) {
        int from = i;
        int to = num == null ? end : num.end + (num.bracketed ? 1 : 0);
        Num before = num == null ? numberBefore(t, i) : null;
        if (before != null) {
          num = before; // 运政办发〔2021〕21号文件《…》
          from = before.start;
        }
        out.put(
            from,
            cite(
                p, from, to, title, num == null ? null : num.text, num == null ? null : num.parts));
        java.util.Arrays.fill(taken, from, to, true);
      }
      i = t.indexOf('《', close + 1);
    }
    for (Num n : numbers(t)) {
      if (!taken[n.start]) {
        out.put(n.start, cite(p, n.start, n.end, null, n.text, n.parts));
        java.util.Arrays.fill(taken, n.start, n.end, true);
      }
    }
    return new ArrayList<>(out.values());
  }

  /**
   * True when the 《》 at {@code open} names another document: not a periodical, a form or a paper
   * ({@code 《…登记表》}, {@code 《居民身份证》}), the document itself ({@code 本《通知》}) or the short name it is
   * given ({@code 以下简称《办法》}).
   */
  private static boolean reference(String t, int open, String title) {
    String before = t.substring(Math.max(0, open - 2), open);
    return !title.isBlank()
        && !PERIODICAL.matcher(title).matches()
        && !FORM.matcher(title).matches()
        && !before.endsWith("本")
        && !before.equals("简称")
        && !before.endsWith("称");
  }

  /** The number that starts right at {@code at}, or null. */
  private static Num numberAt(String t, int at) {
    List<Num> nums = numbers(t.substring(at, Math.min(t.length(), at + 40)));
    if (nums.isEmpty() || nums.get(0).start != 0) {
      return null;
    }
    Num n = nums.get(0);
    return new Num(at, at + n.end, n.text, n.parts);
  }

  /** The 字号 right before {@code open} ({@code …〔2021〕21号文件《}), or null. */
  private static Num numberBefore(String t, int open) {
    int from = Math.max(0, open - 40);
    String head = t.substring(from, open);
    List<Num> nums = numbers(head);
    if (nums.isEmpty()) {
      return null;
    }
    Num last = nums.get(nums.size() - 1);
    String gap = head.substring(last.end);
    if (!gap.isEmpty() && !gap.equals("文件") && !gap.equals("号文件")) {
      return null;
    }
    return new Num(from + last.start, from + last.end, last.text, last.parts);
  }

  /** A number found: where it stands, as printed (brackets made 〔〕), and its parts. */
  private record Num(int start, int end, String text, Parts parts, boolean bracketed) {
    Num(int start, int end, String text, Parts parts) {
      this(start, end, text, parts, false);
    }
  }

  /** A number's parts. */
  private record Parts(String issuer, Integer year, Integer serial) {}

  private static Citation cite(
      LinedText p, int from, int to, String title, String number, Parts parts) {
    return new Citation(
        p.text().substring(from, to),
        title,
        number,
        parts == null ? null : parts.issuer,
        parts == null ? null : parts.year,
        parts == null ? null : parts.serial,
        p.line(from));
  }

  /** The offset of the 》 closing the 《 at {@code open}, or -1. */
  private static int closing(String t, int open) {
    int depth = 0;
    int max = Math.min(t.length(), open + MAX_TITLE);
    for (int k = open; k < max; k++) {
      char c = t.charAt(k);
      if (c == '《') {
        depth++;
      } else if (c == '》' && --depth == 0) {
        return k;
      } else if (c == '。') {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The number in the brackets right after a title ({@code （国发〔2021〕4号）}, {@code （国务院令第588号，…）}),
   * with {@code end} at its closing bracket, or null.
   */
  private static Num bracketedNumber(String t, int at) {
    if (at >= t.length() || (t.charAt(at) != '（' && t.charAt(at) != '(')) {
      return null;
    }
    int close = -1;
    int depth = 0;
    for (int k = at + 1; k < Math.min(t.length(), at + 40) && close < 0; k++) {
      char c = t.charAt(k);
      if (c == '（' || c == '(') {
        depth++;
      } else if ((c == '）' || c == ')') && depth-- == 0) {
        close = k;
      }
    }
    if (close < 0) {
      return null;
    }
    List<Num> inside = numbers(t.substring(at + 1, close));
    if (inside.isEmpty() || inside.get(0).start != 0) {
      return null;
    }
    Num n = inside.get(0);
    return new Num(at + 1, close, n.text, n.parts, true);
  }

  /** Every 字号 and 令 number in {@code t}, in order, prefixes cut after leading words. */
  private static List<Num> numbers(String t) {
    List<Num> out = new ArrayList<>();
    for (DocNumbers.Hit h : DocNumbers.findAll(t)) {
      DocNumber d = h.number();
      if (d.yearFirst()) {
        out.add(
            new Num(
                h.start(), h.end(), d.normalized(), new Parts(d.prefix(), d.year(), d.serial())));
        continue;
      }
      String prefix = lead(d.prefix());
      int start = h.start() + (d.prefix().length() - prefix.length());
      Matcher sub = SUB_OFFICE.matcher(t.substring(Math.max(0, start - 12), start));
      if (prefix.equals(d.prefix()) && sub.find()) {
        String head = lead(sub.group(1));
        start -= sub.group().length() - (sub.group(1).length() - head.length());
        prefix = head + "(" + sub.group(2) + ")" + prefix; // 农(经综)函〔2023〕64号
      }
      String serial = (d.raw().matches(".*第\\d+号") ? "第" : "") + d.serial() + "号";
      String text = prefix + "〔" + d.year() + "〕" + serial;
      out.add(new Num(start, h.end(), text, new Parts(prefix, d.year(), d.serial())));
    }
    Matcher m = DECREE.matcher(t);
    while (t.indexOf('令') >= 0 && m.find()) {
      String prefix = lead(m.group(1));
      int start = m.start(1) + (m.group(1).length() - prefix.length());
      if (overlaps(out, start)) {
        continue;
      }
      boolean trailing = m.group(4) != null;
      String serial = trailing ? m.group(4) : m.group(3);
      Integer year = m.group(2) == null ? null : Integer.valueOf(m.group(2));
      String issuer = trailing ? prefix : prefix + "令";
      String text =
          trailing
              ? prefix + "第" + serial + "号令"
              : issuer + (year == null ? "" : year + "年") + "第" + serial + "号";
      out.add(new Num(start, m.end(), text, new Parts(issuer, year, Integer.valueOf(serial))));
    }
    out.sort(java.util.Comparator.comparingInt(Num::start));
    return out;
  }

  private static boolean overlaps(List<Num> found, int at) {
    for (Num n : found) {
      if (at >= n.start && at < n.end) {
        return true;
      }
    }
    return false;
  }

  /** {@code prefix} cut after its last leading word; kept whole when too little would remain. */
  static String lead(String prefix) {
    Matcher m = LEAD.matcher(prefix);
    if (!m.lookingAt() || m.end() >= prefix.length()) {
      return prefix;
    }
    String rest = prefix.substring(m.end());
    boolean oneChar = m.group(1).length() == 1;
    return rest.length() >= (oneChar ? 3 : 2) || rest.startsWith("国") ? rest : prefix;
  }

  /** Full-width digits, letters and brackets as ASCII, one character for one. */
  static String halfWidth(String s) {
    char[] c = s.toCharArray();
    for (int k = 0; k < c.length; k++) {
      if (c[k] >= '０' && c[k] <= '９') {
        c[k] = (char) (c[k] - '０' + '0');
      }
    }
    return new String(c);
  }
}
