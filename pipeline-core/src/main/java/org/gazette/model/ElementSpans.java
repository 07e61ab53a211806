package org.gazette.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where each element of a document stands in the source (for review and spot checks); a component
 * is null when the document has no such element.
 *
 * @param title issuer and title lines
 * @param docNumber the 发文字号 line
 * @param recipients the 主送 lines
 * @param signer the 署名 line
 * @param date the 成文日期 line
 * @param note the 附注 line
 * @param attachments the 附件说明 lines
 * @param enclosedTitle the enclosed document's title lines
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ElementSpans(
    Span title,
    Span docNumber,
    Span recipients,
    Span signer,
    Span date,
    Span note,
    Span attachments,
    Span enclosedTitle) {}
