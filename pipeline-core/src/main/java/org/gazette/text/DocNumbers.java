package org.gazette.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.model.DocNumber;

/**
 * 发文字号: any issuer abbreviation + bracketed year + serial + 号, e.g. {@code 稷政办发〔2023〕17号}, {@code
 * 国办函〔2021〕5号}, {@code 稷政任字〔2023〕1号}. Brackets as OCR and PDFs break them ([ ] ( ) 【】 ［］, even
 * mismatched, or one of the two lost: {@code 稷政发2023]11号}) are accepted; spaces anywhere are
 * tolerated.
 */
public final class DocNumbers {
  /**
   * Brackets around the year as printed, and as OCR reads them ({@code 「2021」}, {@code [2021」}).
   */
  private static final String OPEN = "[〔\\[【(（［{｛〈<「『/|]";

  private static final String CLOSE = "[〕\\]】)）］}｝〉>」』/|]";

  /**
   * The year-first form of older 字号 and of court case numbers: {@code （1986）刑再字7号}, {@code
   * （94）统议字04号}, {@code 〔89〕高检会（研）字第12号} (a bracketed division inside the 代字); a two-digit year
   * only before a 代字 ending in 字, so that a list item's address ({@code （12）解放路8号}) is not one.
   */
  private static final String YEAR_FIRST =
      "[(（〔\\[【［](?:(?<y4>(?:19|20)\\d{2})[)）〕\\]】］](?<p4>\\p{IsHan}{1,10}?)"
          + "|(?<y2>\\d{2})[)）〕\\]】］](?<p2>(?:\\p{IsHan}|[(（]\\p{IsHan}{1,2}[)）]){0,9}字))第?(?<s2>\\d{1,5})号";

  /**
   * A 公告 numbered within its year, the issuer and 公告 before it: {@code 国家税务总局公告2023年第3号}, {@code
   * 海关总署公告2023年第15号}.
   */
  private static final String YEAR_NUMBERED =
      "(?<pg>\\p{IsHan}{0,14}?公告)(?<yg>(?:19|20)\\d{2})年第(?<sg>\\d{1,5})号";

  /**
   * Folded (no whitespace) form: prefix of 1–14 Han characters, a court's bracketed division among
   * them but not first ({@code 法（经）发}), year, optional 第, serial, 号; or the {@link #YEAR_FIRST} or
   * {@link #YEAR_NUMBERED} form (named groups).
   */
  private static final Pattern ANY =
      Pattern.compile(
          "(\\p{IsHan}(?:\\p{IsHan}|[(（]\\p{IsHan}{1,2}[)）]){0,13}?)(?:"
              + OPEN
              + "((?:19|20)\\d{2})"
              + CLOSE
              + "?|((?:19|20)\\d{2})"
              + CLOSE
              + ")第?(\\d{1,5})号|"
              + YEAR_FIRST
              + "|"
              + YEAR_NUMBERED);

  /** A date opening a line, before the 字号 printed beside it. */
  private static final Pattern LEADING_DATE = Pattern.compile("^\\s*" + Dates.DATE_REGEX + "\\s*");

  /** Two-digit years from this one on are of the 1900s ({@code （57）刑特字第8号}). */
  private static final int CENTURY_PIVOT = 40;

  /** A prefix cannot contain these: they end titles or start sentences. */
  private static final Pattern PREFIX_BREAK =
      Pattern.compile(".*(" + Words.CORE_KINDS + "|的|根据|按照|依据|参照|印发)");

  /** How far before its 号 a 字号 can start: a 14-character prefix, brackets, year and serial. */
  private static final int WINDOW = 32;

  /** Longest line that can be nothing but a 字号. */
  private static final int MAX_WHOLE = 60;

  private DocNumbers() {}

  /** The first 发文字号 in {@code text}, or null. */
  public static DocNumber find(String text) {
    if (text.indexOf('号') < 0) {
      return null;
    }
    Matcher m = ANY.matcher(Cjk.fold(text));
    return m.find() ? of(m) : null;
  }

