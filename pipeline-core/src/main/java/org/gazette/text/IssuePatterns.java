package org.gazette.text;

import java.util.regex.Pattern;

/**
 * Named patterns for the parts of an issue around its documents: page labels, running headers,
 * banners, the cover's issue lines, the TOC's leaders and the colophon. Each applies to text folded
 * by {@link Cjk#fold} (NFKC, no whitespace) unless it says otherwise.
 */
public final class IssuePatterns {
  private IssuePatterns() {}

  private static final String DASH = "[" + Words.PAGE_DASHES + "]";
  private static final String DOT = "[" + Words.BANNER_DOTS + "]";
  private static final String NOT_DOT = "[^" + Words.BANNER_DOTS + "]";

  /**
   * A page label framed by dashes or dots: {@code -12-}, {@code —3—}, {@code ·40·}, OCR's {@code
   * 一3一}.
   */
  public static final Pattern PAGE_LABEL_FRAMED =
      Pattern.compile("^" + DASH + "{1,3}\\d{1,4}" + DASH + "{1,3}$|^一\\d{1,4}一$");

  /** A page label in words or as a fraction: {@code 第5页}, {@code 第5页/共9页}, {@code 5/9}. */
  public static final Pattern PAGE_LABEL_WORDS =
      Pattern.compile("^第\\d{1,4}页(/?共\\d{1,4}页)?$|^\\d{1,4}/\\d{1,4}$");

  /**
   * A page label in a page's head or foot band, where its position already says what it is: also a
   * bare number ({@code 12}); group 1 or 2 is the number.
   */
  public static final Pattern PAGE_LABEL_IN_BAND =
      Pattern.compile(
          "^["
              + Words.PAGE_DASHES
              + "一]{0,3}(\\d{1,4})["
              + Words.PAGE_DASHES
              + "一]{0,3}$|^第(\\d{1,4})页(/?共\\d{1,4}页)?$");

  /**
   * A page label glued inside a line of text, found with {@code find()} on the raw line: {@code
   * …工作。—1 —确保…}, {@code - 12 -各单位…}; never a range such as {@code 2021-2025}.
   */
  public static final Pattern PAGE_LABEL_GLUED =
      Pattern.compile(
          "(?<![\\d—－\\-–―])[—－\\-–―]{1,2}[ \\u3000]?\\d{1,4}[ \\u3000]?[—－\\-–―]{1,2}(?![\\d—－\\-–―])");

  /** A bare number: a page label only beside a header or in a counting sequence. */
  public static final Pattern BARE_NUMBER = Pattern.compile("^\\d{1,4}$");

  /** Contains an issue label, as running headers do: {@code 1/2023}, {@code 2023年第3期}. */
  public static final Pattern HAS_ISSUE_LABEL =
      Pattern.compile(
          ".*(\\d{1,2}/(19|20)\\d{2}|(19|20)\\d{2}[/.．]\\d{1,2}|第\\d{1,3}期|(19|20)\\d{2}年).*");

  /** An issue label alone on a line: {@code 2023年第5期}, {@code 第5期（总第80期）}. */
  public static final Pattern ISSUE_LABEL_ONLY =
      Pattern.compile("^((19|20)\\d{2}年?)?第\\d{1,3}期([(（]?总第\\d{1,5}期[)）]?)?$");

  /** Year and issue number: {@code 2023年第3期}; groups: year, issue. */
  public static final Pattern YEAR_ISSUE = Pattern.compile("((?:19|20)\\d{2})年?第(\\d{1,3})期");

  /** Total issue number: {@code 总第11期}; group 1. */
  public static final Pattern TOTAL_ISSUE = Pattern.compile("总第(\\d{1,5})期");

  /** A running header's issue: {@code 1/2023}; groups: issue, year. */
  public static final Pattern HEADER_ISSUE = Pattern.compile("(\\d{1,2})/((?:19|20)\\d{2})");

  /** Publication date: {@code 2023年9月30日出版}, {@code 出版日期：2023年9月30日}. */
  public static final Pattern PUBLISHED = Pattern.compile("(.*日)出版|出版(日期|时间)[:：]?(.*日)");

