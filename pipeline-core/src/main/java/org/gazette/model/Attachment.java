package org.gazette.model;

/**
 * One item of a 附件说明 (attachment list).
 *
 * @param label the item's number as printed ("1", "2"), or null for a single attachment
 * @param title the attachment's name, remarks removed
 * @param remark a trailing remark such as 见网络版, or null
 * @param line the raw line where the item starts
 */
public record Attachment(String label, String title, String remark, int line) {}
