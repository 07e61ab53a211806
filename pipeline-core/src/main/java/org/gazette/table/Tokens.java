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
      spaced = false;
      if (last != null && NUMBER.matcher(last).matches() && UNIT.matcher(piece).matches()) {
        out.set(out.size() - 1, last + piece);
      } else {
        out.add(piece);
      }
    }
    return out;
  }

  /** True for one Han character. */
  static boolean singleHan(String s) {
    return s.codePointCount(0, s.length()) == 1 && Cjk.hanCount(s) == 1;
  }
}
