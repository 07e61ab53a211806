package org.gazette.model;

/**
 * A 发文字号 split into its parts, e.g. 稷政办发〔2023〕17号 → prefix 稷政办发, year 2023, serial 17.
 *
 * @param prefix the issuer abbreviation and kind (代字), e.g. 稷政办发, 国办函, 稷政任字
 * @param year the year inside the brackets
 * @param serial the serial number (序号)
 * @param raw the text as printed in the document, before bracket normalisation (for a 字号 an OCR
 *     misreading of which was corrected from the TOC: the document's reading, kept beside the
 *     corrected parts)
 */
public record DocNumber(String prefix, int year, int serial, String raw) {
  /** The normalised form with 〔〕 brackets: {@code 稷政办发〔2023〕17号}. */
  public String normalized() {
    return prefix + "〔" + year + "〕" + serial + "号";
  }
}
