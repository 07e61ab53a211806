package org.gazette.segment;

/**
 * Where a document starts in the block list, and which blocks form its head.
 *
 * @param first index of the document's first block
 * @param issuer index of the issuer line, or -1
 * @param titleFrom index of the first title block, or -1 when the body has none (the title is the
 *     page header's, {@link IssueLayout#pageTitle})
 * @param titleTo index of the last title block (inclusive)
 * @param number index of the 字号 block, or -1
 * @param after index of the first block after the head
 */
public record Head(int first, int issuer, int titleFrom, int titleTo, int number, int after) {}
