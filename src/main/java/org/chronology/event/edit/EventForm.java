package org.chronology.event.edit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The edit form as submitted, every value kept as typed so the form can be shown again with its
 * errors. Existing actors are rows {@code actor} (id), {@code role-ID}, {@code remove-ID}. The
 * constraints' messages are codes of the bundle ({@code ed:err}); {@link EventValidator} adds the
 * checks across fields.
 */
public record EventForm(
    long version,
    @Code(value = Code.Of.TYPE, message = "chooseType") String type,
    @NotBlank(message = "titleRequired") @Size(max = 300, message = "titleTooLong") String title,
    @Code(value = Code.Of.STATUS, message = "chooseStatus") String status,
    String dateStart,
    String dateEnd,
    @Code(value = Code.Of.PRECISION, message = "choosePrecision") String datePrecision,
    boolean dateApproximate,
    String locationName,
    String locationNameEn,
    @Code(value = Code.Of.REVIEW, optional = true, message = "chooseReview") String review,
    @Size(max = 4000, message = "noteTooLong") String note,
    String reason,
    @Valid List<ActorRow> actors,
    String addActor,
    @Code(value = Code.Of.ROLE, optional = true, message = "unknownRole") String addRole,
    @Size(max = 200, message = "nameTooLong") String newActorName,
    String newActorKind,
    @Code(value = Code.Of.ROLE, optional = true, message = "unknownRole") String newActorRole) {

  /** An actor already on the event, with the role and removal chosen in the form. */
  public record ActorRow(
      long id,
      String name,
      @Code(value = Code.Of.ROLE, optional = true, message = "unknownRole") String role,
      boolean remove) {

    /** The name of this row's role field in the form, where its error is shown too. */
    public String roleField() {
      return "role-" + id;
    }
  }

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
