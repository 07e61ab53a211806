package org.gazette.text;

import java.util.List;

/**
 * The 公文 word lists, each defined once: regex alternations (no groups) that the named patterns in
 * {@link Patterns} and {@link IssuePatterns} are built from.
 */
public final class Words {
  private Words() {}

  /**
   * Document kinds (文种) of GB/T 9704 and older practice that end a title and can never be part of a
   * 发文字号's 代字: {@code 关于…的通知}, {@code …实施意见}.
   */
  public static final String CORE_KINDS = "通知|意见|办法|方案|决定|报告|规定|细则|批复|计划|要点|清单|通报|公告|决议|命令|纪要";

  /** Every word a document title may end with: the core kinds and the wider family of titles. */
  public static final List<String> TITLE_ENDINGS =
      List.of(
          "通知",
          "意见",
          "办法",
          "方案",
          "决定",
          "报告",
          "规定",
          "细则",
          "批复",
          "计划",
          "要点",
          "清单",
          "通报",
          "公告",
          "决议",
          "命令",
          "纪要",
          "函",
          "通告",
          "条例",
          "规则",
          "规划",
          "预案",
          "制度",
          "章程",
          "守则",
          "标准",
          "指引",
          "指南",
          "名单",
          "公示",
          "答复",
          "批示",
          "议案",
          "公报",
          "目录",
          "措施",
          "任务分解",
          "责任分解",
          "安排",
          "汇编",
          "讲话",
          "致辞",
          "解读",
          "说明",
          // older practice and letters: 关于…的指示, …的电报, 照会
          "指示",
          "批语",
          "请示",
          "电报",
          "贺电",
          "唁电",
          "复电",
          "布告",
          "训令",
          "指令",
          "照会",
          "复照",
          "声明",
          "宣言",
          "公约",
          "协定",
          "条约",
          "纲要",
          // courts: 刑事判决书, 民事裁定书
          "判决书",
          "裁定书");

  /** Kinds that are sent to recipients rather than enclosed: {@code 关于…的通告}, {@code …的批复}. */
  public static final String ISSUED_KINDS = "通知|决定|批复|复函|函|通报|通告|公告|命令|意见";

  /** Speeches and reports, titled without 关于: {@code 在全县…会议上的讲话}, {@code 政府工作报告}. */
  public static final String SPEECH_KINDS = "讲话|致辞|报告";

  /**
   * Verbs of a notice that encloses another document: {@code 关于印发…的通知}, {@code 关于转发…}, {@code 批转…}.
   */
  public static final String ENCLOSING_VERBS = "印发|转发|批转|颁发|发布|公布|下发";

  /**
   * Openers of a first body sentence, never of a title: {@code 为贯彻落实…}, {@code 根据…}, {@code 现将…}.
   */
  public static final String BODY_OPENERS = "为|根据|按照|依据|经|参照|对照|现将|近年来|当前|随着|在";

  /** Organisation suffixes that end an issuer, signer or recipient name. */
  public static final String ORG_SUFFIXES =
      "人民政府办公室|人民政府办公厅|人民政府|政府办公室|办公室|办公厅|委员会|管委会|管理委员会|政府|"
          + "局|厅|部|委|院|署|司|室|中心|公司|小组|指挥部|领导小组|联合会|协会|总队|支队|大队|所|站|处|科|社|会|"
          + "银行|分行|支行|主席团|党组|党委";

  /** Roles of a person signing or speaking: {@code 省长 金湘军}, {@code 县委书记 张三}. */
  public static final String PERSON_ROLES =
      "总理|副总理|省长|市长|县长|区长|州长|旗长|主席|副主席|主任|局长|厅长|部长|书记|委员长|院长|检察长" + "|总司令|司令员|政治委员";

  /** Chinese numerals as labels use them: {@code 一、}, {@code 附件三}. */
  public static final String CN_DIGITS = "一二三四五六七八九十";

  /** Remarks after an attachment name: {@code （见网络版）}, {@code （略）}. */
  public static final String ATTACHMENT_REMARKS = "见网络版|详见|网站|略|附后|另发|不公开";

  /** Field names of a colophon (版权页): {@code 主管主办：…}, {@code 地 址：…}, {@code 定 价：…}. */
  public static final String COLOPHON_FIELDS =
      "主管|主办|主管主办|编辑|编印|编辑出版|出版|印刷|承印|地址|网址|邮编|邮政编码|电话|传真|"
          + "定价|发行|发行范围|国内发行|国外发行|刊号|国内统一刊号|国际标准刊号|国际标准连续出版物号|"
          + "邮发代号|准印证|内部资料|电子邮箱|邮箱|E-?mail|责任编辑|总编|主编";

  /**
   * Last words of a gazette section's name (栏目) as a TOC prints it: {@code 国务院文件}, {@code 部门规章},
   * {@code 人事任免}, {@code 国务院令}.
   */
  public static final String SECTION_WORDS = "文件|规章|法规|任免|公告|通告|令|批复|政策解读|解读|讲话|动态|信息|规范性文件";

  /** Dashes and dots that frame a printed page label: {@code — 12 —}, {@code · 40 ·}. */
  public static final String PAGE_DASHES = "-—–－―~·•";

  /** Dots around a running-header banner: {@code · 县政府办公室文件 ·}. */
  public static final String BANNER_DOTS = "·•・";

  /**
   * Words of a table's column names: a line of short cells with two of them is a header row ({@code
   * 序号 单位 责任人 完成时限}).
   */
  public static final String TABLE_HEADER_WORDS =
      "序号|编号|单位|部门|名称|项目|内容|任务|时限|时间|日期|责任|牵头|配合|负责|备注|数量|金额|姓名|职务|"
          + "领导|地址|电话|类别|类型|标准|面积|人数|户数|措施|目标|指标|工程|乡镇|村别|地点|规模|投资|预算|"
          + "合计|小计|说明|年度|级别|性别|民族|职称|学历|来源|用途|方式|依据|事项|对象|资金|完成";

  /** Labels of a totals row: {@code 合计}, {@code 总计}. */
  public static final String TOTAL_ROWS = "合计|总计|小计|共计|累计";
}
