package org.gazette.batch;

import java.util.HashSet;
import java.util.Set;

/**
 * Output names for a batch's inputs, the same whatever runs the batch (the CLI or a cluster job): a
 * folder's files keep their path below the folder ({@code 2023/issue-01.pdf} → {@code
 * 2023/issue-01.json}), a file given by itself its base name; a name already given gets {@code -2},
 * {@code -3} … in input order. Not thread-safe: one instance names one batch.
 */
public final class OutputNames {
  private final Set<String> given = new HashSet<>();

  /**
   * A unique output name for the input at {@code relative} (slash- or backslash-separated, below
   * the folder it was found in, or its base name).
   */
  public String next(String relative) {
    String name = of(relative);
    String n = name;
    for (int k = 2; !given.add(n); k++) {
      n = name.substring(0, name.length() - ".json".length()) + "-" + k + ".json";
    }
    return n;
  }

  /** {@code 000_x.txt} → {@code 000_x.json}; {@code 2023/a.pdf} → {@code 2023/a.json}. */
  public static String of(String relative) {
    String name = relative.replace('\\', '/');
    int dot = name.lastIndexOf('.');
    int slash = name.lastIndexOf('/');
    return (dot > slash + 1 ? name.substring(0, dot) : name) + ".json";
  }

  /**
   * True for the inputs a folder contributes, any case: {@code *.txt}, {@code *.pdf} and {@code
   * *.md} (web pages and databases exported as Markdown are read as the text they are).
   */
  public static boolean supported(String fileName) {
    String n = fileName.toLowerCase(java.util.Locale.ROOT);
    return n.endsWith(".txt") || n.endsWith(".pdf") || n.endsWith(".md");
  }
}
