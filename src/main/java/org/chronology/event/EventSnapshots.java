package org.chronology.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An event's editable state as a JSON-ready map, for revisions and revert. */
public final class EventSnapshots {

  private EventSnapshots() {}

  public static Map<String, Object> of(Event e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", e.type == null ? null : e.type.code());
    m.put("title", e.title);
    m.put("status", e.status == null ? null : e.status.code());
    m.put("review", e.review == null ? null : e.review.code());
    m.put("dateStart", e.dateStart == null ? null : e.dateStart.toString());
    m.put("dateEnd", e.dateEnd == null ? null : e.dateEnd.toString());
    m.put("datePrecision", e.datePrecision == null ? null : e.datePrecision.code());
    m.put("dateApproximate", e.dateApproximate);
    m.put("dateText", e.dateText);
    m.put(
        "dateResolvedAgainst",
        e.dateResolvedAgainst == null ? null : e.dateResolvedAgainst.toString());
    m.put("locationName", e.locationName);
    m.put("locationNameEn", e.locationNameEn);
    m.put("note", e.note);
    m.put("actors", actors(e));
    m.put("mentions", mentions(e));
    m.put("editedFields", Arrays.asList(e.editedFields));
    return m;
  }

  /** Actors as "id:name:role" strings: readable in a diff, enough to restore. */
  static List<String> actors(Event e) {
    List<String> out = new ArrayList<>();
    for (EventActor ea : e.actors) {
      out.add(ea.actor.id + ":" + ea.actor.name + ":" + (ea.role == null ? "" : ea.role));
    }
    return out;
  }

  static List<String> mentions(Event e) {
    List<String> out = new ArrayList<>();
    for (Mention m : e.mentions) {
      out.add("#" + m.id + " " + m.article.id + "@" + m.sentenceStart);
    }
    return out;
  }
}