  /**
   * The 发文字号 when {@code text} is nothing else (a 字号 line under a title), or nothing but a date
   * before it ({@code 1994年4月22日 法发〔1994〕9号}), else null.
   */
  public static DocNumber whole(String text) {
    if (text.indexOf('号') < 0 || text.length() > MAX_WHOLE) {
      return null;
    }
    String f = Cjk.fold(text);
    Matcher bracketed = Patterns.BRACKETED.matcher(f.strip());
    if (bracketed.matches()) {
      f = bracketed.group(1); // （1998年3月11日[1997]赔他字第10号）: the same, in brackets
    }
    Matcher date = LEADING_DATE.matcher(f);
    if (date.lookingAt()) {
      f = f.substring(date.end()); // 1994年4月22日 法发〔1994〕9号: the date and the 字号 of an older title
    }
    Matcher m = ANY.matcher(f);
    if (!m.find()) {
      return null;
    }
    String rest = (f.substring(0, m.start()) + f.substring(m.end())).replaceAll("[()（）]", "");
    if (!rest.isEmpty() || m.group(1) != null && m.group(1).length() > 10) {
      return null;
    }
    return of(m);
  }

  /**
   * The 字号 of a document head's number block: the whole block, or the 字号 a title line carries at
   * its end ({@code 关于…的通知（某政发〔2024〕3号）}); null when there is none.
   */
  public static DocNumber ofHead(String text) {
    DocNumber whole = whole(text);
    return whole != null ? whole : find(text);
  }

  /**
   * A 字号 in running text.
   *
   * @param start offset of its first character (after the prefix's leading words are dropped)
   * @param end offset after its 号
   * @param number its parts
   */
  public record Hit(int start, int end, DocNumber number) {}

  /**
   * Every 字号 in {@code text} (whitespace already removed), in order, each with its prefix cut after
   * a word that ends a title or starts a sentence ({@code 的}, {@code 根据}).
   */
  public static List<Hit> findAll(String text) {
    List<Hit> out = new ArrayList<>();
    if (text.indexOf('号') < 0) {
      return out;
    }
    // a 字号 ends at a 号: look only in the window before each one
    Matcher m = ANY.matcher(text);
    int done = 0;
    for (int at = text.indexOf('号'); at >= 0; at = text.indexOf('号', at + 1)) {
      if (at < done) {
        continue;
      }
      m.region(Math.max(done, at - WINDOW), at + 1);
      if (m.find()) {
        DocNumber n = of(m);
        out.add(new Hit(m.end() - n.raw().length(), m.end(), n));
        done = m.end();
      }
    }
    return out;
  }

  /** Start offset (in the folded text) of the first 字号, or -1. */
  public static int start(String folded) {
    Matcher m = ANY.matcher(folded);
    return m.find() ? m.end() - of(m).raw().length() : -1;
  }

  private static DocNumber of(Matcher m) {
    if (m.group("pg") != null) {
      String issuer = m.group("pg").substring(0, m.group("pg").length() - 2);
      String prefix = trimPrefix(issuer) + "公告"; // …的公告国家税务总局公告2023年第3号
      String raw = m.group().substring(issuer.length() + 2 - prefix.length());
      return new DocNumber(
          prefix,
          Integer.parseInt(m.group("yg")),
          Integer.parseInt(m.group("sg")),
          raw,
          DocNumber.Form.YEAR_NUMBERED);
    }
    if (m.group(1) == null) {
      boolean four = m.group("y4") != null;
      int year = Integer.parseInt(four ? m.group("y4") : m.group("y2"));
      if (!four) {
        year += year >= CENTURY_PIVOT ? 1900 : 2000;
      }
      String prefix = four ? m.group("p4") : m.group("p2");
      return new DocNumber(
          prefix, year, Integer.parseInt(m.group("s2")), m.group(), DocNumber.Form.YEAR_FIRST);
    }
    String prefix = trimPrefix(m.group(1));
    String raw = m.group().substring(m.group(1).length() - prefix.length());
    prefix = prefix.replace('（', '(').replace('）', ')'); // 法(经)发 however its brackets were set
    String year = m.group(2) != null ? m.group(2) : m.group(3);
    return new DocNumber(prefix, Integer.parseInt(year), Integer.parseInt(m.group(4)), raw);
  }

  /** Drops what precedes the 代字 when a title runs straight into it: 的通知稷政办发 → 稷政办发. */
  static String trimPrefix(String prefix) {
    Matcher b = PREFIX_BREAK.matcher(prefix);
    if (b.lookingAt() && b.end() < prefix.length()) {
      return prefix.substring(b.end());
    }
    return prefix;
  }
}
