package org.gazette.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named patterns for the lines that shape a gazette issue. Each applies to text folded by {@link
 * Cjk#fold} (NFKC, no whitespace) unless it says otherwise.
 */
public final class Patterns {
  private Patterns() {}

  /** Organisation suffixes that end an issuer or signer line. */
  public static final String ORG_SUFFIX = "(" + Words.ORG_SUFFIXES + ")";

  /** An issuer or signer line ({@code 稷山县人民政府办公室}, several may share it), no 关于 or 转发 in it. */
  public static final Pattern ORG_LINE =
      Pattern.compile("^(?!关于|.*(批发|批转|转发|印发))(\\p{IsHan}{2,30}?" + ORG_SUFFIX + "){1,6}$");

  /** Longest issuer or signer line (several issuers may share it). */
  private static final int MAX_ORG_LINE = 80;

  /** The last characters of the organisation suffixes: an issuer line ends with one of them. */
  private static final String ORG_LAST_CHARS =
      java.util.Arrays.stream(Words.ORG_SUFFIXES.split("\\|"))
          .map(w -> w.substring(w.length() - 1))
          .distinct()
          .collect(java.util.stream.Collectors.joining());

  /** True for an issuer or signer line; long lines are rejected before the regex runs. */
  public static boolean isOrgLine(String folded) {
    return folded.length() <= MAX_ORG_LINE
        && !folded.isEmpty()
        && ORG_LAST_CHARS.indexOf(folded.charAt(folded.length() - 1)) >= 0
        && ORG_LINE.matcher(folded).matches();
  }

  /**
   * True for an issuer's name that quotes or brackets a part of it ({@code 唐山市“一港双城”（城镇化）工作委员会办公室})
   * or not: read where an issuer is expected (under a 字号, over a title), not in running text.
   */
  public static boolean isOrgName(String folded) {
    return isOrgLine(folded)
        || folded.length() <= MAX_ORG_LINE
            && Cjk.hanRun(folded.substring(0, Math.min(1, folded.length())), 1, 1)
            && isOrgLine(folded.replaceAll("[“”‘’\"()（）]", ""));
  }

  /**
   * True when {@code folded} ends with a document-type word, optionally followed by one closing
   * bracket: {@code 关于推进气象高质量发展的实施意见}, {@code …（2022年版）} is not (see {@link #isCompleteTitle}).
   */
  public static boolean endsLikeTitle(String folded) {
    String f =
        folded.endsWith(")") || folded.endsWith("）")
            ? folded.substring(0, folded.length() - 1)
            : folded;
    for (String w : Words.TITLE_ENDINGS) {
      if (f.endsWith(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * 附注 in brackets: {@code （此件公开发布）}, {@code (此件主动公开)}, {@code （注：附件请登录…网站查询）}, an older document's
   * reach ({@code （发至省军级）}).
   */
  public static final Pattern NOTE =
      Pattern.compile(
          "^[(（](此件.{0,40}|注[:：].{2,60}|发至.{2,20}|.{0,20}(公开|发布|不公开|印发|存档).{0,20})[)）]$");

  /** The label of an attachment: {@code 附件}, {@code 附件2}, {@code 附件三}; group 1 is the number. */
  private static final String ATTACHMENT_LABEL = "附件(\\d{1,2}|[" + Words.CN_DIGITS + "]{1,3})?";

  /** A 附件说明 or printed attachment label: {@code 附件：1.…}, {@code 附件}, {@code 附件1}, {@code 附件:}. */
  public static final Pattern ATTACHMENT = Pattern.compile("^" + ATTACHMENT_LABEL + "[:：]?(.*)$");

  /**
   * 主送机关 or 称呼: ends with a colon, names units or people ({@code 各乡（镇）人民政府，县直各有关单位：}, {@code
   * 各野战军全体指挥员战斗员同志们：}, {@code 张三代表：}), places ({@code 通州区、大兴区各相关镇：}) or a list with an organ in it.
   */
  public static final Pattern RECIPIENTS =
      Pattern.compile(
          "^(各.{1,400}|.{0,400}(政府|单位|部门|委员会|局|管委会|机构|厅|委|办|处|院|公司|同志|区|社|所|中心"
              + "|部|党委|党组|们|先生|女士|阁下|将军|团长|军长|师长|代表|委员|企业|会|学校|集团|银行|街道"
              + "|队|站|组|室|司|署|馆|校|团|科|分行|支行|中央|主席|总理|省|市|县|乡|镇|村|旗)[)）]?"
              + "|(?!.*(如下|现将|经研究|决定|通知))[^。；]{0,200}(公司|单位|中心|政府|局)[、，,][^。；]{1,300})[:：]$");

  /** {@link #RECIPIENTS}, tried only on a line that ends with its colon. */
  public static boolean isRecipients(String f) {
    return (f.endsWith("：") || f.endsWith(":")) && RECIPIENTS.matcher(f).matches();
  }

  /** 抄送 (or 抄报, to a superior) block: {@code 抄送：县委办公室，县人大常委会办公室。}. */
  public static final Pattern CC = Pattern.compile("^抄(?:送|报)[:：](.+)$");

  /** 主送 printed with its label, in the 版记 at the end as older documents do: {@code 主送：国务院}. */
  public static final Pattern MAIN_TO = Pattern.compile("^主送(机关)?[:：](.+)$");

  /** 印发 line: {@code 稷山县人民政府办公室 2023年7月5日印发}. */
  public static final Pattern PRINTED =
      Pattern.compile("^(\\p{IsHan}{2,40}?)((?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日)印发$");

  /**
   * A speech subtitle: {@code ——2023 年 2 月 16 日在稷山县第十七届人民代表大会第三次会议上}, dated in figures or Chinese
   * numerals ({@code ——二〇二六年一月二十七日在…}), or in brackets ({@code （2023年1月12日在…上）}).
   */
  public static final Pattern REPORT_SUBTITLE =
      Pattern.compile(
          "^(?:[—－\\-–―一]{1,3}|[(（]|(?=(?:\\d{4}|[〇零一二三四五六七八九]{4})年))"
              + "(.*?(?:\\d{1,2}|[一二三四五六七八九十]{1,3})日)\\s*在(.+?)上"
              + "(的(讲话|报告|发言))?[)）]?(\\s*\\p{IsHan}{0,12}(长|主任|书记|主席)\\s*\\p{IsHan}{2,4})?$");

  /** The first line of a speech subtitle wrapped onto the next: {@code ——2026年1月26日在广东省第十四届}. */
  public static final Pattern REPORT_SUBTITLE_START =
      Pattern.compile("^(?:[—－\\-–―]{1,3}|[(（])(?:\\d{4}|[〇零一二三四五六七八九]{4})年.{1,8}日\\s*在[^。；，]*$");

  /**
   * A title that reads complete: ends with a document-type word, also before a bracketed remark
   * ({@code …审批管理细则（暂行）}, {@code …实施计划（2021-2025年）}).
   */
  public static boolean isCompleteTitle(String folded) {
    if (folded.lastIndexOf('《') > folded.lastIndexOf('》')) {
      return false; // 关于征求《某某条例（修订草案） / （征求意见稿）》意见的函: the book title is open
    }
    int open = Math.max(folded.lastIndexOf('('), folded.lastIndexOf('（'));
    boolean remark = open > 0 && (folded.endsWith(")") || folded.endsWith("）"));
    Matcher named = HANDS_OVER_NAMED.matcher(folded);
    return endsLikeTitle(folded)
        || remark && endsLikeTitle(folded.substring(0, open))
        || named.matches() && endsLikeTitle(named.group(1));
  }

  /**
   * An older 批转/批发 title ending with the document it hands over, without 的通知 ({@code
   * 中共中央批转“某省委关于…的报告”}, {@code 某厅转发省人事局党组《…的请示报告》}); group 1 is that document.
   */
  private static final Pattern HANDS_OVER_NAMED =
      Pattern.compile(".*(?:批转|转发|批发)[^《》“”\"。，；]{0,40}?[《“\"]([^《》“”\"]+)[》”\"]$");

  /** A date in brackets under a title: {@code （2023年1月5日）}, {@code （一九五四年十月十二日）}. */
  public static final Pattern DATE_LINE = Pattern.compile("^[(（](" + Dates.DATE_REGEX + ")[)）]$");

  /**
   * A person signing an order or a notice, with or without the organ: {@code 省长 金湘军}, {@code
   * 县长：王润}, {@code 中华人民共和国主席 江泽民}, {@code 中国人民解放军总司令 朱 德}.
   */
  public static final Pattern PERSON_SIGNER =
      Pattern.compile("^\\p{IsHan}{0,30}?(" + Words.PERSON_ROLES + ")[:：]?\\p{IsHan}{2,4}$");

  /** Text ending with sentence-final punctuation. */
  public static final Pattern TERMINAL = Pattern.compile(".*[。！？；!?;：:]$");

  /**
   * A title's edition or status in brackets on a line of its own: {@code （试行第九版）}, {@code
   * （2022年版）}, {@code （征求意见稿）}, {@code （暂行）}, {@code （2022年修订）}; never a date.
   */
  public static final Pattern EDITION =
      Pattern.compile("^[(（][^()（）日]{0,12}(试行|暂行|草案|稿|版|修订|修正)[^()（）日]{0,6}[)）]$");

  /**
   * An attachment label alone on its line, as printed above an attachment: {@code 附件2：}, {@code
   * 附：}, {@code （附件一）}.
   */
  public static final Pattern ATTACHMENT_BARE =
      Pattern.compile("^(?:[(（]" + ATTACHMENT_LABEL + "[)）]|(" + ATTACHMENT_LABEL + "|附)[:：]?)$");

  /** The number of an item in a 附件说明 list: {@code 1.}, {@code 二、}, {@code （3）}. */
  public static final Pattern ATTACHMENT_ITEM_LABEL =
      Pattern.compile(
          "^((\\d{1,2}|[" + Words.CN_DIGITS + "]{1,3})\\s*[.、．:：]|[（(]\\d{1,2}[)）])\\s*");

  /** An attachment name with a trailing remark: {@code 名单（见网络版）}; groups: name, remark. */
  public static final Pattern ATTACHMENT_WITH_REMARK =
      Pattern.compile("^(.*?)[(（]([^（）()]*(" + Words.ATTACHMENT_REMARKS + ")[^（）()]*)[)）]$");

  /**
   * A news agency's dateline above a document it carries: {@code 新华社北京2月13日电}, {@code 本报讯}, {@code
   * 新华社北京一月十八日电}.
   */
  public static final Pattern NEWS_DATELINE =
      Pattern.compile(
          "^(新华社|中新社|本报)\\p{IsHan}{0,10}?((\\d{1,2}|[一二三四五六七八九十]{1,3})月"
              + "(\\d{1,2}|[一二三四五六七八九十]{1,3})日)?[电讯]$");

  /** True when {@code f} is a {@link #NEWS_DATELINE}. */
  public static boolean isDateline(String f) {
    return (f.endsWith("电") || f.endsWith("讯")) && NEWS_DATELINE.matcher(f).matches();
  }

  /** A 版头 masthead or a letter's printed letterhead: {@code 山西省人民政府文件}, {@code 中共某某部用笺}. */
  public static final Pattern MASTHEAD = Pattern.compile("^\\p{IsHan}{2,30}(文件|用笺)$");

  /**
   * A title of an issued (not enclosed) document: optional issuer, 关于, and a kind that is sent
   * rather than enclosed: {@code 稷山县人民政府关于乔木等同志任免职务的通知}.
   */
  public static final Pattern ISSUED_TITLE =
      Pattern.compile(
          "^(\\p{IsHan}{2,30}?" + ORG_SUFFIX + ")?关于.{2,80}(" + Words.ISSUED_KINDS + ")$");

  /** An issuer name followed by 关于 on one line: {@code 稷山县人民政府关于…}. */
  public static final Pattern ISSUER_THEN_ABOUT =
      Pattern.compile("^\\p{IsHan}{2,30}?" + ORG_SUFFIX + "关于.*");

  /** The issuer prefix of a title, before its 关于: {@code 稷山县人民政府}关于…; group 1. */
  public static final Pattern PREFIX_BEFORE_ABOUT = Pattern.compile("^(\\p{IsHan}{2,40}?)(?=关于)");

  /** A title with its 字号 in brackets on the same line: {@code 关于…的通知（某政发〔2023〕1号）}. */
  public static final Pattern TITLE_WITH_NUMBER =
      Pattern.compile(
          "^.{4,100}(关于|的).{2,100}[(（]?\\p{IsHan}{1,14}[〔\\[【(（]\\d{4}[〕\\]】)）]第?\\d{1,5}号[)）]?$");

  /** A speech or report title: {@code …在全县经济工作会议上的讲话}, {@code 政府工作报告}. */
  public static final Pattern SPEECH_TITLE = Pattern.compile(".*(" + Words.SPEECH_KINDS + ")$");

  /**
   * A notice that encloses another document: {@code 关于印发…的通知}, {@code 关于转发…}; the older {@code
   * 中共中央批发…关于…的报告} (批发 before the 关于 of what it hands over, not a 批发市场 after it); {@code
   * …关于批准某某条例的决议}, the rules it approves printed under it.
   */
  public static final Pattern ENCLOSING =
      Pattern.compile(".*(" + Words.ENCLOSING_VERBS + "|批发(?=.*关于)|关于批准).*");

  /**
   * The sentence of a 印发/转发 notice that hands over the enclosed document: {@code 现将《…》印发给你们},
   * {@code …现转发给你们}, {@code 现予印发}, {@code 兹将…报告发给你们}, {@code 兹将…情况通报如后} (the text follows under its
   * own title).
   */
  public static final Pattern ENCLOSING_SENTENCE =
      Pattern.compile(".*((" + Words.ENCLOSING_VERBS + ")?发给你们|现予以?(印发|发布|公布|转发)|[兹现]将.+如后).*");

  /** A first body sentence, never a title: {@code 为贯彻落实…}, {@code 根据…}, {@code 现将…}. */
  public static final Pattern BODY_OPENER = Pattern.compile("^(" + Words.BODY_OPENERS + ").*");

  /** A speaker line under a speech subtitle: {@code 县长 王润}, {@code 县人大常委会主任 李明}. */
  public static final Pattern SPEAKER =
      Pattern.compile(".*(长|主任|书记|主席|委员|代表|部长|厅长|局长|秘书长|同志)\\p{IsHan}{1,6}$");

  /**
   * A seal's remark in brackets after a signer, as reprints and web pages print it: {@code
   * （中共中央统一战线部办公厅印章）}, {@code （某某局代章）}, {@code （盖章）}.
   */
  private static final Pattern SEAL_REMARK = Pattern.compile("[(（][^()（）]{0,40}章[)）]$");

  /** A signer without the seal's remark printed after it ({@code 某某局（某某局代章）}). */
  public static String withoutSeal(String signer) {
    if (!signer.endsWith("章)") && !signer.endsWith("章）")) {
      return signer;
    }
    Matcher m = SEAL_REMARK.matcher(signer);
    return m.find() && m.start() > 0 ? signer.substring(0, m.start()) : signer;
  }

  /** A whole line in brackets: {@code （此件公开发布）}, {@code （2023年1月5日）}; group 1 is the inside. */
  public static final Pattern BRACKETED = Pattern.compile("^[(（](.*)[)）]$");

  /** A remark in brackets that points to attachments: {@code （详见附件）}, {@code （见网络版）}. */
  public static final Pattern ATTACHMENT_POINTER =
      Pattern.compile("^[(（][^()（）]*(附件|网络版|网站|详见)[^()（）]*[)）]$");

  /** A line that closes its sentence or bracket, so the next line starts afresh. */
  public static final Pattern CLOSED_LINE = Pattern.compile(".*[。！？；：!?;:）)」』】]$");

  /**
   * A line that starts an element and never continues the line above: {@code 附件：}, {@code 抄送：},
   * {@code ——2023年…}, {@code 【…】}, a bullet, {@code （此件…）}, a circled number, a bracketed label
   * alone ({@code （附件二）}).
   */
  public static final Pattern HARD_START =
      Pattern.compile(
          "^(附件|附[:：]|抄送|抄报|印发|主送|——|【|[-•●]\\s|[(（]此件|[\\u2460-\\u2473]"
              + "|[(（]附件(\\d{1,2}|["
              + Words.CN_DIGITS
              + "]{1,3})?[)）]$).*");

  /** A line opening with a bracket: {@code （一）…}, {@code (此件…}. */
  public static final Pattern OPENS_BRACKET = Pattern.compile("^[(（].*");

  /**
   * The adoption note under a law's or regulation's title: {@code （2021年6月10日第十三届全国人民代表大会常务委员会
   * 第二十九次会议通过）}, {@code （一九五四年九月二十日…会议通过）}, {@code （…国务院令第N号公布）}; group 1 is where it was adopted.
   */
  public static final Pattern ADOPTION_NOTE =
      Pattern.compile(
          "^(?:[(（]|(?=(?:19|20)\\d{2}年)).{0,30}?[日号](.{0,120}?)(通过|批准|公布|发布|颁布|修正|修订)"
              + "[^()（）]{0,200}[)）]$");
}
