package org.gazette.links;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.model.Appointment;
import org.gazette.text.Dates;

/**
 * 任免 statements, one record per person and post. The forms read:
 *
 * <ul>
 *   <li>verb first: {@code 任命张三、李四为县教育局副局长}, {@code 免去张三的县教育局局长职务}, {@code 免去其…职务} (其: the person
 *       of the statement before), {@code 聘任…为}, {@code 解聘…}, {@code 提名…为};
 *   <li>person first, in 任免 documents: {@code 张三同志任中共某县委员会委员、书记}, {@code 张三兼任…}, and under a verb
 *       heading ({@code 任命：} / {@code 一、免去}) {@code 张三为…} or {@code 张三…职务}.
 * </ul>
 *
 * A statement ends at ；。 or a line break; a 免去 clause after a comma is a statement of its own.
 */
final class Appointments {
  private static final String ASSIGN = "决定任命|批准任命|任命|聘任|聘用|提名|推荐|批准";

  private static final String REMOVE = "决定免去|免去|解聘|撤销";

  /** Words that may stand before a statement's verb: {@code 兹特任命…}. */
  private static final String PRE = "(?:兹特|兹|特|现|并|另|再|同时|经研究决定|研究决定|决定)?";

  /** {@code 任命张三为…}. */
  private static final Pattern VERB_FIRST =
      Pattern.compile(PRE + "(" + ASSIGN + ")(" + Persons.NAMES + ")(?:为|担任|出任)(.+)");

  /** Who appoints, before the verb: {@code 中国政府日前任命…}, {@code 中方已任命…}. */
  private static final Pattern SUBJECT =
      Pattern.compile(
          org.gazette.text.Cjk.HAN_CLASS
              + "{0,10}?(?:政府|中方|国务院|常委会|委员会|党委|党组|部|局)?(?:已|日前|近日|正式)?");

  /** {@code 张三同志…} after a removal verb. */
  private static final Pattern NAMED = Pattern.compile("(" + Persons.NAMES + ")同志(.+)");

  /** {@code 张三已被免去…职务}. */
  private static final Pattern PASSIVE =
      Pattern.compile(
          "("
              + Persons.NAMES.replace("{2,4}", "{2,4}?")
              + ")(?:已经|已)?被("
              + REMOVE
              + "|任命|聘任)(?:为)?(.+?)(?:职务|职)?");

  /** {@code 免去张三的…职务}, {@code 免去其…职务}. */
  private static final Pattern REMOVE_FIRST =
      Pattern.compile(PRE + "(" + REMOVE + ")(.+?)(?:职务|职)?");

  /** After a comma, what starts a statement of its own: a verb, or a name and 为/任. */
  private static final Pattern NEXT_STATEMENT =
      Pattern.compile(
          PRE + "(?:" + ASSIGN + "|" + REMOVE + "|免|" + Persons.NAMES + "(?:为|任|兼任|担任))");

  /** {@code 张三同志任…}, {@code 张三兼任…}. */
  private static final Pattern PERSON_FIRST =
      Pattern.compile("(" + Persons.NAMES + ")(任命为|聘任为|聘为|兼任|担任|任(?![命免])|为)(.+)");

  /** A verb heading: {@code 任命：}, {@code 一、免去}, {@code 免职}. */
  private static final Pattern HEADING =
      Pattern.compile("(?:[一二三四五六七八九十]+、|\\(?[一二三四五六七八九十]+\\)|\\d+[.、．])?(任命|免去|任职|免职|聘任|解聘)[：:]?");

  /** Text before a colon that ends in a verb: {@code 经研究，决定任命}. */
  private static final Pattern HEADING_END = Pattern.compile(".*?(任命|免去|任职|免职|聘任|解聘)$");

  /** From when a statement takes effect. */
  private static final Pattern EFFECTIVE = Pattern.compile("自(.{6,14}?日)起");

  /** The statement of the last record read: who 其 is. */
  private String lastPerson;

  /** The verb of the heading the statements stand under, or null. */
  private String heading;

  /** The verb of the sentence's first statement, carried to the clauses after it, or null. */
  private String sentenceVerb;

  /** The unit the sentence's last statement named, carried to clauses that name none, or null. */
  private String sentenceUnit;

  /** Reads person-first statements too (the document is a 任免 document). */
  private final boolean personFirst;

  Appointments(boolean personFirst) {
    this.personFirst = personFirst;
  }

  /** The statements of paragraph {@code p}, read in order with those before it. */
  List<Appointment> read(LinedText p) {
    List<Appointment> out = new ArrayList<>();
    String t = p.text();
    Matcher h = HEADING.matcher(t);
    if (h.matches()) {
      heading = h.group(1);
      return out;
    }
    int from = 0;
    for (int i = 0; i <= t.length(); i++) {
      boolean end = i == t.length() || "；;。".indexOf(t.charAt(i)) >= 0;
      boolean comma =
          i < t.length()
              && (t.charAt(i) == '，' || t.charAt(i) == ',')
              && Verbs.mayFollow(t, from, i, sentenceVerb != null || heading != null)
              && NEXT_STATEMENT.matcher(t).region(i + 1, t.length()).lookingAt();
      if (end || comma) {
        statement(p, from, i, out);
        from = i + 1;
      }
      if (end) {
        sentenceVerb = null;
        sentenceUnit = null;
      }
    }
    return out;
  }

