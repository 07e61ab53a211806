package org.gazette.model;

import java.util.List;

/**
 * A name a document mentions: an organisation, a person or a place, once per document.
 *
 * @param name the name as printed (spaces padding a person's name removed)
 * @param lines the raw lines it stands on, in order, each once
 * @param via how it was found, each once: {@code recipients}, {@code cc}, {@code issuer}, {@code
 *     signer}, {@code orgList}, {@code appointment}, or {@code recognizer} (the statistical
 *     recogniser, for what the rules miss)
 */
public record Entity(String name, List<Integer> lines, List<String> via) {
  public Entity {
    lines = List.copyOf(lines);
    via = List.copyOf(via);
  }
}
