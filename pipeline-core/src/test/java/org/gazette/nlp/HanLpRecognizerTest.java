package org.gazette.nlp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The HanLP recogniser, loaded from its jar (nothing downloaded), on an ordinary sentence. */
class HanLpRecognizerTest {
  @Test
  void findsAPersonAndAPlaceWithTheirOffsets() {
    String text = "经研究决定，任命王建国同志为山西省运城市某局局长。";
    List<Recognizer.Mention> found = Recognizer.hanLp().find(text);
    assertTrue(
        found.stream()
            .anyMatch(
                m ->
                    m.kind() == Recognizer.Kind.PERSON
                        && m.text().equals("王建国")
                        && text.startsWith("王建国", m.offset())),
        found.toString());
    assertTrue(
        found.stream().anyMatch(m -> m.kind() == Recognizer.Kind.PLACE && m.text().contains("山西")),
        found.toString());
  }
}
