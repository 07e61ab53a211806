package org.gazette.structure;

import org.gazette.model.DocNumber;
import org.gazette.text.Cjk;
import org.gazette.text.DocNumbers;
import org.gazette.text.IssuePatterns;
import org.gazette.text.Patterns;

/** 主送机关 (or a letter's 称呼) after a document's head. */
final class Recipients {
  /** Most page-widget blocks skipped before a 主送. */
  private static final int MAX_CHROME = 8;

  private Recipients() {}

  private static boolean pageChrome(String folded) {
    return IssuePatterns.PAGE_CHROME.matcher(folded).matches()
        || IssuePatterns.PAGE_METADATA.matcher(folded).matches()
        || stray(folded);
  }

  /** A character or two alone, as OCR reads a watermark's or a seal's fragment. */
  private static boolean stray(String folded) {
    String s = Cjk.squeeze(folded);
    return !s.isEmpty() && s.codePointCount(0, s.length()) <= 2 && !s.endsWith("：");
  }

  /**
   * 主送机关 or 称呼 and, when the line carries it, the 发文字号 glued to it.
   *
   * @param text the recipients without the trailing colon
   * @param docNumber a 字号 printed on the same line ({@code 国发〔1998〕12号各省、自治区…：}), or null
   */
  record Found(String text, DocNumber docNumber) {}

  /**
   * 主送机关 right after the head (or after a bracketed date line under the title); a list wrapped over
   * two blocks is joined; a 字号 on the same line is taken apart from it.
   */
  static Found find(DocBlocks d) {
    if (d.pos >= d.end) {
      return null;
    }
    int at = d.pos;
    // A web page's date line and share buttons may stand between its title and its 主送.
    while (at + 1 < d.end && at < d.pos + MAX_CHROME && pageChrome(d.at(at).folded())) {
      at++;
    }
    if (at > d.pos && ofLine(d.text(at)) != null) {
      for (int k = d.pos; k < at; k++) {
        d.used.add(k);
      }
      d.pos = at;
    } else {
      at = d.pos;
    }
    if (at + 1 < d.end && byline(d.at(at).folded()) && ofLine(d.text(at + 1)) != null) {
      d.used.add(at); // the author's name under a title (a compilation's byline), then the 称呼
      at++;
      d.pos = at;
    }
    if (Patterns.DATE_LINE.matcher(d.at(at).folded()).matches() && at + 1 < d.end) {
      at++; // 1950s letters and orders: （一九四九年四月二十一日） under the title, then the 称呼
      if (at + 1 < d.end && ofLine(d.text(at)) == null && ofLine(d.text(at + 1)) != null) {
        at++; // an edition's note on the document (题解) between the date and the 称呼
      }
    }
    String one = d.text(at);
    Found r = ofLine(one);
    if (r != null) {
      d.mark("recipients", at, at);
      d.used.add(at);
      d.pos = at == d.pos ? d.pos + 1 : d.pos;
      return r;
    }
    if (at == d.pos
        && d.pos + 1 < d.end
        && one.startsWith("各")
        && !Patterns.TERMINAL.matcher(one).matches()) {
      String two = one + d.text(d.pos + 1);
      if (d.text(d.pos + 1).length() <= 30 && Patterns.isRecipients(two)) {
        d.mark("recipients", d.pos, d.pos + 1);
        d.used.add(d.pos++);
        d.used.add(d.pos++);
        return new Found(two.replaceFirst("[:：]$", ""), null);
      }
    }
    return null;
  }

  /** A name alone on its line: two to four Han characters, perhaps letter-spaced. */
  private static boolean byline(String folded) {
    return Cjk.hanRun(Cjk.squeeze(folded), 2, 4);
  }

  /**
   * The recipients of one line, with a 字号 printed before or after them; null when it is not one.
   */
  static Found ofLine(String line) {
    if (Patterns.isRecipients(line)) {
      DocNumber glued = DocNumbers.find(line);
      if (glued != null && DocNumbers.start(Cjk.fold(line)) == 0) {
        // The 字号 ends at its 号; the rest of the line, as printed, is the recipients.
        String rest = line.substring(line.indexOf('号') + 1).strip();
        if (Patterns.isRecipients(rest)) {
          return new Found(rest.replaceFirst("[:：]$", ""), glued);
        }
      }
      return new Found(line.replaceFirst("[:：]$", ""), null);
    }
    int colon = Math.max(line.lastIndexOf('：'), line.lastIndexOf(':'));
    DocNumber glued = colon > 0 ? DocNumbers.whole(line.substring(colon + 1)) : null;
    if (glued != null && Patterns.isRecipients(line.substring(0, colon + 1))) {
      return new Found(line.substring(0, colon), glued);
    }
    return null;
  }
}
