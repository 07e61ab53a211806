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
}
