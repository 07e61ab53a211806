package org.gazette.links;

import java.util.regex.Pattern;
import org.gazette.text.Words;

/**
 * Rules of thumb that confirm what a statistical recogniser takes for a name in 公文 text, where it
 * reads many ordinary words as names ({@code 力行}, {@code 依规}) and glues verbs to units ({@code
 * 已经县人民政府}).
 */
final class Names {
  /** The common surnames (single and double), from the national surname frequency lists. */
  private static final Pattern SURNAME =
      Pattern.compile(
          "(欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|令狐|夏侯|长孙|宇文|司徒|端木|"
              + "[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
              + "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向"
              + "汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕"
              + "单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦"
              + "褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明"
              + "佘池查麻苑迟邝])\\p{IsHan}{1,2}");

  /** What stands beside a person's name: 同志, a post, a title, another name. */
  private static final Pattern PERSON_AFTER =
      Pattern.compile("^(同志|先生|女士|[（(]|" + Words.PERSON_ROLES + ").*");

  private static final Pattern PERSON_BEFORE =
      Pattern.compile(".*(" + Words.PERSON_ROLES + "|任命|免去|聘任|联系人[：:]?|组长[：:]|成员[：:])$");

  /** A unit's last word. */
  private static final Pattern UNIT_END =
      Pattern.compile(".*(" + Words.ORG_SUFFIXES + "|中心|集团|学校|大学|学院|医院|银行|法院|检察院|单位|组织)$");

  /** A unit that starts with a level ({@code 县财政局}, {@code 中共…}). */
  private static final Pattern UNIT_START = Pattern.compile("^(中共|中国|国家|国务院|全国|各|省|市|县|区|州|乡|镇).*");

  /** A place's last word. */
  private static final Pattern PLACE_END =
      Pattern.compile(".*(省|市|县|区|州|盟|旗|乡|镇|村|街道|社区|国|岛|山|河|湖|江|海|港|湾|峡|自治区|特别行政区)$");

  /** Words that start a phrase, not a name ({@code 向县}, {@code 在县}). */
  private static final Pattern FUNCTION_START =
      Pattern.compile("^[向在到从对由经为于把将给按据的和及与进报各后上下每全本该其此].*");

  /** A verb or conjunction glued before a unit ({@code 已经县人民政府}, {@code 及省委}). */
  private static final Pattern LEADING_WORD = Pattern.compile("^(已经|经|及|和|与|并|是|的|等).*");

  /** Where a phrase starts: the text's start, punctuation, a bracket or a space. */
  private static final Pattern BOUNDARY = Pattern.compile(".*[\\p{P}\\s　]$|^$");

  private Names() {}

  static boolean person(String name, String before, String after) {
    return name.length() <= 4
        && SURNAME.matcher(name).matches()
        && !FUNCTION_START.matcher(name).matches()
        && (PERSON_AFTER.matcher(after).matches() || PERSON_BEFORE.matcher(before).matches());
  }

  static boolean place(String name) {
    return name.codePoints().allMatch(org.gazette.text.Cjk::isHan)
        && PLACE_END.matcher(name).matches()
        && !FUNCTION_START.matcher(name).matches();
  }

  static boolean unit(String name, String before) {
    return UNIT_END.matcher(name).matches()
        && !name.contains("同志")
        && !LEADING_WORD.matcher(name).matches()
        && (name.length() > 3 || UNIT_START.matcher(name).matches())
        && !FUNCTION_START.matcher(name).matches()
        && (BOUNDARY.matcher(before).matches() || UNIT_START.matcher(name).matches());
  }
}
