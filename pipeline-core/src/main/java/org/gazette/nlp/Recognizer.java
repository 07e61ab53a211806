package org.gazette.nlp;

import java.util.List;

/** Finds the names of persons, places and organisations in a text. */
public interface Recognizer {
  /** What a name is. */
  enum Kind {
    PERSON,
    PLACE,
    ORGANISATION
  }

  /**
   * A name found.
   *
   * @param kind what it names
   * @param text the name as it stands in the text
   * @param offset where it starts in the text
   */
  record Mention(Kind kind, String text, int offset) {}

  /** The names in {@code text}, in order. */
  List<Mention> find(String text);

  /**
   * The recogniser on HanLP (portable): its dictionaries load the first time it is asked, so a run
   * that does not ask pays nothing.
   */
  static Recognizer hanLp() {
    return HanLpRecognizer.INSTANCE;
  }
}
