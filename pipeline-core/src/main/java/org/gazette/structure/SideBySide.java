package org.gazette.structure;

import java.util.ArrayList;
import java.util.List;
import org.gazette.layout.Block;
import org.gazette.text.Cjk;
import org.gazette.text.Patterns;

/**
 * Joint issuers signed side by side over their seals, the left name wrapped onto the line below
 * ({@code 唐山市“一港双城”（城镇化） 唐山市行政审批局} / {@code 工作委员会办公室}).
 */
final class SideBySide {
  private SideBySide() {}

  /**
   * The two names of a signature line the extraction printed without their gap ({@code
   * 唐山市“一港双城”（城镇化）唐山市自然资源和规划局}): the right one is the longest plain name at its end, the left one,
   * with its quotes and brackets closed, is completed by the line {@code below}; else null.
   */
  private static String[] glued(String line, String below) {
    if (Patterns.isOrgLine(Cjk.fold(line))) {
      return null; // one plain name (平潭综合实验区公安局), not two run together
    }
    for (int i = 2; i < line.length() - 2; i++) {
      String left = line.substring(0, i);
      String right = line.substring(i);
      if (balanced(left)
          && Cjk.isHan(right.codePointAt(0))
          && !Patterns.isOrgName(Cjk.fold(left))
          && Patterns.isOrgLine(Cjk.fold(right))
          && Patterns.isOrgName(Cjk.fold(left + below))) {
        return new String[] {left, right};
      }
    }
    return null;
  }

  /** True when every quote and bracket opened in {@code s} is closed. */
  private static boolean balanced(String s) {
    return Cjk.bracketDepth(s) == 0 && s.lastIndexOf('“') <= s.lastIndexOf('”');
  }

  /** A gap between two names side by side on a signature line: a tab or a run of spaces. */
  private static final java.util.regex.Pattern GAP =
      java.util.regex.Pattern.compile("\\t|[ \\u3000]{2,}");

  /**
   * Joint issuers signed side by side, the left name wrapped onto the line below ({@code
   * 唐山市“一港双城”（城镇化）\t唐山市行政审批局} / {@code 工作委员会办公室}): the names in reading order, the left one whole;
   * else null.
   */
  static List<String> names(Block line, String below) {
    return line.lines().size() == 1 ? names(line.lines().get(0).text(), below) : null;
  }

  /** The names of a block of two signature lines kept together as rows of cells, or null. */
  static List<String> twoLines(Block b) {
    return b.lines().size() == 2
        ? names(b.lines().get(0).text(), b.lines().get(1).text().strip())
        : null;
  }

  /** {@link #names(Block, String)} of a signature line's text. */
  static List<String> names(String line, String below) {
    String[] cells = GAP.split(line.strip());
    if (GAP.matcher(below.strip()).find()) {
      return cells.length < 2 ? null : paired(cells, GAP.split(below.strip()));
    }
    if (cells.length < 2) {
      cells = glued(Cjk.squeeze(cells[0]), Cjk.squeeze(below));
      if (cells == null) {
        return null;
      }
    }
    List<String> names = new ArrayList<>();
    names.add(cells[0].strip() + below.strip());
    for (int i = 1; i < cells.length; i++) {
      names.add(cells[i].strip());
    }
    for (String n : names) {
      if (!Patterns.isOrgName(Cjk.fold(Cjk.squeeze(n)))) {
        return null;
      }
    }
    return Patterns.isOrgName(Cjk.fold(Cjk.squeeze(cells[0]))) ? null : names;
  }

  /**
   * Names side by side over two lines of cells, each name that does not read whole on the first
   * line completed by the next cell of the second ({@code 长沙县住房 | 长沙县财政局 | 长沙县} / {@code 和城乡建设局 |
   * 自然资源局}); null unless every cell finds its place and every name reads as an organ's.
   */
  private static List<String> paired(String[] top, String[] bottom) {
    List<String> names = new ArrayList<>();
    int next = 0;
    for (String cell : top) {
      String name = Cjk.squeeze(cell);
      if (!Patterns.isOrgName(Cjk.fold(name))) {
        if (next >= bottom.length) {
          return null;
        }
        name += Cjk.squeeze(bottom[next++]);
        if (!Patterns.isOrgName(Cjk.fold(name))) {
          return null;
        }
      }
      names.add(name);
    }
    return next == bottom.length && next > 0 ? names : null;
  }
}
