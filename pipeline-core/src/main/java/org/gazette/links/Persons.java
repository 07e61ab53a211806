package org.gazette.links;

import java.util.ArrayList;
import java.util.List;

/** Persons' names as 任免 statements print them: alone, with 同志 or a title, in 、 lists. */
final class Persons {
  private Persons() {}

  /** A personal name: two to four Chinese characters, or a transcribed name with a middle dot. */
  static final String NAME =
      "(?:"
          + org.gazette.text.Cjk.HAN_CLASS
          + "{2,4}|"
          + org.gazette.text.Cjk.HAN_CLASS
          + "{1,8}[·•．]"
          + org.gazette.text.Cjk.HAN_CLASS
          + "{1,8})";

  /** What may follow a name: 同志, or a title it is addressed by. */
  static final String HONOUR = "(?:同志|先生|女士|大使|教授|院士|将军|博士)";

  /**
   * A note on the person printed after the name in brackets: sex and/or nationality ({@code （女）},
   * {@code （女，满族）}, {@code （回族）}); not part of the name.
   */
  static final String NOTE =
      "(?:[（(](?:女|男|"
          + org.gazette.text.Cjk.HAN_CLASS
          + "{1,4}族)(?:[，,、](?:女|男|"
          + org.gazette.text.Cjk.HAN_CLASS
          + "{1,4}族))?[）)])";

  /** A name with what may follow it. */
  private static final String NAMED = NAME + NOTE + "?" + HONOUR + "?";

  static final String NAMES = NAMED + "(?:、" + NAMED + ")*";

  /** True when a unit's name can start at {@code at} ({@code 县…}, {@code 中共…}, {@code 国家…}). */
  static boolean unitStart(String s, int at) {
    return at < s.length() && UNIT_START.matcher(s).region(at, s.length()).lookingAt();
  }

  private static final java.util.regex.Pattern UNIT_START =
      java.util.regex.Pattern.compile("中共|中国|国家|国务院|全国|省|市|县|区|州|盟|旗|乡|镇|街道|村|党|团");

  /** The names of a 、 list, each without its 同志 or title. */
  static List<String> names(String list) {
    List<String> out = new ArrayList<>();
    for (String n : list.split("、")) {
      out.add(n.replaceAll(HONOUR + "$", "").replaceAll(NOTE + "$", ""));
    }
    return out;
  }
}
