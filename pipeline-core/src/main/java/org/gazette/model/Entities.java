package org.gazette.model;

import java.util.List;

/**
 * The organisations, persons and places a document names (only when asked for: {@code --entities}).
 *
 * @param organisations units and bodies, in order of first mention
 * @param persons persons, in order of first mention
 * @param places places, in order of first mention
 */
public record Entities(List<Entity> organisations, List<Entity> persons, List<Entity> places) {
  public Entities {
    organisations = List.copyOf(organisations);
    persons = List.copyOf(persons);
    places = List.copyOf(places);
  }
}
