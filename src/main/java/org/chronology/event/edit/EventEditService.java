package org.chronology.event.edit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.chronology.actor.Actor;
import org.chronology.actor.ActorAlias;
import org.chronology.actor.ActorSnapshots;
import org.chronology.common.NotFound;
import org.chronology.event.EditedFields;
import org.chronology.event.Event;
import org.chronology.event.EventActor;
import org.chronology.event.EventSnapshots;
import org.chronology.event.Review;
import org.chronology.event.SearchText;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.revision.RevisionService;
import org.chronology.time.Precision;

/**
 * Saves an editor's form for one event: its fields, actors and review. Each change records a
 * revision and marks what the editor set in {@code edited_fields}, so that re-extraction never
 * undoes it. Review from the queue is {@link ReviewService}, merge and split {@link
 * EventStructureService}, going back to a revision {@link EventRevertService}.
 */
@ApplicationScoped
public class EventEditService {

  @Inject RevisionService revisions;
  @Inject EventValidator validator;

  /** What a save did. */
  public sealed interface Result {}

  public record Saved(long id) implements Result {}

  public record Invalid(Map<String, String> errors) implements Result {}

  /** The form was made from an older version; nothing was written. */
  public record Conflict(long currentVersion) implements Result {}

  @Transactional
  public Result save(long id, EventForm f, String user) {
    Event e = Event.findById(id);
    if (e == null) {
      throw NotFound.event(id);
    }
    if (f.version() != e.version) {
      return new Conflict(e.version);
    }
    Map<String, String> errors = validator.validate(f);
    if (!errors.isEmpty()) {
      return new Invalid(errors);
    }
    Map<String, Object> before = EventSnapshots.of(e);
    Set<String> changed = new LinkedHashSet<>();
    EventType type = EventType.fromCode(f.type());
    if (type != e.type) {
      e.type = type;
      changed.add(EditedFields.TYPE);
    }
    if (!f.title().equals(e.title)) {
      e.title = f.title();
      changed.add(EditedFields.TITLE);
    }
    EventStatus status = EventStatus.fromCode(f.status());
    if (status != e.status) {
      e.status = status;
      changed.add(EditedFields.STATUS);
    }
    LocalDate start = f.dateStart().isEmpty() ? null : LocalDate.parse(f.dateStart());
    LocalDate end = f.dateEnd().isEmpty() ? start : LocalDate.parse(f.dateEnd());
    if (start == null && end != null) {
      start = end;
    }
    Precision precision = Precision.fromCode(f.datePrecision());
    if (!Objects.equals(start, e.dateStart)
        || !Objects.equals(end, e.dateEnd)
        || precision != e.datePrecision
        || f.dateApproximate() != e.dateApproximate) {
      e.dateStart = start;
      e.dateEnd = end;
      e.datePrecision = precision;
      e.dateApproximate = f.dateApproximate();
      changed.add(EditedFields.DATE);
    }
    String loc = EventChanges.blankToNull(f.locationName());
    String locEn = EventChanges.blankToNull(f.locationNameEn());
    if (!Objects.equals(loc, e.locationName) || !Objects.equals(locEn, e.locationNameEn)) {
      e.locationName = loc;
      e.locationNameEn = locEn;
      changed.add(EditedFields.LOCATION);
    }
    if (actors(e, f, user)) {
      changed.add(EditedFields.ACTORS);
    }
    boolean noteChanged = !Objects.equals(EventChanges.blankToNull(f.note()), e.note);
    e.note = EventChanges.blankToNull(f.note());
    Review review = f.review().isEmpty() ? e.review : Review.fromCode(f.review());
    if (review != Review.REJECTED && !changed.isEmpty()) {
      review = Review.EDITED;
    }
    e.review = review;
    e.editedFields = EditedFields.union(e.editedFields, changed);
    if (changed.isEmpty()
        && !noteChanged
        && Objects.equals(before.get("review"), e.review.code())) {
      return new Saved(id);
    }
    SearchText.touch(e);
    revisions.record(
        "event", id, action(e.review, changed), user, f.reason(), before, EventSnapshots.of(e));
    return new Saved(id);
  }

  private static String action(Review review, Set<String> changed) {
    if (!changed.isEmpty()) {
      return "edit";
    }
    return switch (review) {
      case CONFIRMED -> "confirm";
      case REJECTED -> "reject";
      default -> "edit";
    };
  }

  /** Applies role changes, removals and additions; true when anything changed. */
  private boolean actors(Event e, EventForm f, String user) {
    boolean changed = false;
    for (EventForm.ActorRow row : f.actors()) {
      EventActor ea =
          e.actors.stream().filter(x -> x.actor.id == row.id()).findFirst().orElse(null);
      if (ea == null) {
        continue;
      }
      if (row.remove()) {
        e.actors.remove(ea);
        changed = true;
      } else if (!Objects.equals(EventChanges.blankToNull(row.role()), ea.role)) {
        ea.role = EventChanges.blankToNull(row.role());
        changed = true;
      }
    }
    if (!f.addActor().isEmpty()) {
      changed |=
          EventChanges.addActor(
              e, Actor.findById(validator.actorIds(f.addActor()).get(0)), f.addRole());
    }
    if (!f.newActorName().isEmpty()) {
      Actor a =
          Actor.find("kind = ?1 and name = ?2", f.newActorKind(), f.newActorName()).firstResult();
      if (a == null) {
        a = new Actor();
        a.kind = f.newActorKind();
        a.name = f.newActorName();
        a.origin = "editor";
        a.aliases.add(ActorAlias.of(a, a.name));
        a.persist();
        revisions.record("actor", a.id, "create", user, null, null, ActorSnapshots.of(a));
      }
      changed |= EventChanges.addActor(e, a, f.newActorRole());
    }
    for (int i = 0; i < e.actors.size(); i++) {
      e.actors.get(i).position = i;
    }
    return changed;
  }
}
