package org.gazette.text;

/**
 * Page numbers and banners told at the cost of a character test on most lines: each pattern of
 * {@link IssuePatterns} runs only on a line short enough, or opening with what it needs.
 */
public final class PageMarks {
  private PageMarks() {}

  /** {@link IssuePatterns#BARE_NUMBER} without a matcher: one to four ASCII digits. */
  public static boolean isBareNumber(String f) {
    int n = f.length();
    if (n < 1 || n > 4) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (f.charAt(i) < '0' || f.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Longest page label: three dashes, four digits and three dashes; {@code 第9999页/共9999页}. */
  private static final int PAGE_LABEL_MAX = 14;

  /**
   * A page label alone on a line, framed ({@link IssuePatterns#PAGE_LABEL_FRAMED}) or in words
   * ({@link IssuePatterns#PAGE_LABEL_WORDS}); lines too long for either are not tried.
   */
  public static boolean isPageLabel(String f) {
    return isFramedPageLabel(f) || fits(f) && IssuePatterns.PAGE_LABEL_WORDS.matcher(f).matches();
  }

  /** {@link IssuePatterns#PAGE_LABEL_FRAMED} alone, with the same bound on length. */
  public static boolean isFramedPageLabel(String f) {
    return fits(f) && IssuePatterns.PAGE_LABEL_FRAMED.matcher(f).matches();
  }

  private static boolean fits(String f) {
    return f.length() >= 2 && f.length() <= PAGE_LABEL_MAX;
  }

  /** {@link IssuePatterns#BANNER}, tried only on a line that opens with one of its brackets. */
  public static boolean isBanner(String f) {
    return !f.isEmpty()
        && "【[［〖".indexOf(f.charAt(0)) >= 0
        && IssuePatterns.BANNER.matcher(f).matches();
  }

  /** How many lines under a repeated header row are looked at for a table row. */
  private static final int ROWS_BELOW = 3;

  /**
   * True when line {@code i} (of {@code size}, their text by {@code text}) is a table's header row,
   * as a table run over pages repeats it at the top of each: three cells or more, with a row of as
   * many among the next few lines (a running header is one or two pieces over text; a row under it
   * may have cells merged or run together). Such a line is never a running header, however often it
   * repeats.
   */
  public static boolean tableHeaderRow(
      int i, int size, java.util.function.IntFunction<String> text) {
    if (cells(text.apply(i)) < 3) {
      return false;
    }
    for (int k = i + 1; k < Math.min(size, i + 1 + ROWS_BELOW); k++) {
      if (cells(text.apply(k)) >= 3) {
        return true;
      }
    }
    return false;
  }

  private static int cells(String text) {
    return (int) text.chars().filter(c -> c == '\t').count() + 1;
  }
}
