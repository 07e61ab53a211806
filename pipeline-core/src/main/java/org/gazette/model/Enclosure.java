package org.gazette.model;

import java.util.List;

/**
 * The document a 关于印发…的通知 encloses, printed after the cover notice.
 *
 * @param title the enclosed title as it stands above its body
 * @param sourceSpan the lines of the enclosed document
 * @param body its outline
 */
public record Enclosure(String title, Span sourceSpan, List<Node> body) {
  public Enclosure {
    body = List.copyOf(body);
  }
}
