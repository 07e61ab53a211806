package org.gazette.links;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.model.OrgList;
import org.gazette.text.Words;

/**
 * Lists of units under a label that ends in 单位 or 部门 ({@code 责任单位：县发改局、县财政局}, {@code
 * （牵头单位：县发改局；配合单位：县财政局、各乡镇）}). A list runs to the closing bracket, the full stop, the next label or
 * the end of the paragraph; its units are split at 、，,；/ and at 和/及 between two unit names.
 */
final class OrgLists {
  /** A label: a short qualifier, then 单位 or 部门, then a colon. */
  private static final Pattern LABEL =
      Pattern.compile(
          "(?:^|[（(〔【\\[；;，,。：:])("
              + org.gazette.text.Cjk.HAN_CLASS
              + "{1,6}?(?:单位|部门)(?:及责任人)?)(?:包括|有|为)?[：:]");

  /** A list that is a sentence about units, not a list of them ({@code 第一项由县发改局负责}). */
  private static final Pattern PROSE = Pattern.compile(".*(由|负责|第[一二三四五六七八九十\\d]+项).*");

  /** Any label: a few characters and a colon. */
  private static final Pattern ANY_LABEL =
      Pattern.compile(org.gazette.text.Cjk.HAN_CLASS + "{2,6}[：:]");

  /** Where a list stops: a closing bracket or a full stop. */
  private static final String STOPS = "）)〕。】]";

  /** A unit name's end: joined to the next by 和 or 及, the two are two units. */
  private static final Pattern UNIT_END =
      Pattern.compile(".*(" + Words.ORG_SUFFIXES + "|单位|部门|政府|乡镇|街道|社区|企业|机构|组织)$");

  private OrgLists() {}

  /** The lists in {@code p}, in order. */
  static List<OrgList> find(LinedText p) {
    String t = p.text();
    List<OrgList> out = new ArrayList<>();
    if (!labelled(t, "单位") && !labelled(t, "部门")) {
      return out; // no 单位/部门 followed by a colon: no label
    }
    Matcher m = LABEL.matcher(t);
    List<int[]> labels = new ArrayList<>();
    while (m.find()) {
      labels.add(new int[] {m.start(1), m.end(1), m.end()});
    }
    for (int k = 0; k < labels.size(); k++) {
      int[] l = labels.get(k);
      int limit = k + 1 < labels.size() ? labels.get(k + 1)[0] : t.length();
      int end = l[2];
      int depth = 0; // brackets opened inside the list (各乡（镇）人民政府)
      for (; end < limit; end++) {
        char c = t.charAt(end);
        if (c == '（' || c == '(') {
          depth++;
        } else if (depth > 0 && (c == '）' || c == ')')) {
          depth--;
        } else if (STOPS.indexOf(c) >= 0 || (depth == 0 && nextLabel(t, end))) {
          break;
        }
      }
      String list = t.substring(l[2], end);
      List<String> units = PROSE.matcher(list).matches() ? List.of() : split(list);
      if (!units.isEmpty()) {
        out.add(new OrgList(t.substring(l[0], l[1]), units, p.line(l[0])));
      }
    }
    return out;
  }

  /** True when {@code word} stands in {@code t} with a colon within a few characters after it. */
  private static boolean labelled(String t, String word) {
    for (int at = t.indexOf(word); at >= 0; at = t.indexOf(word, at + 1)) {
      for (int k = at + word.length(); k < Math.min(t.length(), at + word.length() + 6); k++) {
        if (t.charAt(k) == '：' || t.charAt(k) == ':') {
          return true;
        }
      }
    }
    return false;
  }

  /** True when a separator at {@code at} is followed by another label ({@code ，完成时限：}). */
  private static boolean nextLabel(String t, int at) {
    return "，,；;".indexOf(t.charAt(at)) >= 0
        && ANY_LABEL.matcher(t).region(at + 1, t.length()).lookingAt();
  }

  /** The units of a list's text, split at separators and at 和/及 between two units. */
  static List<String> split(String s) {
    List<String> out = new ArrayList<>();
    for (String part : s.split("[、，,；;/]")) {
      String u = part.strip();
      u = u.replaceAll("等$", "");
      if (u.isEmpty()) {
        continue;
      }
      out.addAll(conjoined(u));
    }
    return out;
  }

  /** {@code 县发改局和县财政局} as two units; a name with 和 inside it stays whole. */
  private static List<String> conjoined(String u) {
    for (int i = 1; i < u.length() - 1; i++) {
      char c = u.charAt(i);
      if ((c == '和' || c == '及')
          && UNIT_END.matcher(u.substring(0, i)).matches()
          && u.length() - i - 1 >= 2) {
        List<String> out = new ArrayList<>();
        out.add(u.substring(0, i));
        out.addAll(conjoined(u.substring(i + 1)));
        return out;
      }
    }
    return List.of(u);
  }
}
