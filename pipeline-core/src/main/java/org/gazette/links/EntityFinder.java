package org.gazette.links;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gazette.model.Appointment;
import org.gazette.model.Document;
import org.gazette.model.ElementSpans;
import org.gazette.model.Entities;
import org.gazette.model.Entity;
import org.gazette.model.OrgList;
import org.gazette.model.Span;
import org.gazette.nlp.Recognizer;

/**
 * A document's organisations, persons and places. Rules first: the units of the 主送 and 抄送 lists
 * (split at 、，；), the issuer and the signer, the units of 责任单位 lists and of appointments, the
 * persons appointed; then the {@link Recognizer} for the names in the running text that the rules
 * do not give (places come from it alone).
 */
final class EntityFinder {
  private final Recognizer recognizer;
  private final Map<String, Found> organisations = new LinkedHashMap<>();
  private final Map<String, Found> persons = new LinkedHashMap<>();
  private final Map<String, Found> places = new LinkedHashMap<>();

  /** A name being collected: its lines and how it was found. */
  private static final class Found {
    final Set<Integer> lines = new LinkedHashSet<>();
    final Set<String> via = new LinkedHashSet<>();
  }

  EntityFinder(Recognizer recognizer) {
    this.recognizer = recognizer;
  }

  /** Reads the document's elements and its records found so far. */
  void rules(Document d, List<OrgList> lists, List<Appointment> appointments) {
    ElementSpans e = d.elementSpans();
    units(d.recipients(), line(e == null ? null : e.recipients(), d), "recipients");
    units(
        d.cc() == null ? null : d.cc().replaceFirst("^抄送[：:]?", ""),
        d.sourceSpan().endLine(),
        "cc");
    units(d.issuer(), line(e == null ? null : e.title(), d), "issuer");
    units(d.signer(), line(e == null ? null : e.signer(), d), "signer");
    for (OrgList l : lists) {
      for (String u : l.units()) {
        add(organisations, u, l.line(), "orgList");
      }
    }
    for (Appointment a : appointments) {
      add(persons, a.person(), a.line(), "appointment");
      if (a.organisation() != null) {
        add(organisations, a.organisation(), a.line(), "appointment");
      }
    }
  }

  /**
   * Reads paragraph {@code p} with the recogniser, keeping what its rules of thumb confirm: a
   * person with a common surname standing beside 同志, a post or another name; a unit that starts
   * where a phrase starts (or with a place) and ends like a unit; a place that ends like one.
   */
  void recognize(LinedText p) {
    String t = p.text();
    for (Recognizer.Mention m : recognizer.find(t)) {
      int end = m.offset() + m.text().length();
      String before = t.substring(Math.max(0, m.offset() - 4), m.offset());
      String after = t.substring(end, Math.min(t.length(), end + 4));
      Map<String, Found> into =
          switch (m.kind()) {
            case PERSON -> Names.person(m.text(), before, after) ? persons : null;
            case PLACE -> Names.place(m.text()) ? places : null;
            case ORGANISATION -> Names.unit(m.text(), before) ? organisations : null;
          };
      if (into != null) {
        add(into, m.text(), p.line(m.offset()), "recognizer");
      }
    }
  }

  /** What was found. */
  Entities entities() {
    return new Entities(list(organisations), list(persons), list(places));
  }

  private static int line(Span s, Document d) {
    return s != null ? s.startLine() : d.sourceSpan().startLine();
  }

  private void units(String list, int line, String via) {
    if (list == null || list.isBlank()) {
      return;
    }
    for (String u : OrgLists.split(list.replaceAll("[：:]$", ""))) {
      add(organisations, u.replaceAll("\\s+", ""), line, via);
    }
  }

  private static void add(Map<String, Found> into, String name, int line, String via) {
    String n = name.strip();
    if (n.length() < 2) {
      return;
    }
    Found f = into.computeIfAbsent(n, k -> new Found());
    f.lines.add(line);
    f.via.add(via);
  }

  private static List<Entity> list(Map<String, Found> found) {
    List<Entity> out = new ArrayList<>();
    found.forEach(
        (name, f) ->
            out.add(new Entity(name, f.lines.stream().sorted().toList(), List.copyOf(f.via))));
    return out;
  }
}
