package org.gazette.links;

/** A cheap look for the verbs of 任免 statements before any pattern is tried (most text has none). */
final class Verbs {
  private Verbs() {}

  /**
   * True when {@code s} has a character that starts a 任免 verb (任 免 聘 提 推 批 撤), or, with {@code
   * orWei}, 为 ({@code 张三为副局长} after a verb said once for a list).
   */
  static boolean in(String s, boolean orWei) {
    for (int i = 0; i < s.length(); i++) {
      switch (s.charAt(i)) {
        case '任', '免', '聘', '提', '推', '批', '撤' -> {
          return true;
        }
        case '为' -> {
          if (orWei) {
            return true;
          }
        }
        default -> {}
      }
    }
    return false;
  }

  /** The verbs that make a statement a 任免 statement wherever it stands. */
  private static final String[] STRONG = {
    "任命", "免去", "免职", "聘任", "聘用", "聘为", "解聘", "提名", "推荐", "批准", "撤销", "兼任", "担任", "出任"
  };

  /** True when {@code s} has one of the verbs of a 任免 statement (任命, 免去, 聘任 …). */
  static boolean strong(String s) {
    for (String v : STRONG) {
      if (s.contains(v)) {
        return true;
      }
    }
    return false;
  }

  /** How far before a comma the verb of the clause it ends is looked for. */
  private static final int CLAUSE_REACH = 60;

  /** How far after a comma the verb of a statement of its own can stand. */
  private static final int NEXT_REACH = 16;

  /**
   * Whether the clause after the comma at {@code i} of {@code t} may be a statement of its own: it
   * has a 任免 verb, or the sentence has one ({@code verbed}, or in the clause from {@code from}) and
   * then a name and 为 will do ({@code 张三为副军长}).
   */
  static boolean mayFollow(String t, int from, int i, boolean verbed) {
    String next = t.substring(i + 1, Math.min(t.length(), i + 1 + NEXT_REACH));
    if (strong(next)) {
      return true;
    }
    return (verbed || strong(t.substring(Math.max(from, i - CLAUSE_REACH), i))) && in(next, true);
  }
}
