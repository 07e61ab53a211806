package org.gazette.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 成文日期 and other dates: {@code 2023年7月25日}, {@code 2023 年 1 月 9 日}, {@code 二〇二三年七月二十五日}. */
public final class Dates {
  private static final String CN = "[〇○零一二三四五六七八九十]";

  /** A year digit by digit; a zero may be typed as 0 or O among Chinese numerals: {@code 二0一二}. */
  private static final String CN_YEAR = "[〇○零一二三四五六七八九][〇○零一二三四五六七八九0OＯ]{3}";

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

  private static final Pattern DATE = Pattern.compile(DATE_REGEX);

  /**
   * A line that is only a date (the 成文日期 line of a signature block), perhaps with the place it was
   * signed at: {@code 一九五○年十月八日于北京}.
   */
  private static final Pattern DATE_ONLY =
      Pattern.compile("^[\\s(（]*" + DATE.pattern() + "(于\\p{IsHan}{1,10})?[\\s)）]*$");

  private Dates() {}

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

  /** The date as ISO when the whole of {@code s} is one date, else null. */
  public static String onlyDateIso(String s) {
    Matcher m = DATE_ONLY.matcher(Cjk.fold(s));
    return m.matches() ? iso(m) : null;
  }

  private static String iso(Matcher m) {
    int y = ChineseNumber.parse(m.group(1));
    int mo = ChineseNumber.parse(m.group(2));
    int d = ChineseNumber.parse(m.group(3));
    try {
      return LocalDate.of(y, mo, d).toString();
    } catch (DateTimeException e) {
      return null;
    }
  }
}
