package org.gazette.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A heading label at the start of a paragraph and the numbering system it belongs to.
 *
 * @param style the numbering system
 * @param number the label's value (一 → 1, （三） → 3, 2.1.3 → 3)
 * @param path for decimal labels, the components before the last ("2.1" for 2.1.3), else null
 * @param label the label as printed, e.g. {@code 一、}, {@code （一）}, {@code 第三条}
 * @param rest the text after the label
 */
public record Label(Style style, int number, String path, String label, String rest) {

  /** Numbering systems, with the rank that orders them when a document mixes them. */
  public enum Style {
    CHAPTER(0),
    PART(1),
    ARTICLE(2),
    DIVISION(5),
    CN(10),
    DEC1(12),
    PCN(20),
    DEC2(22),
    DEC3(24),
    DEC4(26),
    NUM_DOT(30),
    NUM_DUN(30),
    PNUM(40),
    CIRC(50);

    /** Lower ranks are outer levels in the usual GB/T 9704 order 一、 → （一） → 1. → （1） → ①. */
    public final int rank;

    Style(int rank) {
      this.rank = rank;
    }

    /** True for the 第X章/第X节/第X条 family. */
    public boolean structural() {
      return this == CHAPTER || this == PART || this == ARTICLE;
    }
  }

  /** Characters a label can start with (besides digits and circled numbers). */
  private static final String LABEL_START = "一二三四五六七八九十百零〇两(（第-•●";

  private static final String CN_NUM = "[一二三四五六七八九十百零〇两]{1,5}";

  /** {@code 第三章 总则}, {@code 第十二条 本办法…}; not {@code 第十二条规定} (a citation). */
  /**
   * {@code 第二条　中华人民共和国…}: a label set apart by a space is a heading whatever follows it; only a
   * label glued to its text is checked against citations ({@code 第二条中规定}).
   */
  private static final Pattern STRUCT_SPACED =
      Pattern.compile("^(第(" + CN_NUM + "|\\d{1,3})([章节条]))[ \\t\\u3000]+(\\S.*)$");

  private static final Pattern STRUCT =
      Pattern.compile("^(第(" + CN_NUM + "|\\d{1,3})([章节条]))(?!规定|[的之至和及或中所、，])\\s*(.*)$");

  /** {@code 第一部分 总体要求}: a division above 一、 (long reports and plans). */
  /**
   * A chapter's name printed without its number, as older rules set their first and last chapter
   * ({@code 总则} before 第一章, {@code 附则} after the last): a chapter only where the text has numbered
   * ones.
   */
  public static final Pattern CHAPTER_NAME = Pattern.compile("^(总则|附则)$");

  private static final Pattern DIVISION = Pattern.compile("^(第(" + CN_NUM + ")部分)[\\s、：:]*(.*)$");

  private static final Pattern CN = Pattern.compile("^((" + CN_NUM + ")[、，,.．])\\s*(.*)$");
  private static final Pattern PCN =
      Pattern.compile("^([(（]\\s*(" + CN_NUM + ")\\s*[)）])\\s*(.*)$");
  private static final Pattern DEC =
      Pattern.compile("^((\\d{1,2}(?:[.．]\\d{1,2}){1,3}))(?![.．]?\\d)[.．、]?\\s*(\\D.*)$");
  private static final Pattern NUM = Pattern.compile("^((\\d{1,3})([.．、]))(?!\\d)\\s*(.*)$");
  private static final Pattern PNUM = Pattern.compile("^([(（]\\s*(\\d{1,3})\\s*[)）])\\s*(.*)$");
  private static final Pattern CIRC = Pattern.compile("^([\\u2460-\\u2473])\\s*(.*)$");

  /**
   * {@code 1 总则}: a decimal plan's first level; short, no digits or sentence punctuation after it.
   */
  private static final Pattern DEC1 =
      Pattern.compile("^(\\d{1,2})[ \\u3000\\t]+([^\\d\\s。，；：,;:]{2,30})$");

  private static final Pattern BULLET = Pattern.compile("^[-•●]\\s+");

  /** {@code 总则} or {@code 总 则}, not {@code 政府办 薛高斌} (cells of a linearised table row). */
  private static boolean letterSpacedOrSingle(String rest) {
    String[] tokens = rest.strip().split("[ \u3000\t]+");
    if (tokens.length == 1) {
      return true;
    }
    for (String t : tokens) {
      if (t.codePointCount(0, t.length()) > 1) {
        return false;
      }
    }
    return true;
  }

