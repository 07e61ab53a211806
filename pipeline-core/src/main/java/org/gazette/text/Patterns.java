package org.gazette.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Named patterns for the lines that shape a gazette issue. Each applies to text folded by {@link
 * Cjk#fold} (NFKC, no whitespace) unless it says otherwise.
 */
public final class Patterns {
  private Patterns() {}

  /** Organisation suffixes that end an issuer or signer line. */
  public static final String ORG_SUFFIX =
      "(人民政府办公室|人民政府办公厅|人民政府|政府办公室|办公室|办公厅|委员会|管委会|管理委员会|政府|"
          + "局|厅|部|委|院|署|中心|公司|小组|指挥部|领导小组|联合会|协会|总队|支队|大队|所|站|处|科|社|会)";

  /** An issuer or signer line: {@code 稷山县人民政府办公室}; several issuers may share the line. */
  public static final Pattern ORG_LINE =
      Pattern.compile("^(\\p{IsHan}{2,30}?" + ORG_SUFFIX + "){1,4}$");

  /** Longest issuer or signer line (several issuers may share it). */
  private static final int MAX_ORG_LINE = 80;

  /** True for an issuer or signer line; long lines are rejected before the regex runs. */
  public static boolean isOrgLine(String folded) {
    return folded.length() <= MAX_ORG_LINE && ORG_LINE.matcher(folded).matches();
  }

  /** Words a document title ends with: {@code …的通知}, {@code …实施意见}, {@code …管理办法}. */
  private static final List<String> TITLE_WORDS =
      List.of(
          "通知", "意见", "办法", "方案", "决定", "报告", "规定", "细则", "批复", "计划", "要点", "清单", "通报", "公告", "决议",
          "命令", "纪要", "函", "通告", "条例", "规则", "规划", "预案", "制度", "章程", "守则", "标准", "指引", "指南", "名单",
          "公示", "答复", "批示", "议案", "公报", "目录", "措施", "任务分解", "责任分解", "安排", "汇编", "讲话", "致辞", "解读",
          "说明");

  /**
   * True when {@code folded} ends with a document-type word, optionally followed by one closing
   * bracket: {@code 关于推进气象高质量发展的实施意见}, {@code …（2022年版）} is not (see {@link #isCompleteTitle}).
   */
  public static boolean endsLikeTitle(String folded) {
    String f =
        folded.endsWith(")") || folded.endsWith("）")
            ? folded.substring(0, folded.length() - 1)
            : folded;
    for (String w : TITLE_WORDS) {
      if (f.endsWith(w)) {
        return true;
      }
    }
    return false;
  }

  /** 附注 in brackets: {@code （此件公开发布）}, {@code (此件公开发布，附件2不公开)}, {@code （此件主动公开）}. */
  public static final Pattern NOTE =
      Pattern.compile("^[(（](此件.{0,40}|.{0,20}(公开|发布|不公开|印发|存档).{0,20})[)）]$");

  /** A 附件说明 or printed attachment label: {@code 附件：1.…}, {@code 附件}, {@code 附件1}, {@code 附件:}. */
  public static final Pattern ATTACHMENT =
      Pattern.compile("^附件(\\d{1,2}|[一二三四五六七八九十]{1,3})?[:：]?(.*)$");

  /** 主送机关: ends with a colon and names units: {@code 各乡（镇）人民政府，县直各有关单位：}. */
  public static final Pattern RECIPIENTS =
      Pattern.compile(
          "^(各.{1,200}|.{0,200}(政府|单位|部门|委员会|局|管委会|机构|厅|委|办|处|院|公司|同志|区|社|所|中心)[)）]?)[:：]$");

  /** Section banner in a TOC or body: {@code 【县政府文件】}, {@code [县政府办公室文件]}. */
  public static final Pattern BANNER = Pattern.compile("^[【\\[［〖]([^】\\]］〗]{2,20})[】\\]］〗]$");

  /** The 目录 line: {@code 目 录}, {@code 目录}, {@code 本期目录}. */
  public static final Pattern TOC_HEAD = Pattern.compile("^(本期)?目录$");

  /** 抄送 block: {@code 抄送：县委办公室，县人大常委会办公室。}. */
  public static final Pattern CC = Pattern.compile("^抄送[:：](.+)$");

  /** 印发 line: {@code 稷山县人民政府办公室 2023年7月5日印发}. */
  public static final Pattern PRINTED =
      Pattern.compile("^(\\p{IsHan}{2,40}?)((?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日)印发$");

  /** A speech subtitle: {@code ——2023 年 2 月 16 日在稷山县第十七届人民代表大会第三次会议上}. */
  public static final Pattern REPORT_SUBTITLE =
      Pattern.compile("^[—－\\-–―一]{1,3}(.*?\\d{1,2}日)在(.+?)上(的(讲话|报告|发言))?$");

  /**
   * A title that reads complete: ends with a document-type word, also before a bracketed remark
   * ({@code …审批管理细则（暂行）}, {@code …实施计划（2021-2025年）}).
   */
  public static boolean isCompleteTitle(String folded) {
    String bare = folded;
    if (folded.endsWith(")") || folded.endsWith("）")) {
      int open = Math.max(folded.lastIndexOf('('), folded.lastIndexOf('（'));
      bare = open > 0 ? folded.substring(0, open) : folded;
    }
    return endsLikeTitle(folded)
        || (!bare.isEmpty() && bare.length() < folded.length() && endsLikeTitle(bare));
  }

  /** A date in brackets under a speech title: {@code （2023年1月5日）}. */
  public static final Pattern DATE_LINE =
      Pattern.compile("^[(（]((19|20)\\d{2}年\\d{1,2}月\\d{1,2}日)[)）]$");

  /** A person signing an order: {@code 省长 金湘军}, {@code 县长：王润}. */
  public static final Pattern PERSON_SIGNER =
      Pattern.compile("^(总理|省长|市长|县长|区长|州长|旗长|主席|主任|局长|厅长|部长|书记)[:：]?\\p{IsHan}{2,4}$");

  /** Text ending with sentence-final punctuation. */
  public static final Pattern TERMINAL = Pattern.compile(".*[。！？；!?;：:]$");
}