  /** A gazette's name alone on a line: {@code 稷山县人民政府公报}, {@code 山西政报}. */
  public static final Pattern GAZETTE_NAME = Pattern.compile("^(\\p{IsHan}{2,30}(公报|政报))$");

  /** A gazette's name inside a header line; group 1. */
  public static final Pattern GAZETTE_NAME_IN = Pattern.compile("(\\p{IsHan}{2,30}?(公报|政报))");

  /** A dotted banner inside a header, found with {@code find()}: {@code ·县政府办公室文件·}; group 1. */
  public static final Pattern DOT_BANNER = Pattern.compile(DOT + "(" + NOT_DOT + "{2,20})" + DOT);

  /** A dotted banner alone on a line: {@code •人事任免•}. */
  public static final Pattern DOT_BANNER_ONLY =
      Pattern.compile("^" + DOT + NOT_DOT + "{2,20}" + DOT + "$");

  /** Section banner in a TOC or body: {@code 【县政府文件】}, {@code [县政府办公室文件]}; group 1. */
  public static final Pattern BANNER = Pattern.compile("^[【\\[［〖]([^】\\]］〗]{2,20})[】\\]］〗]$");

  /**
   * A TOC's section heading printed plainly on a line of its own, without brackets or page: {@code
   * 国务院文件}, {@code 国务院办公厅文件}, {@code 部门规章}, {@code 人事任免}, {@code 国务院令}.
   */
  public static final Pattern TOC_SECTION =
      Pattern.compile("^\\p{IsHan}{0,10}(" + Words.SECTION_WORDS + ")$");

  /** The 目录 line: {@code 目 录}, {@code 目录}, {@code 本期目录}. */
  public static final Pattern TOC_HEAD = Pattern.compile("^(本期)?目录$");

  /** Leaders between a TOC title and its page: {@code ……}, {@code ....}, a tab. */
  public static final Pattern TOC_LEADERS = Pattern.compile("[.…·⋯_]{2,}|\\t");

  /** A bullet before a TOC entry or list item: {@code - }, {@code ●}, {@code ◆}. */
  public static final Pattern BULLET = Pattern.compile("^[-•●◆■*·]\\s*");

  /** A colophon line: {@code 主管主办：…}, {@code 编辑出版：…}, {@code 定 价：免费赠阅}. */
  public static final Pattern COLOPHON =
      Pattern.compile("^(" + Words.COLOPHON_FIELDS + ")[:：].*", Pattern.CASE_INSENSITIVE);

  /**
   * A TOC line's trailing page after leaders: {@code …… 1}, {@code …12}, {@code \t32}, {@code ）46};
   * groups: the entry, the page.
   */
  public static final Pattern TOC_PAGE_TAIL =
      Pattern.compile("^(.*?)[\\s.…·⋯_\\-—]*?[(（]?(\\d{1,4})[)）]?\\s*$");

  /** What may follow a 字号 in a TOC entry: leaders and the page, maybe bracketed: {@code ……（11）}. */
  public static final Pattern TOC_PAGE_AFTER_NUMBER =
      Pattern.compile("^[.…·⋯_\\-—]*[(（]?(\\d{1,4})[)）]?$");

  /** The head of a contents list in another language: {@code CONTENTS}, {@code C O N T E N T S}. */
  public static final Pattern FOREIGN_CONTENTS_HEAD =
      Pattern.compile(
          "^(?i)(c\\s*o\\s*n\\s*t\\s*e\\s*n\\s*t\\s*s|table\\s+of\\s+contents)[\\s:.]*$");

  /**
   * The heading of back matter after the last document: {@code 《稷山县人民政府公报》简介}, {@code 征订启事}, {@code
   * 本刊简介}, {@code 编辑委员会}.
   */
  public static final Pattern BACK_MATTER_HEAD =
      Pattern.compile(
          "^(《?\\p{IsHan}{2,30}(公报|政报)》?|本刊|本报)?(简介|征订启事|征订|订阅启事|订阅须知|稿约|征稿启事)$"
              + "|^(编辑委员会|编委会)(名单)?$");

