package org.gazette.layout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.model.SourceLine;
import org.gazette.text.Cjk;
import org.gazette.text.Patterns;

/** Headings inside a flattened page: chapters and articles of a 办法, first-level headings. */
final class FlatHeadings {
  private FlatHeadings() {}

  /** Longest attachment label read apart from a title beside it ({@code （附件十二）} and spaces). */
  private static final int ATTACHMENT_LABEL_MAX = 12;

  private static final String CN_ORDINAL = "(?:[一二三四五六七八九十百零〇]{1,6}|\\d{1,3})";

  /** A chapter or section label with its short title, before the next article or section label. */
  private static final Pattern CHAPTER_HEAD =
      Pattern.compile(
          "(第"
              + CN_ORDINAL
              + "[章节])[ \\t\\u3000\\u00a0]+([^第。]{1,20}?)[ \\t\\u3000\\u00a0]*(?=第"
              + CN_ORDINAL
              + "[条节])");

  /** An article label followed by a space. */
  private static final Pattern ARTICLE_HEAD =
      Pattern.compile("(第" + CN_ORDINAL + "条)[ \\t\\u3000\\u00a0]+");

  /**
   * A first-level heading of 2–14 characters (group 1, its label included) glued to what follows: a
   * sub-item label ({@code （一）}, {@code 1.}) or a date.
   */
  private static final Pattern GLUED_HEADING =
      Pattern.compile(
          "([一二三四五六七八九十]{1,3}、[^，。；：、（(0-9]{2,14}?)"
              + "(?=[（(][一二三四五六七八九十]{1,3}[）)]|\\d{1,2}[.．、]\\p{IsHan}|(?:19|20)\\d{2}年)");

  /** A line that opens with a chapter heading and runs on into the chapter's first article. */
  private static final Pattern CHAPTER_THEN_ARTICLE =
      Pattern.compile(
          "^[\\s\\p{Z}]*第"
              + CN_ORDINAL
              + "章[\\s\\p{Z}]*[^第。，；]{1,20}?[\\s\\p{Z}]+(?=第"
              + CN_ORDINAL
              + "条[\\s\\p{Z}])");

  /**
   * {@code line} as the lines it holds: a chapter heading and the chapter's first article set on
   * one line ({@code 第一章　总则　　第一条　为规范…}) are two, both of the line's number, and so are an
   * attachment's label and its title set side by side ({@code 附件5⇥2015年…招生计划}, as a scan's row
   * reads them); any other line is itself.
   */
  static java.util.List<SourceLine> labelsApart(SourceLine line) {
    String text = line.text();
    int tab = text.indexOf('\t');
    if (tab > 0
        && tab < ATTACHMENT_LABEL_MAX
        && text.indexOf('\t', tab + 1) < 0
        && !text.substring(tab + 1).isBlank()
        && Patterns.ATTACHMENT_BARE.matcher(Cjk.fold(text.substring(0, tab)).strip()).matches()) {
      return java.util.List.of(
          new SourceLine(line.number(), text.substring(0, tab).stripTrailing()),
          new SourceLine(line.number(), text.substring(tab + 1).strip()));
    }
    Matcher m = text.indexOf('章') < 0 ? null : CHAPTER_THEN_ARTICLE.matcher(text);
    if (m == null || !m.lookingAt()) {
      return java.util.List.of(line);
    }
    return java.util.List.of(
        new SourceLine(line.number(), text.substring(0, m.end()).stripTrailing()),
        new SourceLine(line.number(), text.substring(m.end())));
  }

  /**
   * Chapters and articles of a flattened 办法 or 细则 ({@code 暂行办法第一章 总 则第一条 为…}): each label starts a
   * piece, a chapter keeps its short title (spaces inside it dropped), an article its text. A label
   * counts only where a space follows it, as in the exports; a citation ({@code 本办法第五条规定}) has
   * none.
   */
  static String apart(String text) {
    if (text.indexOf('第') < 0) {
      return text;
    }
    Matcher c = CHAPTER_HEAD.matcher(text);
    String s =
        c.replaceAll(
            m ->
                Matcher.quoteReplacement(
                    " "
                        + m.group(1)
                        + Unflattener.SPACES.matcher(m.group(2)).replaceAll("")
                        + " "));
    return ARTICLE_HEAD.matcher(s).replaceAll(" $1");
  }

  /**
   * Where a first-level heading glued to its first paragraph ends ({@code 二、职责分工1.区公安局…}, {@code
   * 三、活动时间2021年6月1日…}): before a sub-item label or a date within the heading's reach; -1 when there
   * is no such seam. A heading glued straight to its sentence ({@code 一、指导思想以习近平…}) is left whole:
   * a body opener cannot be told from a verb's object there.
   */
  static int end(String s) {
    Matcher m = GLUED_HEADING.matcher(s);
    return m.lookingAt() ? m.end(1) : -1;
  }
}
