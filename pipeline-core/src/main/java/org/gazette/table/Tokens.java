package org.gazette.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gazette.text.Cjk;

/**
 * The cells of one line of a linearised table: pieces between spaces, with the spaces an extraction
 * puts inside a cell taken back out — letter-spaced words ({@code 工 作 任 务} → {@code 工作任务}) and a
 * number cut from its unit ({@code 2021 年底} → {@code 2021年底}).
 */
final class Tokens {
  private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
  private static final Pattern NUMBER = Pattern.compile("[\\d.,，%％]+");

  /** Units and words that follow a number inside one cell: {@code 年底}, {@code 万元}, {@code 亩}. */
  private static final Pattern UNIT =
      Pattern.compile(
          "^(年底|年初|年内|月底|月初|月中|年|月|日|号|时|个|人|户|家|亩|万元|亿元|元|万|亿|余|多|%|％|㎡|平方米|米|"
              + "公里|千米|公顷|岁|次|项|件|所|座|台|辆|吨|倍|份|名|处|条)+(前|后|以上|以下|以内|左右)?$");

  /** A totals label whose two characters were set apart, with its unit: {@code 合 计（万元）}. */
  private static final Pattern TOTAL_SPLIT =
      Pattern.compile("(" + org.gazette.text.Words.TOTAL_ROWS + ")([（(][^）)]*[）)])?");

  private Tokens() {}

  /** The cells of {@code line}. */
  static List<String> of(String line) {
    String s = line.strip();
    if (s.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    boolean spaced = false; // the last cell was joined from single characters
    for (String piece : SPACES.split(s)) {
      if (piece.isEmpty()) {
        continue;
      }
      String last = out.isEmpty() ? null : out.get(out.size() - 1);
      boolean single = singleHan(piece);
      if (last != null && single && (spaced || singleHan(last))) {
        out.set(out.size() - 1, last + piece);
        spaced = true;
        continue;
      }
      if (last != null && singleHan(last) && TOTAL_SPLIT.matcher(last + piece).matches()) {
        out.set(out.size() - 1, last + piece); // 合 计（万元）: a padded totals label
        spaced = false;
        continue;
      }
      spaced = false;
      if (last != null && NUMBER.matcher(last).matches() && UNIT.matcher(piece).matches()) {
        out.set(out.size() - 1, last + piece);
      } else {
        out.add(piece);
      }
    }
    return out;
  }

  /**
   * The cells of a line inside a table, where an extraction leaves spaces inside cells too: a space
   * between two wide characters (or after a full stop) separates cells ({@code 县生态环境局 经开区管委会}), one
   * beside a digit or a Latin letter does not ({@code 推进投资 0.8 亿元的}); letter-spaced words are
   * joined ({@code 合 计}).
   */
  static List<String> cells(String line) {
    String s = line.strip();
    List<String> pieces = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      int n = Character.charCount(cp);
      if (Character.isWhitespace(cp) || cp == 0x3000) {
        int j = i;
        while (j < s.length() && (Character.isWhitespace(s.charAt(j)) || s.charAt(j) == 0x3000)) {
          j++;
        }
        int before = cur.isEmpty() ? 0 : cur.codePointBefore(cur.length());
        int after = j < s.length() ? s.codePointAt(j) : 0;
        boolean stop = before == '。' || before == '；' || before == '！' || before == '？';
        if (before != 0 && after != 0 && (stop || Cjk.isWide(before) && Cjk.isWide(after))) {
          pieces.add(cur.toString());
          cur.setLength(0);
        }
        i = j;
        continue;
      }
      cur.appendCodePoint(cp);
      i += n;
    }
    if (!cur.isEmpty()) {
      pieces.add(cur.toString());
    }
    List<String> out = new ArrayList<>();
    for (String p : pieces) {
      String last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null
          && singleHan(p)
          && singleHan(last.substring(last.length() - 1))
          && (last.length() == 1 || joinedSingles(last))) {
        out.set(out.size() - 1, last + p);
      } else {
        out.add(p);
      }
    }
    return out.isEmpty() ? List.of("") : out;
  }

  /** A word made of single characters joined (合计 from 合 计): every piece was one character. */
  private static boolean joinedSingles(String s) {
    return s.codePointCount(0, s.length()) <= 4 && Cjk.hanCount(s) == s.length();
  }

  /** True for one Han character. */
  static boolean singleHan(String s) {
    return s.codePointCount(0, s.length()) == 1 && Cjk.hanCount(s) == 1;
  }
}