  /**
   * A web page's widgets between its title and its text: share buttons ({@code 微信}, {@code 微博},
   * {@code QQ空间}, {@code 分享到：}, several on one line), {@code 打印}, {@code 关闭}, font size switches
   * ({@code 【字体：大 中 小】}), edition and download links ({@code 全真版}, {@code 文字版}, {@code 文件下载}), the
   * time of day a date field left on a piece of its own ({@code 15:22}), a breadcrumb ({@code
   * 我的位置:首页 > 条法司 > 规范性文件}). Repeated buttons are matched possessively: a greedy group loop would
   * make every matcher keep a set of positions, and this runs on most short lines.
   */
  public static final Pattern PAGE_CHROME =
      Pattern.compile(
          "^((?:微信|微博|QQ空间|QQ好友|朋友圈)++|分享到?[:：]?|(?:打印(?:本页)?|关闭(?:窗口)?)++|收藏|全真版|文字版|(文件|原文|全文)下载|【?(字体|字号)[:：]?[\\[【]?大[\\]】]?[\\[【]?中[\\]】]?[\\[【]?小[\\]】]?】?|扫一扫.{0,12}|\\d{1,2}:\\d{2}(:\\d{2})?|.{0,20}(当前|我的|您的|所在)(的)?位置[:：].*)$",
          Pattern.CASE_INSENSITIVE);

  /** A saved page's font-size buttons beside 大, 中, 小. */
  private static final String FONT_CONTROLS = "加大|还原|减小|默认|放大|缩小";

  /**
   * A piece of a web page's widgets, one a line as a saved page has them, between a title and its
   * text: a font-size control spread over lines ({@code 【字体：} / {@code 大} / {@code 中} / {@code 小} /
   * {@code 】}, {@code 加大} / {@code 还原} / {@code 减小}), a time stamp ({@code 2026-02-03 09:02:33},
   * {@code 2026年02月10日 07时41分}).
   */
  private static final Pattern PAGE_WIDGET =
      Pattern.compile(
          "^([【\\[]?(字体|字号)[:：]?(大|中|小|"
              + FONT_CONTROLS
              + "){0,4}[】\\]]?|[大中小】\\]|｜丨]|Aa|A[+-]|"
              + FONT_CONTROLS
              + "|(19|20)\\d{2}[-/.]\\d{1,2}[-/.]\\d{1,2}(\\d{1,2}:\\d{2}(:\\d{2})?)?"
              + "|(19|20)\\d{2}年\\d{1,2}月\\d{1,2}日\\s*\\d{1,2}(时|:)\\d{2}分?(\\d{1,2}秒)?)$");

  /** A field's name with nothing after its colon ({@code 来源：}): its value is on the line below. */
  public static boolean emptyField(String folded) {
    return folded.endsWith("：") || folded.endsWith(":");
  }

  /**
   * A folded line that is a web page's widget, button or field (来源：…), not a document's text; or a
   * normative document's registration number on a line of its own between its title and its 字号
   * ({@code HCFGS-2015-006}), which a head reads past the same way.
   */
  public static boolean isPageWidget(String folded) {
    return PAGE_WIDGET.matcher(folded).matches()
        || PAGE_CHROME.matcher(folded).matches()
        || PAGE_METADATA.matcher(folded).matches()
        || REGISTRATION_NUMBER.matcher(folded).matches()
        || bracketedMetadata(folded);
  }

  /** A page's fields in brackets under its title: {@code (发布日期：2019年05月31日文号：某发〔2019〕7号)}. */
  private static boolean bracketedMetadata(String folded) {
    return folded.length() > 2
        && (folded.charAt(0) == '(' || folded.charAt(0) == '（')
        && (folded.endsWith(")") || folded.endsWith("）"))
        && PAGE_METADATA.matcher(folded.substring(1, folded.length() - 1)).matches();
  }

  /** A 规范性文件's registration number: {@code HCFGS-2015-006}, {@code DGSZFGJJGLWYH-2023-052}. */
  private static final Pattern REGISTRATION_NUMBER =
      Pattern.compile("^[A-Z]{2,20}-(?:19|20)\\d{2}-\\d{2,5}$");

