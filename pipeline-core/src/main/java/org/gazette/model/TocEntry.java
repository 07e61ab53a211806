package org.gazette.model;

/**
 * One entry of an issue's table of contents (目录).
 *
 * @param title the entry title, whitespace removed
 * @param docNumber the normalised 发文字号, or null
 * @param page the printed page number, or null
 * @param category the section banner the entry stands under (【县政府文件】 → 县政府文件), or null
 * @param line the raw line where the entry starts
 * @param matchedDocument the id of the document found for it in the body, or null
 */
public record TocEntry(
    String title,
    String docNumber,
    Integer page,
    String category,
    int line,
    String matchedDocument) {
  /** This entry with its matched document set. */
  public TocEntry withMatchedDocument(String id) {
    return new TocEntry(title, docNumber, page, category, line, id);
  }
}
