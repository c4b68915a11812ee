package org.chronology.event.edit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronology.actor.Actor;
import org.chronology.actor.ActorQueryService;
import org.chronology.time.Precision;

/** Checks an event form: every invalid field gets a message code of the bundle. */
@ApplicationScoped
public class EventValidator {

  @Inject ActorQueryService actors;
  @Inject Validator beans;

  /**
   * Field name → message code for every invalid value of the form: the form's constraints (Bean
   * Validation, {@link EventForm}), then what depends on several fields or on the database.
   */
  public Map<String, String> validate(EventForm f) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (ConstraintViolation<EventForm> v : beans.validate(f)) {
      String field =
          v.getLeafBean() instanceof EventForm.ActorRow r
              ? r.roleField()
              : leaf(v.getPropertyPath());
      errors.putIfAbsent(field, v.getMessage());
    }
    LocalDate start = date(f.dateStart(), "dateStart", errors);
    LocalDate end = date(f.dateEnd(), "dateEnd", errors);
    if (start != null && end != null && start.isAfter(end)) {
      errors.put("dateEnd", "endBeforeStart");
    }
    String unknown = Precision.UNKNOWN.code();
    if (!errors.containsKey("datePrecision")
        && unknown.equals(f.datePrecision()) != (start == null && end == null)
        && !errors.containsKey("dateStart")
        && !errors.containsKey("dateEnd")) {
      errors.put(
          "datePrecision",
          unknown.equals(f.datePrecision()) ? "unknownPrecisionWithDate" : "startRequired");
    }
    if (!f.addActor().isEmpty()) {
      ActorQueryService.Resolved found = resolved(f.addActor());
      if (found.actors().isEmpty()) {
        errors.put("addActor", "noSuchActor");
      } else if (found.actors().size() > 1) {
        // Several names only containing the text are not several actors with that name.
        errors.put("addActor", found.exact() ? "ambiguousActor" : "lookupContaining");
      }
    }
    if (!f.newActorName().isEmpty() && !EventChoices.kinds().contains(f.newActorKind())) {
      errors.put("newActorKind", "chooseKind");
    }
    return errors;
  }

  private static String leaf(Path path) {
    String name = "";
    for (Path.Node n : path) {
      name = n.getName();
    }
    return name;
  }

  /**
   * The actors an editor's "add actor" box names: a number is an actor id (older forms and links);
   * text is a name or alias, resolved like the chronology's actor box.
   */
  List<Long> actorIds(String text) {
    return resolved(text).actors().stream().map(ActorQueryService.ActorOption::id).toList();
  }

  /** {@link #actorIds}, saying whether the actors bear the typed name or only contain it. */
  private ActorQueryService.Resolved resolved(String text) {
    String t = text.strip();
    if (t.matches("[0-9]{1,18}")) {
      Actor a = Actor.findById(Long.parseLong(t));
      return new ActorQueryService.Resolved(
          a == null
              ? List.of()
              : List.of(new ActorQueryService.ActorOption(a.id, a.name, a.nameEn, a.kind, 0)),
          true);
    }
    if (t.length() > 200) {
      return new ActorQueryService.Resolved(List.of(), false);
    }
    return actors.resolveNamed(t, 2);
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