  private void statement(LinedText p, int from, int to, List<Appointment> out) {
    String s = p.text().substring(from, to);
    if (heading == null
        && sentenceVerb == null
        && !(personFirst ? Verbs.in(s, false) : Verbs.strong(s))) {
      return; // no verb of a 任免 statement in it: nothing to read (most sentences)
    }
    int colon = Math.max(s.lastIndexOf('：'), s.lastIndexOf(':'));
    if (colon >= 0) {
      Matcher h = HEADING_END.matcher(s.substring(0, colon));
      if (h.matches()) {
        heading = h.group(1); // 任命：张三为…, 经研究决定，任命：
      }
      if (colon == s.length() - 1) {
        return;
      }
      from += colon + 1; // 经研究决定：…
      s = s.substring(colon + 1);
    }
    String effective = null;
    Matcher e = EFFECTIVE.matcher(s);
    if (e.find()) {
      effective = Dates.findIso(e.group(1));
    }
    // verb first, from the statement's start or after its subject (中国政府日前任命…)
    int subject = subjectEnd(s);
    Matcher m = VERB_FIRST.matcher(s);
    boolean verbFirst = m.matches();
    int at = 0;
    if (!verbFirst && subject > 0) {
      m = VERB_FIRST.matcher(s.substring(subject));
      verbFirst = m.matches();
      at = subject;
    }
    if (verbFirst) {
      add(
          p,
          from + at,
          m.start(2),
          m.group(1),
          Persons.names(m.group(2)),
          m.group(3),
          effective,
          s,
          out);
      return;
    }
    m = PASSIVE.matcher(s);
    if (m.matches()) {
      if (m.group(2).equals("任命") || m.group(2).equals("聘任")) {
        add(p, from, 0, m.group(2), Persons.names(m.group(1)), m.group(3), effective, s, out);
      } else {
        removal(p, from, 0, m.group(2), m.group(1) + "的" + m.group(3), effective, s, out);
      }
      return;
    }
    m = REMOVE_FIRST.matcher(s);
    if (m.matches()) {
      removal(p, from, m.start(2), m.group(1), m.group(2), effective, s, out);
      return;
    }
    if (!personFirst && sentenceVerb == null) {
      return;
    }
    m = PERSON_FIRST.matcher(s);
    if (m.matches()) {
      String verb = m.group(2).replaceAll("(.)为$", "$1");
      if (verb.equals("为")) {
        verb = sentenceVerb != null ? sentenceVerb : heading != null ? heading : verb;
      }
      add(p, from, 0, verb, Persons.names(m.group(1)), m.group(3), effective, s, out);
    } else if (heading != null && (heading.startsWith("免") || heading.equals("解聘"))) {
      removal(p, from, 0, heading, s, effective, s, out);
    }
  }

  /**
   * Where the verb of a statement with its subject in front starts ({@code 中国政府日前任命…}: after {@code
   * 日前}), or -1.
   */
  private static int subjectEnd(String s) {
    for (String v : new String[] {"任命", "聘任"}) {
      int at = s.indexOf(v);
      if (at > 0 && SUBJECT.matcher(s.substring(0, at)).matches()) {
        return at;
      }
    }
    return -1;
  }

  /** {@code rest} after a removal verb: persons (or 其), an optional 的, the posts. */
  private void removal(
      LinedText p,
      int from,
      int at,
      String verb,
      String rest,
      String effective,
      String s,
      List<Appointment> out) {
    rest = rest.replaceAll("(职务|职)$", "");
    if (rest.startsWith("其") && lastPerson != null) {
      add(p, from, at, verb, List.of(lastPerson), rest.substring(1), effective, s, out);
      return;
    }
    int de = rest.indexOf('的');
    if (de >= 2 && rest.substring(0, de).matches(Persons.NAMES)) {
      add(
          p,
          from,
          at,
          verb,
          Persons.names(rest.substring(0, de)),
          rest.substring(de + 1),
          effective,
          s,
          out);
      return;
    }
    Matcher m = NAMED.matcher(rest);
    if (m.matches()) {
      add(p, from, at, verb, Persons.names(m.group(1)), m.group(2), effective, s, out);
      return;
    }
    // no 的: the name is two or three characters, the shorter one when a unit can start after it
    int len = Persons.unitStart(rest, 2) || !Persons.unitStart(rest, 3) ? 2 : 3;
    if (rest.length() > len + 1) {
      add(
          p,
          from,
          at,
          verb,
          List.of(rest.substring(0, len)),
          rest.substring(len),
          effective,
          s,
          out);
    }
  }

  private void add(
      LinedText p,
      int from,
      int at,
      String verb,
      List<String> persons,
      String posts,
      String effective,
      String s,
      List<Appointment> out) {
    List<Posts.Post> list = Posts.parse(EFFECTIVE.matcher(posts).replaceAll(""), sentenceUnit);
    if (list.isEmpty()) {
      return;
    }
    sentenceVerb = verb;
    sentenceUnit = list.get(list.size() - 1).organisation();
    int line = p.line(from + at);
    for (String person : persons) {
      for (Posts.Post post : list) {
        out.add(
            new Appointment(
                person,
                verb,
                post.position(),
                post.organisation(),
                post.qualifier(),
                effective,
                line,
                s));
      }
      lastPerson = person;
    }
  }
}
