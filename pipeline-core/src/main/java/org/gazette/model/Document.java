package org.gazette.model;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * One official document (公文) of an issue, with its GB/T 9704-2012 elements.
 *
 * @param id stable id within the issue, e.g. {@code doc-003}
 * @param category the gazette section (栏目) it stands under, or null
 * @param title full title, wrapped lines joined
 * @param docNumber normalised 发文字号, or null
 * @param docNumberParts the 发文字号 split into parts, or null
 * @param issuer 发文机关 from the issuer line or title, or null
 * @param recipients 主送机关 without the trailing colon, or null
 * @param signer 发文机关署名, or null
 * @param date 成文日期, ISO, or null
 * @param dateText the date as printed, or null
 * @param note 附注 without its brackets, e.g. 此件公开发布, or null
 * @param attachments 附件说明 items
 * @param enclosedTitle title of the enclosed document of a 印发 notice, or null
 * @param cc 抄送 line, or null
 * @param printer 印发机关, or null
 * @param printDate 印发日期, ISO, or null
 * @param report subtitle facts of a speech/report, or null
 * @param sourceSpan raw lines of the document
 * @param body outline of the document (the cover notice for a 印发 notice)
 * @param enclosure the enclosed document of a 印发 notice, or null
 * @param elementSpans where each element stands in the source
 * @param links citations, appointments and unit lists found in the document, written as fields of
 *     the document
 */
public record Document(
    String id,
    String category,
    String title,
    String docNumber,
    DocNumber docNumberParts,
    String issuer,
    String recipients,
    String signer,
    String date,
    String dateText,
    String note,
    List<Attachment> attachments,
    String enclosedTitle,
    String cc,
    String printer,
    String printDate,
    Report report,
    Span sourceSpan,
    List<Node> body,
    Enclosure enclosure,
    ElementSpans elementSpans,
    @JsonUnwrapped Links links) {
  public Document {
    links = links == null ? Links.NONE : links;
    attachments = List.copyOf(attachments);
    body = List.copyOf(body);
  }

  /** This document with a different source span (pages added). */
  public Document withSourceSpan(Span span) {
    return new Document(
        id,
        category,
        title,
        docNumber,
        docNumberParts,
        issuer,
        recipients,
        signer,
        date,
        dateText,
        note,
        attachments,
        enclosedTitle,
        cc,
        printer,
        printDate,
        report,
        span,
        body,
        enclosure,
        elementSpans,
        links);
  }

  /** This document with a different 发文字号. */
  public Document withDocNumber(DocNumber n) {
    return new Document(
        id,
        category,
        title,
        n == null ? null : n.normalized(),
        n,
        issuer,
        recipients,
        signer,
        date,
        dateText,
        note,
        attachments,
        enclosedTitle,
        cc,
        printer,
        printDate,
        report,
        sourceSpan,
        body,
        enclosure,
        elementSpans,
        links);
  }

  /** This document with a different category. */
  public Document withCategory(String newCategory) {
    return new Document(
        id,
        newCategory,
        title,
        docNumber,
        docNumberParts,
        issuer,
        recipients,
        signer,
        date,
        dateText,
        note,
        attachments,
        enclosedTitle,
        cc,
        printer,
        printDate,
        report,
        sourceSpan,
        body,
        enclosure,
        elementSpans,
        links);
  }

  /** This document with its links. */
  public Document withLinks(Links l) {
    return new Document(
        id,
        category,
        title,
        docNumber,
        docNumberParts,
        issuer,
        recipients,
        signer,
        date,
        dateText,
        note,
        attachments,
        enclosedTitle,
        cc,
        printer,
        printDate,
        report,
        sourceSpan,
        body,
        enclosure,
        elementSpans,
        l);
  }
}
