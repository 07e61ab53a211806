package org.gazette.links;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The posts of a 任免 statement ({@code 中共某县委员会委员、书记，某县人民政府县长（试用期一年）}) as units and posts: each
 * item's post is its longest ending that names a post ({@code 副局长}, {@code 四级调研员}), the rest is its
 * unit; an item without a unit of its own takes the unit printed before it, and a short body inside
 * that unit ({@code 党组}) is joined to it.
 */
final class Posts {
  /** A post: a grade or 副, then the post's name. */
  private static final Pattern POST =
      Pattern.compile(
          "(?:[一二三四五六七八九十]级|第一|常务|专职|执行|代理|首席)?(?:副)?"
              + "(?:书记|委员|常委|常务委员|局长|主任|组长|部长|厅长|处长|科长|所长|站长|院长|校长|馆长|社长|队长|庭长|行长"
              + "|会长|理事长|秘书长|主席|市长|县长|区长|镇长|乡长|村长|省长|州长|旗长|盟长|总理|委员长|主任委员|主任科员"
              + "|科员|调研员|巡视员|督察长|检察长|检察员|审判员|审判长|干事|专员|秘书|参事|政委|政治委员|教导员|指导员"
              + "|经理|总经理|董事长|董事|监事|总监|大使|领事|总领事|公使|参赞|代表|院士|教授|研究员|工程师"
              + "|总工程师|总会计师|总经济师|司令员|司令|参谋长|军长|师长|旅长|团长|营长|连长|排长|主任医师|成员|部务委员|审计长|署长|司长|特派员|特使|特别代表|部长助理|助理"
              + "|督学|总督学|馆员|会计|出纳|主管|负责人|召集人|联络员|辅导员)");

  /** At least the longest text {@link #POST} matches: only an item's ending this long is tried. */
  private static final int POST_MAX = 16;

  /** A unit's last word. */
  private static final String UNIT_WORDS =
      org.gazette.text.Words.ORG_SUFFIXES + "|组|社|院|党委|党组|支部|总支|工委|政府|公司|集团|中心|学校|医院";

  private static final Pattern UNIT_END = Pattern.compile(".*(" + UNIT_WORDS + ")");

  private static final Pattern UNIT_WORD = Pattern.compile("(" + UNIT_WORDS + ")");

  /** A qualifier printed in brackets after a post. */
  private static final Pattern QUALIFIER =
      Pattern.compile("[（(]([^（()）]*(?:试用期|挂职|兼|级|任期|保留|主持|正处|副处|正科|副科|借调|代理|不占)[^（()）]*)[）)]");

  /** Longest text before a post that names a body inside the unit before it, not a unit. */
  private static final int INNER_BODY = 3;

  private Posts() {}

  /** One post: its unit (or null), its name, and its qualifier (or null). */
  record Post(String organisation, String position, String qualifier) {}

  /** The posts of {@code s}, with {@code unit} the unit printed before them, or null. */
  static List<Post> parse(String s, String unit) {
    List<Post> out = new ArrayList<>();
    String org = unit;
    for (String raw : s.split("[、，,]|兼任|兼")) {
      String item = raw.strip();
      String qualifier = null;
      Matcher q = QUALIFIER.matcher(item);
      if (q.find()) {
        qualifier = q.group(1);
        item = (item.substring(0, q.start()) + item.substring(q.end())).strip();
      }
      item = item.replaceAll("(职务|职)$", "").replaceFirst("^(首任|新任|前任)", "");
      String post = post(item);
      if (post == null) {
        continue;
      }
      String own = item.substring(0, item.length() - post.length());
      int cut = unitEnd(own);
      if (cut > 0 && cut < own.length()) {
        post = own.substring(cut) + post; // 中国外交部 | 阿富汗事务特使, 中国 | 驻东盟大使
        own = own.substring(0, cut);
      }
      if (own.length() > INNER_BODY || (org == null && !own.isEmpty())) {
        org = own;
      } else {
        post = own + post; // 纪委书记, 纪检委员: a post under the unit before it
      }
      out.add(new Post(org, post, qualifier));
    }
    return out;
  }

  /**
   * Where the unit ends in the text before a post: at its end when it ends like a unit, else after
   * the last unit word in it ({@code 中国外交部阿富汗事务} → after {@code 外交部}) or before a 驻 ({@code 中国驻东盟}
   * → {@code 中国}); 0 when nothing tells.
   */
  static int unitEnd(String own) {
    if (own.isEmpty() || UNIT_END.matcher(own).matches()) {
      return own.length();
    }
    Matcher m = UNIT_WORD.matcher(own);
    int end = 0;
    while (m.find()) {
      end = m.end();
    }
    int resident = own.lastIndexOf('驻');
    return resident > end ? resident : end;
  }

  /** The longest ending of {@code item} that names a post, or null. */
  static String post(String item) {
    for (int i = Math.max(0, item.length() - POST_MAX); i < item.length(); i++) {
      if (POST.matcher(item.substring(i)).matches()) {
        return item.substring(i);
      }
    }
    return null;
  }
}
