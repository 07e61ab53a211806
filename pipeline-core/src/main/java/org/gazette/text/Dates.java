package org.gazette.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 成文日期 and other dates: {@code 2023年7月25日}, {@code 2023 年 1 月 9 日}, {@code 二〇二三年七月二十五日}. */
public final class Dates {
  private static final String CN = "[〇○零一二三四五六七八九十]";

  /**
   * Dashes a transcription or OCR sets where a 一 was printed ({@code —九五四年}): read as 一 only as a
   * year's first figure before 九, where nothing else fits, and reported ({@link #dashForOne}).
   */
  private static final String DASHES = "—─ー－";

  /**
   * A year digit by digit; a zero may be typed as 0 or O among Chinese numerals: {@code 二0一二}; its
   * first 一 may have been read as a dash before 九 ({@code —九五四}).
   */
  private static final String CN_YEAR =
      "(?:[〇○零一二三四五六七八九]|[" + DASHES + "](?=九))[〇○零一二三四五六七八九0OＯ]{3}";

  /** Arabic or Chinese year, month, day: {@code 2021年 5月 7日}, {@code 二〇二三年七月二十五日}. */
  /** The date pattern's source, for patterns that embed a date ({@link Patterns#DATE_LINE}). */
  static final String DATE_REGEX =
      "((?:19|20)\\d{2}|"
          + CN_YEAR
          + ")\\s*年\\s*(\\d{1,2}|"
          + CN
          + "{1,3})\\s*月\\s*(\\d{1,2}|"
          + CN
          + "{1,3})\\s*[日号]";

  /**
   * A bracketed print date under the signature, {@code （2019年5月31日印发）}: when the document was
   * issued (the 版记's 印发日期), not a 附注.
   */
  public static final Pattern PRINTED_ON =
      Pattern.compile("^[(（]\\s*" + DATE_REGEX + "\\s*印发\\s*[)）]$");

  private static final Pattern DATE = Pattern.compile(DATE_REGEX);

  /**
   * What a reprint may set after a date: a news agency's credit and a footnote mark ({@code
   * （新华社一九七五年一月十八日讯）＊}).
   */
  private static final String CREDIT = "(?:[(（][^()（）]{2,30}[讯电][)）])?[*＊※]?";

  /**
   * The hour a telegram or an order was sent, after its date: {@code 一九六七年一月二十日凌晨}, {@code …日下午3时};
   * a page's time stamp (…日 07时41分) is none.
   */
  private static final String TIME_OF_DAY =
      "(?:\\s*(?:凌晨|清晨|早晨|上午|中午|下午|傍晚|晚上|深夜|午夜)(?:\\s*(?:\\d{1,2}|"
          + CN
          + "{1,3})时(?:(?:\\d{1,2}|"
          + CN
          + "{1,3})分)?)?)?";

  /**
   * A line that is only a date (the 成文日期 line of a signature block), perhaps with the place it was
   * signed at: {@code 一九五○年十月八日于北京}.
   */
  private static final Pattern DATE_ONLY =
      Pattern.compile(
          "^[\\s(（]*"
              + DATE.pattern()
              + "(于\\p{IsHan}{1,10})?"
              + TIME_OF_DAY
              + "[\\s)）]*"
              + CREDIT
              + "$");

  /** A month and day without a year, as letters and telegrams date themselves: {@code 一月十七日}. */
  private static final String MONTH_DAY_REGEX =
      "(\\d{1,2}|" + CN + "{1,3})\\s*月\\s*(\\d{1,2}|" + CN + "{1,3})\\s*日";

  /** Text ending with a date, with or without a year (groups: 1 before, 2–4 or 5–6 the date). */
  private static final Pattern TAIL =
      Pattern.compile(
          "^(.*?)[\\s(（]*(?:"
              + DATE_REGEX
              + "|"
              + MONTH_DAY_REGEX
              + ")(于\\p{IsHan}{1,10})?"
              + TIME_OF_DAY
              + "[\\s)）]*(?<credit>"
              + CREDIT
              + ")$");

