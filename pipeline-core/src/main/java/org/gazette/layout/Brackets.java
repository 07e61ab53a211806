package org.gazette.layout;

/**
 * A paragraph's open bracket at a line end: a title in 《》 or a trailer in （）〔〕【】 that wraps onto
 * the next lines is one paragraph, whatever the line's width or ending says.
 */
final class Brackets {
  private Brackets() {}

  /** Lines of the paragraph read so far in which an open bracket is looked for. */
  private static final int BRACKET_LINES = 3;

  /** The last few lines of the paragraph from {@code i} to {@code j}, joined. */
  static String tail(String[] folded, int i, int j) {
    StringBuilder sb = new StringBuilder();
    for (int k = Math.max(i, j - BRACKET_LINES + 1); k <= j; k++) {
      sb.append(folded[k]);
    }
    return sb.toString();
  }

  private static final String OPENERS = org.gazette.text.Cjk.OPENERS;

  private static final String CLOSERS = org.gazette.text.Cjk.CLOSERS;

  /**
   * True when line {@code f} opens a bracket it does not close ({@code 《}, {@code （}, {@code 〔},
   * {@code 【}) and the next line {@code n} goes on inside it: it closes it (after any brackets of
   * its own), or it runs on without ending a sentence ({@code 〔责任单位：} / {@code 县商务局；配合单位：…} /
   * {@code …〕}).
   */
  static boolean unclosed(String f, String n) {
    return leavesOpen(f) && goesOn(n) != Inside.ENDS;
  }

  /** True when {@code f} opens a bracket it does not close. */
  private static boolean leavesOpen(String f) {
    int depth = 0;
    for (int i = f.length() - 1; i >= 0; i--) {
      char ch = f.charAt(i);
      if (CLOSERS.indexOf(ch) >= 0) {
        depth++;
      } else if (OPENERS.indexOf(ch) >= 0 && depth-- == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * How a line read inside an open bracket goes on: it closes it, ends a sentence first, or runs
   * on.
   */
  private enum Inside {
    CLOSES,
    ENDS,
    RUNS_ON
  }

  private static Inside goesOn(String n) {
    int depth = 0;
    for (int i = 0; i < n.length(); i++) {
      char ch = n.charAt(i);
      if (OPENERS.indexOf(ch) >= 0) {
        depth++;
      } else if (CLOSERS.indexOf(ch) >= 0 && depth-- == 0) {
        return Inside.CLOSES;
      } else if (ch == '。' && depth == 0) {
        return Inside.ENDS;
      }
    }
    return Inside.RUNS_ON;
  }

  /**
   * True when line {@code f} closes a bracket it never opened ({@code …规定的通知》（某发〔2020〕2号）}): it
   * goes on from the line above, inside a title or note opened there.
   */
  static boolean closesUnopened(String f) {
    int depth = 0;
    for (int i = 0; i < f.length(); i++) {
      char ch = f.charAt(i);
      if (OPENERS.indexOf(ch) >= 0) {
        depth++;
      } else if (CLOSERS.indexOf(ch) >= 0 && depth-- == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when line {@code j + 1} of {@code folded}, or it and the line after, close the bracket the
   * paragraph so far ({@code tail}) left open: an adoption note wrapped onto an organ's name
   * ({@code （2023年…通过} / {@code 第十四届人民代表大会常务委员会} / {@code 第三次会议批准）}).
   */
  static boolean inside(String[] folded, int j, String tail) {
    if (!leavesOpen(tail)) {
      return false;
    }
    String n = folded[j + 1];
    return goesOn(n) == Inside.CLOSES
        || j + 2 < folded.length && goesOn(n + folded[j + 2]) == Inside.CLOSES;
  }
}
