package org.gazette.ocr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Greedy CTC decoding of a recogniser's output: the most probable class at each time step, repeats
 * collapsed, blanks dropped. Class 0 is the blank, classes 1…n the key list's characters in order,
 * and the last class a space (PP-OCR's {@code use_space_char}).
 */
final class CtcDecoder {
  private final String[] keys;

  /**
   * A decoded text line.
   *
   * @param text the characters read
   * @param confidence mean probability of the characters read (0–1), or NaN when none
   */
  record Decoded(String text, double confidence) {}

  CtcDecoder(List<String> keys) {
    List<String> all = new ArrayList<>();
    all.add(""); // blank
    all.addAll(keys);
    all.add(" ");
    this.keys = all.toArray(String[]::new);
  }

  /** The key list of a model: one character a line, UTF-8. */
  static CtcDecoder load(InputStream in) throws IOException {
    List<String> keys = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        keys.add(line);
      }
    }
    return new CtcDecoder(keys);
  }

  /** Number of classes the recogniser must output. */
  int classes() {
    return keys.length;
  }

  /** The characters the model can read. */
  java.util.Set<Character> charset() {
    java.util.Set<Character> out = new java.util.HashSet<>();
    for (String k : keys) {
      if (k.length() == 1) {
        out.add(k.charAt(0));
      }
    }
    return out;
  }

  /** Decodes {@code probs}: time steps × classes. */
  Decoded decode(float[][] probs) {
    StringBuilder sb = new StringBuilder();
    double sum = 0;
    int n = 0;
    int previous = -1;
    for (float[] step : probs) {
      int best = 0;
      for (int c = 1; c < step.length; c++) {
        if (step[c] > step[best]) {
          best = c;
        }
      }
      if (best != 0 && best != previous && best < keys.length) {
        sb.append(keys[best]);
        sum += step[best];
        n++;
      }
      previous = best;
    }
    return new Decoded(sb.toString().strip(), n == 0 ? Double.NaN : sum / n);
  }
}