  /** Four figures of a year, then one character that is no 年 (nor 月, 日): groups 2 and 3. */
  private static final String YEAR_THEN_MARK =
      "(?<!\\d)((?:19|20)\\d{2})\\s*([\\p{IsHan}&&[^年月日]]|[.．·,，、'’]\\s*年)";

  /**
   * Text ending with the four figures of a year and one character where its 年 should stand, or a
   * stray mark before it: OCR reads a 年 under a seal's strokes as another character ({@code 2022每},
   * then {@code 7月4日}) and a speck of the seal as a full stop ({@code 2022.年}).
   */
  private static final Pattern MISREAD_YEAR = Pattern.compile("^(.*?)" + YEAR_THEN_MARK + "\\s*$");

  /** A date in figures: {@code 1951-1-17}, {@code 2023/07/25}, {@code 2023.7.25}. */
  private static final Pattern NUMERIC =
      Pattern.compile("((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})");

  /**
   * A date closing a line, with what stands before it.
   *
   * @param before the text before the date, stripped ({@code 国务院} in {@code 国务院一九六七年二月七日})
   * @param dateText the date as printed
   * @param iso the date as ISO yyyy-MM-dd, or null when it has no year or is no real date
   * @param month the month (1–12)
   * @param day the day of the month
   */
  public record Tail(String before, String dateText, String iso, int month, int day) {}

  private Dates() {}

  /** Brackets and spaces around a date. */
  private static final Pattern BRACKETS = Pattern.compile("^[\\s(（]+|[\\s)）]+$");

  /** The date that ends {@code s} (a year is optional), or null. */
  public static Tail tail(String s) {
    String f = Cjk.fold(s);
    if (!mayHoldDate(f)) {
      return null;
    }
    Matcher m = TAIL.matcher(f);
    if (!m.matches()) {
      return null;
    }
    boolean year = m.group(2) != null;
    int month = ChineseNumber.parse(year ? m.group(3) : m.group(5));
    int day = ChineseNumber.parse(year ? m.group(4) : m.group(6));
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    // as printed, without the brackets of a dated line: （一九七九年三月二十八日）
    String text = BRACKETS.matcher(f.substring(m.end(1), m.start("credit"))).replaceAll("").strip();
    Matcher misread = year ? null : MISREAD_YEAR.matcher(m.group(1));
    if (misread != null && misread.matches()) {
      // the date as printed keeps the misread mark; the caller reports the reading
      return new Tail(
          misread.group(1).strip(),
          BRACKETS.matcher(f.substring(misread.start(2), m.start("credit"))).replaceAll("").strip(),
          iso(misread.group(2), m.group(5), m.group(6)),
          month,
          day);
    }
    return new Tail(
        m.group(1).strip(),
        text,
        year ? iso(m.group(2), m.group(3), m.group(4)) : null,
        month,
        day);
  }

  /** Text ending with a date in figures: {@code 中共成都市委办公厅1978.9.15}. */
  private static final Pattern NUMERIC_TAIL =
      Pattern.compile("^(.*?)[\\s(（]*" + NUMERIC.pattern() + "[\\s)）]*$");

  /**
   * The date in figures that ends {@code s} with what stands before it ({@code 1978.9.15} after a
   * signer), or null when there is none or it is no real date.
   */
  public static Tail numericTail(String s) {
    Matcher m = NUMERIC_TAIL.matcher(Cjk.fold(s));
    if (!m.matches()) {
      return null;
    }
    String iso = iso(m.group(2), m.group(3), m.group(4));
    return iso == null
        ? null
        : new Tail(
            m.group(1).strip(),
            m.group().substring(m.start(2), m.end(4)),
            iso,
            Integer.parseInt(m.group(3)),
            Integer.parseInt(m.group(4)));
  }

