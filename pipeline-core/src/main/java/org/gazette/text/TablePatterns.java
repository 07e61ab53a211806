package org.gazette.text;

import java.util.regex.Pattern;

/** What stands around and inside a table: its caption, notes, header words and totals row. */
public final class TablePatterns {
  private TablePatterns() {}

  /** A note printed under or above a table: {@code 注：…}, {@code 说明：…}, {@code 单位：万元}. */
  public static final Pattern TABLE_NOTE =
      Pattern.compile("^(注|备注|说明|资料来源|数据来源|单位|填报单位|填表说明)\\s*\\d?\\s*[：:].*");

  /** A table's caption: {@code 表1 …}, {@code 表 2.1-1}, {@code …任务分解表}, {@code …一览表}. */
  public static final Pattern TABLE_CAPTION =
      Pattern.compile("^(表\\s*[\\d一二三四五六七八九十][\\d.\\-－]*.{0,40}|.{2,60}(表|清单|一览|统计|明细))$");

  /** A table cell's word list {@link Words#TABLE_HEADER_WORDS}, found anywhere in a cell. */
  public static final Pattern TABLE_HEADER_WORD = Pattern.compile(Words.TABLE_HEADER_WORDS);

  /** The label of a totals row. */
  public static final Pattern TOTAL_ROW =
      Pattern.compile("^(" + Words.TOTAL_ROWS + ")([（(][^）)]*[）)])?$");
}
