package org.gazette.layout;

import java.util.List;
import org.gazette.model.Cancel;
import org.gazette.model.SourceLine;
import org.gazette.text.Cjk;
import org.gazette.text.Dates;
import org.gazette.text.DocNumbers;

/**
 * One element split over lines of a few characters each, as a crawler writes a web page one text
 * node a line: a 字号 ({@code 某某监市场价财} / {@code ﹝} / {@code 2012} / {@code ﹞} / {@code 428} / {@code
 * 号}) or a date ({@code 2012} / {@code 年12月12日}). Together they are one line of text.
 */
final class Fragments {
  /** Most lines one element is split over. */
  private static final int MAX_PIECES = 8;

  /** Longest piece, folded: a 字号's issuer part at most. */
  private static final int MAX_PIECE = 14;

  private Fragments() {}

  /**
   * The index past the last line of the element that starts at line {@code i} of {@code text} and
   * runs over two or more lines, or -1. The first line alone is no such element, nor are the lines
   * before the last.
   */
  static int at(List<SourceLine> text, String[] folded, int i) {
    if (!piece(folded[i]) || whole(folded[i])) {
      return -1;
    }
    StringBuilder joined = new StringBuilder(folded[i]);
    for (int k = i + 1; k < text.size() && k - i < MAX_PIECES; k++) {
      Cancel.check();
      if (!piece(folded[k]) || text.get(k).number() != text.get(k - 1).number() + 1) {
        return -1;
      }
      joined.append(folded[k]);
      if (whole(joined.toString())) {
        // 大 / 某某发 / 〔2012〕 / 5号, 某某文件 / 某发〔2012〕5号: a widget or a masthead above a 字号
        // makes one too, with a longer issuer
        return whole(joined.substring(folded[i].length())) ? -1 : k + 1;
      }
    }
    return -1;
  }

  private static boolean piece(String f) {
    return !f.isEmpty() && f.length() <= MAX_PIECE && !f.endsWith("。");
  }

  private static boolean whole(String f) {
    return DocNumbers.whole(f) != null && !f.startsWith("(") && !f.startsWith("（")
        || Dates.onlyDateIso(f) != null;
  }

  /** A line of nothing but the punctuation that closes what the line above says ({@code ：}). */
  static boolean closingOnly(String folded) {
    return !folded.isEmpty()
        && folded.length() <= 2
        && folded.chars().allMatch(c -> CLOSING.indexOf(c) >= 0);
  }

  private static final String CLOSING = ":：,，。;；、)）》";

  /**
   * True when line {@code j} and the next are one text cut around a number set on a line of its own
   * ({@code 市工业和信息化局关于印发} / {@code 2021} / {@code 年春节期间…}): the number lies between a line that
   * ends no clause and one that starts with what counts it (年, 月, 号, 个, 万, 元, …).
   */
  static boolean numberNode(String[] folded, int j) {
    if (j + 1 >= folded.length) {
      return false;
    }
    if (number(folded[j + 1])) {
      return j + 2 < folded.length && openEnded(folded[j]) && counted(folded[j + 2]);
    }
    return number(folded[j]) && j > 0 && openEnded(folded[j - 1]) && counted(folded[j + 1]);
  }

  private static boolean number(String f) {
    return !f.isEmpty() && f.length() <= 4 && f.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static boolean openEnded(String f) {
    return !f.isEmpty() && Cjk.isHan(f.codePointBefore(f.length()));
  }

  private static boolean counted(String f) {
    return !f.isEmpty()
        && COUNTED.indexOf(f.charAt(0)) >= 0
        && !(f.length() > 1 && f.charAt(0) == '年' && Character.isDigit(f.charAt(1))); // a date's
  }

  /** What a number is followed by when it counts: 2021年, 3号, 5个, 20万元, 第2批. */
  private static final String COUNTED = "年月日号届次期批个项条名万亿元家人户%〕]）)";

  /** The lines joined: a 字号 or a date has no spaces inside. */
  static String text(List<SourceLine> lines) {
    StringBuilder out = new StringBuilder();
    for (SourceLine l : lines) {
      out.append(Cjk.collapseSpaces(l.text()));
    }
    return out.toString();
  }
}
