package org.chronology.event.edit;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The edit form as submitted, every value kept as typed so the form can be shown again with its
 * errors. Existing actors are rows {@code actor} (id), {@code role-ID}, {@code remove-ID}.
 */
public record EventForm(
    long version,
    String type,
    String title,
    String status,
    String dateStart,
    String dateEnd,
    String datePrecision,
    boolean dateApproximate,
    String locationName,
    String locationNameEn,
    String review,
    String note,
    String reason,
    List<ActorRow> actors,
    String addActor,
    String addRole,
    String newActorName,
    String newActorKind,
    String newActorRole) {

  /** An actor already on the event, with the role and removal chosen in the form. */
  public record ActorRow(long id, String name, String role, boolean remove) {}

  public static EventForm parse(MultivaluedMap<String, String> f) {
    List<ActorRow> rows = new ArrayList<>();
    Map<Long, Boolean> seen = new LinkedHashMap<>();
    for (String v : f.getOrDefault("actor", List.of())) {
      try {
        long id = Long.parseLong(v.strip());
        if (seen.putIfAbsent(id, true) == null) {
          rows.add(
              new ActorRow(
                  id,
                  s(f, "actorName-" + id),
                  s(f, "role-" + id),
                  f.getFirst("remove-" + id) != null));
        }
      } catch (NumberFormatException e) {
        // a tampered row: ignored
      }
    }
    long version;
    try {
      version = Long.parseLong(s(f, "version"));
    } catch (NumberFormatException e) {
      version = -1;
    }
    return new EventForm(
        version,
        s(f, "type"),
        s(f, "title"),
        s(f, "status"),
        s(f, "dateStart"),
        s(f, "dateEnd"),
        s(f, "datePrecision"),
        f.getFirst("dateApproximate") != null,
        s(f, "locationName"),
        s(f, "locationNameEn"),
        s(f, "review"),
        s(f, "note"),
        s(f, "reason"),
        rows,
        s(f, "addActor"),
        s(f, "addRole"),
        s(f, "newActorName"),
        s(f, "newActorKind"),
        s(f, "newActorRole"));
  }

  /** A form with a newer version, to save the same values over a change made meanwhile. */
  public EventForm withVersion(long v) {
    return new EventForm(
        v,
        type,
        title,
        status,
        dateStart,
        dateEnd,
        datePrecision,
        dateApproximate,
        locationName,
        locationNameEn,
        review,
        note,
        reason,
        actors,
        addActor,
        addRole,
        newActorName,
        newActorKind,
        newActorRole);
  }

  private static String s(MultivaluedMap<String, String> f, String name) {
    String v = f.getFirst(name);
    return v == null ? "" : v.strip();
  }
}
