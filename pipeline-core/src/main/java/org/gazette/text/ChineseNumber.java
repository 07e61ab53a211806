package org.gazette.text;

/** Chinese numerals (一 … 九十九, 〇/零, 百) and full-width digits to integers. */
public final class ChineseNumber {
  private static final String DIGITS = "〇一二三四五六七八九";

  private ChineseNumber() {}

  /**
   * Parses {@code 十七}, {@code 二十三}, {@code 一百零五}, {@code 2023}, {@code ２０２３} and digit-by-digit
   * years such as {@code 二〇二三}; returns -1 when {@code s} is not a number.
   */
  public static int parse(String s) {
    if (s == null || s.isEmpty()) {
      return -1;
    }
    String f = Cjk.fold(s);
    if (f.chars().allMatch(Character::isDigit)) {
      return f.length() > 9 ? -1 : Integer.parseInt(f);
    }
    if (!s.contains("十") && !s.contains("百")) {
      int v = 0;
      for (char c : s.toCharArray()) {
        int d = digit(c);
        if (d < 0) {
          return -1;
        }
        v = v * 10 + d;
      }
      return v;
    }
    int total = 0;
    int current = 0;
    for (char c : s.toCharArray()) {
      if (c == '百') {
        total += (current == 0 ? 1 : current) * 100;
        current = 0;
      } else if (c == '十') {
        total += (current == 0 ? 1 : current) * 10;
        current = 0;
      } else {
        int d = digit(c);
        if (d < 0) {
          return -1;
        }
        current = d;
      }
    }
    return total + current;
  }

  private static int digit(char c) {
    // 〇 as typed by hand or read by OCR: 二0一二年, 二Ｏ一二年.
    if (c == '零' || c == '○' || c == 'О' || c == 'o' || c == 'O' || c == '0' || c == '０'
        || c == 'Ｏ') {
      return 0;
    }
    if (c == '两') {
      return 2;
    }
    return DIGITS.indexOf(c);
  }

  /** Circled numbers ① … ⑳ to 1 … 20; -1 otherwise. */
  public static int circled(int cp) {
    return cp >= 0x2460 && cp <= 0x2473 ? cp - 0x2460 + 1 : -1;
  }
}
