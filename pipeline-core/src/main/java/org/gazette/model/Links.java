package org.gazette.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What a document says about other documents, persons and units: the records other systems query.
 *
 * @param citations references to other documents, in reading order
 * @param appointments 任免 statements, one per person and post
 * @param orgLists 责任单位/牵头单位/配合单位 lists, split into units
 * @param entities the organisations, persons and places named, or null when not asked for
 */
public record Links(
    List<Citation> citations,
    List<Appointment> appointments,
    List<OrgList> orgLists,
    @JsonInclude(JsonInclude.Include.NON_NULL) Entities entities) {
  /** No links. */
  public static final Links NONE = new Links(List.of(), List.of(), List.of(), null);

  public Links {
    citations = List.copyOf(citations);
    appointments = List.copyOf(appointments);
    orgLists = List.copyOf(orgLists);
  }
}
