package org.gazette.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * One node of a document's outline.
 *
 * <p>Kinds: {@code section} (一、/（一）/1./（1）/①, with {@code level}), {@code chapter} (第X章), {@code
 * part} (第X节), {@code article} (第X条), {@code item} (an article's 项), {@code paragraph}, {@code
 * table} (with its {@link Table} fields), {@code attachment} (a printed attachment).
 *
 * @param kind the node kind
 * @param label the printed label (一、, 第三条, 1.2), or null
 * @param title the heading text without its label, or null
 * @param level nesting level of a section, 1 = top, or null
 * @param text running text of a paragraph or of a run-in heading's remainder, or null
 * @param table a table's caption, header rows, cells and notes, written as fields of the node, or
 *     null
 * @param sourceSpan raw lines the node covers
 * @param children nested nodes, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Node(
    Kind kind,
    String label,
    String title,
    Integer level,
    String text,
    @JsonUnwrapped Table table,
    Span sourceSpan,
    List<Node> children) {

  /** Node kinds; serialised in lower case ({@code section}, {@code paragraph}, …). */
  public enum Kind {
    /** 一、/（一）/1./（1）/① headings, with a level. */
    SECTION,
    /** 第X章. */
    CHAPTER,
    /** 第X节. */
    PART,
    /** 第X条. */
    ARTICLE,
    /** An article's 项. */
    ITEM,
    /** Running text. */
    PARAGRAPH,
    /** A table. */
    TABLE,
    /** A printed attachment. */
    ATTACHMENT;

    /** The name in the output. */
    @JsonValue
    public String wire() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A paragraph node. */
  public static Node paragraph(String text, Span span) {
    return new Node(Kind.PARAGRAPH, null, null, null, text, null, span, null);
  }
}
