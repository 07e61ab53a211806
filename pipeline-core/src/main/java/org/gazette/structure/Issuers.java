package org.gazette.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.gazette.segment.Head;
import org.gazette.text.Patterns;

/** Who issued a document: the issuer lines above its title, or the organ named before 关于. */
final class Issuers {
  private Issuers() {}

  /** The issuer line (a 版头 masthead 某某省人民政府文件 names it too), or the prefix before 关于. */
  static String of(DocBlocks d, Head h, String title) {
    if (h.issuer() >= 0) {
      List<String> names = new ArrayList<>();
      for (int k = h.issuer(); k < Math.max(h.issuer() + 1, h.titleFrom()); k++) {
        if (k > h.issuer() && !Patterns.isOrgLine(d.at(k).folded())) {
          break;
        }
        names.add(d.text(k).replaceFirst("文件$", ""));
      }
      return String.join("、", names);
    }
    Matcher m = Patterns.PREFIX_BEFORE_ABOUT.matcher(title);
    return m.find() && Patterns.isOrgLine(m.group(1)) ? m.group(1) : null;
  }
}