  /** An edition's notes heading after the documents: {@code 注　　释}, {@code 注释}. */
  public static final Pattern NOTES_HEAD = Pattern.compile("^(注释|注解|编者注|校注)[:：]?$");

  /** A numbered note's mark: {@code 〔1〕}, {@code [1]}, {@code ［12］}. */
  public static final Pattern NOTE_MARK = Pattern.compile("^[〔\\[［]\\d{1,3}[〕\\]］]");

  /**
   * A field of an export's metadata written in ASCII, as YAML front matter has it ({@code title:
   * "…"}, {@code publish: "1989-09-07 00:00:00"}): a line of its own, however long.
   */
  public static final Pattern ASCII_FIELD = Pattern.compile("^[A-Za-z][A-Za-z0-9_]{0,30}:\\s.*");

  /**
   * A field of a web page's or a crawler's metadata header, above the document: {@code 标题：关于…},
   * {@code 发布时间：2015-09-09}, {@code 索 引 号：000014349/2018-00222}, {@code 发文字号：国发〔2018〕43号}, a
   * crawler's {@code 检索时间：…} or {@code 原文链接：…}, a law database's {@code 【法宝引证码】 CLI.11.1598088}.
   */
  public static final Pattern PAGE_METADATA =
      Pattern.compile(
          "^(标题|题名|名称|文件名称|发布时间|发布日期|成文日期|生效日期|施行日期|文号|发文字号|发布机构|发文机关"
              + "|发文单位|栏目|所属栏目|原文链接|原文地址|本地目录|索引号|主题分类|主题词|体裁分类|公文种类|信息来源"
              + "|有效性|时效性|作者|分类|来源|浏览次数|点击数|信息名称|内容描述|内容概述|索取号|公开属性"
              + "|公开范围|公开时限|信息分类|组配分类|发布单位"
              + "|\\p{IsHan}{0,4}(时间|日期|链接|网址|地址|关键词|关键字|来源))[:：].*"
              + "|^【\\p{IsHan}{2,8}】\\s*\\S.{0,80}");

  /** A page header's field naming the page's title: {@code 标题：关于…}; group 2 the title. */
  public static final Pattern PAGE_TITLE_FIELD = Pattern.compile("^(标题|题名|名称|文件名称|信息名称)[:：](.+)$");

  /** The names of a page's 字号 field. */
  private static final String NUMBER_FIELD_NAMES = "(文号|发文字号|发文文号|字号)";

  /** A page header's field giving the 字号: {@code 文号：某政发〔2024〕3号}; group 2 the value. */
  public static final Pattern PAGE_NUMBER_FIELD =
      Pattern.compile("^" + NUMBER_FIELD_NAMES + "[:：](.+)$");

  /** A 字号 field's name alone, its value on a line of its own below: {@code 文号:}. */
  public static final Pattern PAGE_NUMBER_FIELD_NAME =
      Pattern.compile("^" + NUMBER_FIELD_NAMES + "[:：]$");

  /**
   * A page header's field giving a date: {@code 日期：1951-1-17}, {@code 发布时间：2023年7月25日}; group 3 the
   * value.
   */
  public static final Pattern PAGE_DATE_FIELD =
      Pattern.compile("^(\\p{IsHan}{0,4}(日期|时间))[:：](.+)$");

  /** A page's marker of where the document's text starts: {@code 政策全文}, {@code 正文}, {@code 原文}. */
  public static final Pattern BODY_MARKER = Pattern.compile("^(政策|文件|公文)?(全文|正文|原文)(内容)?[:：]?$");

  /**
   * A separator line: {@code ==========}, {@code ===== 正文 =====}, {@code ----------}, a Markdown
   * rule {@code ---} or {@code ***}.
   */
  public static final Pattern SEPARATOR_LINE =
      Pattern.compile("^[=\\-_*~#]{3,}(\\S{0,10}[=\\-_*~#]{5,})?$");

  /** The 版记's count of copies, under its 印发 line: {@code 共印35份}, {@code （共印100份）}. */
  public static final Pattern COPIES = Pattern.compile("^[(（]?共印\\d+份[)）]?$");
}
