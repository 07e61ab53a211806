package org.gazette.text;

import java.util.regex.Pattern;

/** Lines a saved web page puts around a document: its trailer, its footer, its linked files. */
public final class WebPages {
  private WebPages() {}

  /**
   * A line of a web page's trailer after the document: a download or related-links heading ({@code
   * 【原文下载】}, {@code 相关附件：}), a link ({@code - [通知.pdf](/files/1.pdf)}, a bare URL), or a page field
   * ({@code 更新时间：…}, {@code 来源：…}, {@code 浏览次数：…}).
   */
  public static final Pattern PAGE_TRAILER =
      Pattern.compile(
          "^([【\\[［]?(原文下载|附件下载|文件下载|相关\\p{IsHan}{0,6}(附件|链接|文件|阅读|解读)|政策解读)"
              + "[】\\]］]?[:：]?"
              + "|[-*+]?\\[[^\\]]*\\]\\([^)]*\\)"
              + "|https?://\\S+"
              + "|\\p{IsHan}{0,4}(更新时间|发布时间|浏览次数|点击数|访问量|来源)[:：].*)$");

  /**
   * A linked file's name ({@code 某某规则.pdf}, {@code 某某表.docx（2）}), of a type a web page links a
   * document's attachments as: the name, then its type.
   */
  private static final String FILE =
      "([^。；，]{1,80})\\.(pdf|ofd|docx?|wps|xlsx?|et|zip|rar)(\\s*[(（]\\d+[)）])?";

  /**
   * A linked file's name alone on its line ({@code 某某规则.pdf}, {@code 某某表.docx（2）}): the name, then
   * its type.
   */
  public static final Pattern LINKED_FILE =
      Pattern.compile("^" + FILE + "$", Pattern.CASE_INSENSITIVE);

  /**
   * True when {@code f} is a {@link #LINKED_FILE}, tried only on a line ending in Latin or a
   * bracket.
   */
  public static boolean isLinkedFile(String f) {
    if (f.isEmpty()) {
      return false;
    }
    char last = f.charAt(f.length() - 1);
    return (last < 0x80 || last == '）') && LINKED_FILE.matcher(f).matches();
  }

  /**
   * A web page's own controls and links, never a document's words: {@code 扫一扫在手机打开当前页}, {@code
   * 打印本页}, {@code 【关闭窗口】}, {@code 网站地图}, {@code 责任编辑：}, {@code 相关链接>>}, a linked file ({@code
   * 某某规则.pdf}): where its footer begins.
   */
  public static final Pattern PAGE_FOOTER =
      Pattern.compile(
          "^(扫一扫.{0,16}"
              + "|[【\\[［]?打印(本页|此页|本文)?[】\\]］]?\\s*([【\\[［]?关闭(窗口|本页)?[】\\]］]?)?"
              + "|[【\\[［]?关闭(窗口|本页)[】\\]］]?|网站地图|语言播报|分享到[:：]?.{0,40}|责任编辑[:：].{0,20}"
              + "|相关(链接|附件|文件|解读|阅读)\\s*>>|相关(稿件|链接|报道|新闻|推荐|阅读)[:：]?"
              + "|上一篇[:：].*|下一篇[:：].*"
              + "|"
              + FILE
              + ")$",
          Pattern.CASE_INSENSITIVE);
}