  /** A date written in figures in {@code s} ({@code 1951-1-17}) as ISO, else its first date. */
  public static String anyIso(String s) {
    Matcher m = NUMERIC.matcher(Cjk.fold(s));
    return m.find() ? numericIso(m) : findIso(s);
  }

  /**
   * The date as ISO when the whole of {@code s} is one date in figures ({@code 1986.01.25}), else
   * null.
   */
  public static String onlyNumericIso(String s) {
    String f = Cjk.fold(s).strip();
    if (f.length() > 10) {
      return null;
    }
    Matcher m = NUMERIC.matcher(f);
    return m.matches() ? numericIso(m) : null;
  }

  /** The date a {@link #NUMERIC} match reads, as ISO, or null when it is no real date. */
  private static String numericIso(Matcher m) {
    try {
      return LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)))
          .toString();
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The first date in {@code s} as ISO yyyy-MM-dd, or null. */
  public static String findIso(String s) {
    Matcher m = DATE.matcher(Cjk.fold(s));
    while (m.find()) {
      String iso = iso(m);
      if (iso != null) {
        return iso;
      }
    }
    return null;
  }

  /** A date in a note and the act it dates: groups 1–3 the date, 4 the act. */
  private static final Pattern DATED_ACT =
      Pattern.compile(DATE_REGEX + "[^年()（）]{0,40}?(通过|批准|公布|发布|颁布|修正|修订)");

  /**
   * The date of what a note says its issuer did ({@code （1957年9月7日国务院批准 1957年10月11日交通部发布）}: the 发布,
   * not a superior's 批准 before it); the first date when the note names no other act; null when it
   * has no date.
   */
  public static String actedIso(String note) {
    Matcher m = DATED_ACT.matcher(Cjk.fold(note));
    while (m.find()) {
      String iso = iso(m.group(1), m.group(2), m.group(3));
      if (iso != null && !m.group(4).equals("批准")) {
        return iso;
      }
    }
    return findIso(note);
  }

  /**
   * True when {@code dateText} is a date whose 年 was read as another character ({@code 2022每7月4日}):
   * {@link #tail} took the four figures before it as the year.
   */
  public static boolean yearMarkMisread(String dateText) {
    return dateText != null && MISREAD_YEAR_TEXT.matcher(dateText).lookingAt();
  }

  /**
   * True when {@code dateText}'s year starts with a dash read as 一 ({@code —九五四年一月七日}): the date is
   * taken as 一九五四年, which the caller reports.
   */
  public static boolean dashForOne(String dateText) {
    return dateText != null && !dateText.isEmpty() && DASHES.indexOf(dateText.charAt(0)) >= 0;
  }

  private static final Pattern MISREAD_YEAR_TEXT =
      Pattern.compile(YEAR_THEN_MARK + "\\s*\\d{1,2}\\s*月");

  /** The date as ISO when the whole of {@code s} is one date, else null. */
  public static String onlyDateIso(String s) {
    if (!mayHoldDate(s)) {
      return null;
    }
    Matcher m = DATE_ONLY.matcher(Cjk.fold(s));
    return m.matches() ? iso(m) : null;
  }

  /** A date needs a 月 and a 日 or 号: lines without them are passed before any pattern runs. */
  private static boolean mayHoldDate(String s) {
    return s.indexOf('月') >= 0 && (s.indexOf('日') >= 0 || s.indexOf('号') >= 0);
  }

  private static String iso(Matcher m) {
    return iso(m.group(1), m.group(2), m.group(3));
  }

  private static String iso(String year, String month, String day) {
    int y =
        ChineseNumber.parse(DASHES.indexOf(year.charAt(0)) >= 0 ? "一" + year.substring(1) : year);
    int mo = ChineseNumber.parse(month);
    int d = ChineseNumber.parse(day);
    try {
      return LocalDate.of(y, mo, d).toString();
    } catch (DateTimeException e) {
      return null;
    }
  }
}
