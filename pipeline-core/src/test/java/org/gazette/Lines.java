package org.gazette;

import java.util.ArrayList;
import java.util.List;
import org.gazette.model.SourceLine;

/** Builds numbered lines for unit tests. */
public final class Lines {
  private Lines() {}

  /** Lines 1..n of {@code text} split on \n. */
  public static List<SourceLine> of(String text) {
    List<SourceLine> out = new ArrayList<>();
    String[] parts = text.split("\n", -1);
    for (int i = 0; i < parts.length; i++) {
      out.add(new SourceLine(i + 1, parts[i]));
    }
    return out;
  }
}
