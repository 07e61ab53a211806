package org.gazette.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A 发文字号 split into its parts, e.g. 稷政办发〔2023〕17号 → prefix 稷政办发, year 2023, serial 17.
 *
 * @param prefix the issuer abbreviation and kind (代字), e.g. 稷政办发, 国办函, 稷政任字
 * @param year the year inside the brackets (a two-digit year, {@code （94）}, read as 1994)
 * @param serial the serial number (序号)
 * @param raw the text as printed in the document, before bracket normalisation (for a 字号 an OCR
 *     misreading of which was corrected from the TOC: the document's reading, kept beside the
 *     corrected parts)
 * @param form how the number is printed
 */
public record DocNumber(String prefix, int year, int serial, String raw, @JsonIgnore Form form) {
  /** How a number is printed. */
  public enum Form {
    /** GB/T 9704: prefix, year in brackets, serial: {@code 稷政办发〔2023〕17号}. */
    BRACKETED,
    /** The older and judicial form, year first: {@code （94）统议字04号}, {@code （1986）刑再字7号}. */
    YEAR_FIRST,
    /** A 公告 numbered within its year: {@code 国家税务总局公告2023年第3号}. */
    YEAR_NUMBERED
  }

  /** A 字号 in the GB/T 9704 form, prefix before the year. */
  public DocNumber(String prefix, int year, int serial, String raw) {
    this(prefix, year, serial, raw, Form.BRACKETED);
  }

  /** True for the older and judicial form that puts the year first. */
  public boolean yearFirst() {
    return form == Form.YEAR_FIRST;
  }

  /**
   * The normalised form: {@code 稷政办发〔2023〕17号} with 〔〕 brackets; a year-first number keeps its
   * figures as printed, in （） brackets as courts still print them ({@code （94）统议字04号}) or in 〔〕
   * where it was printed so ({@code 〔84〕法研字第9号}); a 公告's number as printed ({@code
   * 国家税务总局公告2023年第3号}).
   */
  public String normalized() {
    if (form == Form.YEAR_NUMBERED) {
      return prefix + year + "年第" + serial + "号";
    }
    if (yearFirst()) {
      int close = 1;
      while (close < raw.length() && Character.isDigit(raw.charAt(close))) {
        close++;
      }
      boolean square = "〔[［【".indexOf(raw.charAt(0)) >= 0;
      return (square ? "〔" : "（")
          + raw.substring(1, close)
          + (square ? "〕" : "）")
          + raw.substring(Math.min(raw.length(), close + 1));
    }
    return prefix + "〔" + year + "〕" + serial + "号";
  }
}
