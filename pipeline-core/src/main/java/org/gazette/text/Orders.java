package org.gazette.text;

import java.util.regex.Pattern;

/** Orders (令) and the 公告 printed like them: their headings and numbers. */
public final class Orders {
  private Orders() {}

  /** An order's title, or a 公告 that promulgates like one: {@code 山西省人民政府令}, {@code 某某省人大常委会公告}. */
  public static final Pattern ORDER = Pattern.compile("^(\\p{IsHan}{2,30}令|\\p{IsHan}{0,30}公告)$");

  /** The source of an order's number, for the patterns below. */
  private static final String ORDER_NO =
      "([〔\\[(（](?:\\d{4}|[一二三四五六七八九十]{1,3}届)[〕\\])）]|\\d{4}年|[一二三四五六七八九十]{1,3}届)?"
          + "第(\\d{1,5}|[一二三四五六七八九十百零〇○]{1,8})号";

  /** An order's number: {@code 第 305 号}, {@code 〔2023〕第5号}, {@code 2023年第5号}, {@code （十四届第3号）}. */
  public static final Pattern ORDER_NUMBER =
      Pattern.compile("^" + ORDER_NO + "$|^[(（]" + ORDER_NO + "[)）]$");

  private static final Pattern BRACKETED = Pattern.compile("^[(（](.+)[)）]$");

  /**
   * {@code s} without the one pair of brackets around it all: {@code （卫生部令第52号）}, {@code （第16号）}.
   */
  public static String unbracketed(String s) {
    return BRACKETED.matcher(s).replaceFirst("$1");
  }

  /** An order's heading with its number, as a head joins them: {@code 中华人民共和国公安部令第105号}. */
  public static final Pattern ORDER_WITH_NUMBER =
      Pattern.compile(
          "^(\\p{IsHan}{2,30}令|\\p{IsHan}{0,30}公告)(" + ORDER_NO + "|[(（]" + ORDER_NO + "[)）])$");

  /**
   * The order that published a text, in its note: {@code 2024年4月25日国家发展改革委令第20号公布}; group 1 the
   * date, group 2 the order.
   */
  public static final Pattern PUBLISHING_ORDER =
      Pattern.compile(
          "((?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日)\\s*(\\p{IsHan}[\\p{IsHan}、]{1,60}?令\\s*第\\s*"
              + "[0-9一二三四五六七八九十百零〇]{1,6}\\s*号)\\s*(公布|发布)");
}
