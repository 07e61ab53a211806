package org.gazette.model;

import java.util.List;

/**
 * A list of units under a label in the running text ({@code （牵头单位：县发改局；配合单位：县财政局、各乡镇）} gives two
 * lists).
 *
 * @param label the label as printed, without its colon ({@code 牵头单位})
 * @param units the units in order, each as printed
 * @param line the raw line the label stands on
 */
public record OrgList(String label, List<String> units, int line) {
  public OrgList {
    units = List.copyOf(units);
  }
}
