package org.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gazette.io.Json;
import org.gazette.model.Document;
import org.gazette.model.Furniture;
import org.gazette.model.IssueResult;
import org.gazette.model.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing is lost: every non-blank input line lies in exactly one place (front matter, TOC, one
 * document, back matter, or furniture), and every letter and digit of a document's lines appears
 * among the string values of its record.
 */
class LosslessnessTest {
  private static final java.util.regex.Pattern ATTACHMENT_LABEL =
      java.util.regex.Pattern.compile("^\\s*附件\\s*\\d*\\s*[:：]?");

  static List<Path> samples() {
    return Samples.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void everyLineHasAPlace(Path sample) throws Exception {
    IssueResult r = new Pipeline().convert(sample);
    List<String> lines = Files.readAllLines(sample, StandardCharsets.UTF_8);
    List<Span> places = new ArrayList<>();
    if (r.frontMatter() != null) {
      places.add(r.frontMatter());
    }
    if (r.toc() != null) {
      places.add(new Span(r.toc().startLine(), r.toc().endLine()));
    }
    if (r.backMatter() != null) {
      places.add(r.backMatter());
    }
    r.documents().forEach(d -> places.add(d.sourceSpan()));
    Map<Integer, Furniture> furniture = new HashMap<>();
    r.furniture().stream().filter(f -> !f.isGlued()).forEach(f -> furniture.put(f.line(), f));
    List<Integer> lost = new ArrayList<>();
    for (int n = 1; n <= lines.size(); n++) {
      if (lines.get(n - 1).isBlank() || furniture.containsKey(n)) {
        continue;
      }
      final int line = n;
      long homes = places.stream().filter(s -> s.contains(line)).count();
      if (homes != 1) {
        lost.add(n);
      }
    }
    assertEquals(List.of(), lost, "lines without exactly one home");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void everyCharacterOfADocumentIsInItsRecord(Path sample) throws Exception {
    IssueResult r = new Pipeline().convert(sample);
    List<String> lines = Files.readAllLines(sample, StandardCharsets.UTF_8);
    java.util.Set<Integer> furniture = new java.util.HashSet<>();
    Map<Integer, List<String>> glued = new HashMap<>();
    r.furniture()
        .forEach(
            f -> {
              if (f.isGlued()) {
                glued.computeIfAbsent(f.line(), k -> new ArrayList<>()).add(f.text());
              } else {
                furniture.add(f.line());
              }
            });
    for (Document d : r.documents()) {
      Map<Integer, Integer> have = histogram(strings(Json.tree(d)));
      StringBuilder source = new StringBuilder();
      for (int n = d.sourceSpan().startLine(); n <= d.sourceSpan().endLine(); n++) {
        if (!furniture.contains(n)) {
          // The 附件 label of an attachment list or a printed attachment is what the record's
          // attachments/enclosure fields stand for; the rest of such a line must still be there.
          String line = lines.get(n - 1);
          for (String label : glued.getOrDefault(n, List.of())) {
            line = line.replace(label, ""); // a page label glued inside the line is furniture
          }
          source.append(ATTACHMENT_LABEL.matcher(line).replaceFirst(""));
        }
      }
      Map<Integer, Integer> need = histogram(source.toString());
      List<String> missing = new ArrayList<>();
      need.forEach(
          (cp, k) -> {
            if (have.getOrDefault(cp, 0) < k) {
              missing.add(new String(Character.toChars(cp)) + "×" + (k - have.getOrDefault(cp, 0)));
            }
          });
      assertTrue(missing.isEmpty(), d.id() + " " + d.title() + " lost " + missing);
    }
  }

  /** Letters and digits only (punctuation and brackets are normalised in values), NFKC. */
  private static Map<Integer, Integer> histogram(String s) {
    Map<Integer, Integer> h = new HashMap<>();
    Normalizer.normalize(s, Normalizer.Form.NFKC)
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(cp -> h.merge(cp, 1, Integer::sum));
    return h;
  }

  private static String strings(JsonNode n) {
    StringBuilder sb = new StringBuilder();
    if (n.isTextual()) {
      sb.append(n.asText());
    } else if (n.isContainerNode()) {
      n.forEach(c -> sb.append(strings(c)));
    }
    return sb.toString();
  }
}