  /**
   * The label at the start of {@code raw} (a paragraph's first raw line), or null.
   *
   * @param raw the raw first line, stripped
   * @param allowDec1 whether {@code 1 总则} counts (only in documents that also have 1.1 labels)
   */
  public static Label parse(String raw, boolean allowDec1) {
    if (raw.isEmpty()
        || LABEL_START.indexOf(raw.charAt(0)) < 0
            && !Character.isDigit(raw.charAt(0))
            && !(raw.charAt(0) >= 0x2460 && raw.charAt(0) <= 0x2473)) {
      return null;
    }
    String s = BULLET.matcher(raw).replaceFirst("");
    if (allowDec1) {
      Matcher m = DEC1.matcher(Cjk.collapseSpacesKeepingLead(s));
      if (m.matches() && letterSpacedOrSingle(s.replaceFirst("^\\d+\\s+", ""))) {
        return new Label(
            Style.DEC1,
            Integer.parseInt(m.group(1)),
            null,
            m.group(1),
            Cjk.collapseSpaces(m.group(2)));
      }
    }
    String c = Cjk.collapseSpaces(s);
    Matcher spaced = STRUCT_SPACED.matcher(s);
    if (spaced.matches()) {
      Style st = structStyle(spaced.group(3));
      return new Label(
          st,
          ChineseNumber.parse(spaced.group(2)),
          null,
          spaced.group(1),
          Cjk.collapseSpaces(spaced.group(4)));
    }
    Matcher m = STRUCT.matcher(c);
    if (m.matches()) {
      return new Label(
          structStyle(m.group(3)), ChineseNumber.parse(m.group(2)), null, m.group(1), m.group(4));
    }
    m = DIVISION.matcher(c);
    if (m.matches()) {
      return new Label(
          Style.DIVISION, ChineseNumber.parse(m.group(2)), null, m.group(1), m.group(3));
    }
    m = CN.matcher(c);
    if (m.matches()
        && ChineseNumber.parse(m.group(2)) > 0
        && !m.group(1).endsWith("，")
        && !m.group(1).endsWith(",")) {
      return new Label(Style.CN, ChineseNumber.parse(m.group(2)), null, m.group(1), m.group(3));
    }
    m = PCN.matcher(c);
    if (m.matches()) {
      return new Label(Style.PCN, ChineseNumber.parse(m.group(2)), null, m.group(1), m.group(3));
    }
    m = DEC.matcher(c);
    if (m.matches()) {
      String[] parts = m.group(2).split("[.．]");
      Style st = parts.length == 2 ? Style.DEC2 : parts.length == 3 ? Style.DEC3 : Style.DEC4;
      String path =
          m.group(2).substring(0, m.group(2).length() - parts[parts.length - 1].length() - 1);
      return new Label(
          st,
          Integer.parseInt(parts[parts.length - 1]),
          path.replace('．', '.'),
          m.group(1),
          m.group(3));
    }
    m = NUM.matcher(c);
    if (m.matches()) {
      Style st = m.group(3).equals("、") ? Style.NUM_DUN : Style.NUM_DOT;
      return new Label(st, Integer.parseInt(m.group(2)), null, m.group(1), m.group(4));
    }
    m = PNUM.matcher(c);
    if (m.matches() && !yearOfNumber(c)) {
      return new Label(Style.PNUM, Integer.parseInt(m.group(2)), null, m.group(1), m.group(3));
    }
    m = CIRC.matcher(c);
    if (m.matches()) {
      return new Label(
          Style.CIRC,
          ChineseNumber.circled(m.group(1).codePointAt(0)),
          null,
          m.group(1),
          m.group(2));
    }
    return null;
  }

  /** A 字号 with its year in brackets opening the text: {@code (77)水电水字第79号函悉}, no label. */
  private static boolean yearOfNumber(String c) {
    org.gazette.model.DocNumber n = DocNumbers.find(c);
    return n != null && c.startsWith(n.raw());
  }

  private static Style structStyle(String unit) {
    return switch (unit) {
      case "章" -> Style.CHAPTER;
      case "节" -> Style.PART;
      default -> Style.ARTICLE;
    };
  }
}
