package org.chronology.event.edit;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronology.actor.Actor;
import org.chronology.actor.ActorQueryService;
import org.chronology.event.Review;
import org.chronology.time.Precision;

/** Checks an event form: every invalid field gets a message code of the bundle. */
@ApplicationScoped
public class EventValidator {

  private final ActorQueryService actors;

  public EventValidator(ActorQueryService actors) {
    this.actors = actors;
  }

  /** Field name → message code for every invalid value of the form. */
  public Map<String, String> validate(EventForm f) {
    Map<String, String> errors = new LinkedHashMap<>();
    String unknown = Precision.UNKNOWN.code();
    if (!EventChoices.types().contains(f.type())) {
      errors.put("type", "chooseType");
    }
    if (f.title().isBlank()) {
      errors.put("title", "titleRequired");
    } else if (f.title().length() > 300) {
      errors.put("title", "titleTooLong");
    }
    if (!EventChoices.statuses().contains(f.status())) {
      errors.put("status", "chooseStatus");
    }
    LocalDate start = date(f.dateStart(), "dateStart", errors);
    LocalDate end = date(f.dateEnd(), "dateEnd", errors);
    if (start != null && end != null && start.isAfter(end)) {
      errors.put("dateEnd", "endBeforeStart");
    }
    if (!EventChoices.precisions().contains(f.datePrecision())) {
      errors.put("datePrecision", "choosePrecision");
    } else if (unknown.equals(f.datePrecision()) != (start == null && end == null)
        && !errors.containsKey("dateStart")
        && !errors.containsKey("dateEnd")) {
      errors.put(
          "datePrecision",
          unknown.equals(f.datePrecision()) ? "unknownPrecisionWithDate" : "startRequired");
    }
    if (!f.review().isEmpty()
        && !EventChoices.REVIEWS.contains(f.review())
        && !Review.EXTRACTED.code().equals(f.review())) {
      errors.put("review", "chooseReview");
    }
    for (EventForm.ActorRow r : f.actors()) {
      if (!r.role().isEmpty() && !EventChoices.roles().contains(r.role())) {
        errors.put("role-" + r.id(), "unknownRole");
      }
    }
    if (!f.addActor().isEmpty()) {
      List<Long> found = actorIds(f.addActor());
      if (found.isEmpty()) {
        errors.put("addActor", "noSuchActor");
      } else if (found.size() > 1) {
        errors.put("addActor", "ambiguousActor");
      }
    }
    if (!f.addRole().isEmpty() && !EventChoices.roles().contains(f.addRole())) {
      errors.put("addRole", "unknownRole");
    }
    if (!f.newActorName().isEmpty()) {
      if (!EventChoices.kinds().contains(f.newActorKind())) {
        errors.put("newActorKind", "chooseKind");
      }
      if (f.newActorName().length() > 200) {
        errors.put("newActorName", "nameTooLong");
      }
    }
    if (!f.newActorRole().isEmpty() && !EventChoices.roles().contains(f.newActorRole())) {
      errors.put("newActorRole", "unknownRole");
    }
    if (f.note().length() > 4000) {
      errors.put("note", "noteTooLong");
    }
    return errors;
  }

  /**
   * The actors an editor's "add actor" box names: a number is an actor id (older forms and links);
   * text is a name or alias, resolved like the chronology's actor box.
   */
  List<Long> actorIds(String text) {
    String t = text.strip();
    if (t.matches("[0-9]{1,18}")) {
      Actor a = Actor.findById(Long.parseLong(t));
      return a == null ? List.of() : List.of(a.id);
    }
    if (t.length() > 200) {
      return List.of();
    }
    return actors.resolve(t, 2).stream().map(ActorQueryService.ActorOption::id).toList();
  }

  private static LocalDate date(String v, String field, Map<String, String> errors) {
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      errors.put(field, "badDate");
      return null;
    }
  }
}
