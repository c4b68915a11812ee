package org.chronology.event.edit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.chronology.actor.Actor;
import org.chronology.event.EditedFields;
import org.chronology.event.Event;
import org.chronology.event.EventActor;
import org.chronology.event.EventSnapshots;
import org.chronology.event.Review;
import org.chronology.event.SearchText;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.revision.Revision;
import org.chronology.revision.RevisionService;
import org.chronology.time.Precision;

/** Puts an event back as a revision left it. */
@ApplicationScoped
public class EventRevertService {

  @Inject RevisionService revisions;

  /**
   * Restores the event as it was after (or before) a revision; the revert is itself a revision.
   * Mentions (structure) are not moved back: merges and splits are undone by splitting or merging.
   */
  @Transactional
  public String revert(long id, long revisionId, boolean toBefore, String user) {
    Event e = Event.findById(id);
    Revision r = Revision.findById(revisionId);
    if (e == null || r == null || !"event".equals(r.entityType) || r.entityId != id) {
      return HistoryError.NO_REVISION.code;
    }
    Map<String, Object> s = revisions.read(toBefore ? r.beforeJson : r.afterJson);
    if (s == null) {
      return HistoryError.NO_STATE.code;
    }
    Map<String, Object> before = EventSnapshots.of(e);
    e.type = code(s, "type", EventType::fromCode);
    e.title = (String) s.get("title");
    e.status = code(s, "status", EventStatus::fromCode);
    e.review = code(s, "review", Review::fromCode);
    e.dateStart = parse(s.get("dateStart"));
    e.dateEnd = parse(s.get("dateEnd"));
    e.datePrecision = code(s, "datePrecision", Precision::fromCode);
    e.dateApproximate = Boolean.TRUE.equals(s.get("dateApproximate"));
    e.dateText = (String) s.get("dateText");
    e.dateResolvedAgainst = parse(s.get("dateResolvedAgainst"));
    e.locationName = (String) s.get("locationName");
    e.locationNameEn = (String) s.get("locationNameEn");
    e.note = (String) s.get("note");
    @SuppressWarnings("unchecked")
    List<String> actors = (List<String>) s.getOrDefault("actors", List.of());
    Map<Long, String> wanted = new LinkedHashMap<>();
    for (String a : actors) {
      String[] p = a.split(":", -1);
      wanted.put(Long.parseLong(p[0]), p[p.length - 1].isEmpty() ? null : p[p.length - 1]);
    }
    e.actors.removeIf(ea -> !wanted.containsKey(ea.actor.id));
    for (EventActor ea : e.actors) {
      ea.role = wanted.remove(ea.actor.id);
    }
    for (Map.Entry<Long, String> w : wanted.entrySet()) {
      Actor a = Actor.findById(w.getKey());
      if (a != null) {
        EventChanges.addActor(e, a, w.getValue());
      }
    }
    for (int i = 0; i < e.actors.size(); i++) {
      e.actors.get(i).position = i;
    }
    Map<String, Object> after = EventSnapshots.of(e);
    // The restored values are an editor's choice now: re-extraction must not replace them.
    Set<String> changed = new LinkedHashSet<>();
    @SuppressWarnings("unchecked")
    List<String> restoredEdited = (List<String>) s.getOrDefault("editedFields", List.of());
    changed.addAll(restoredEdited);
    for (RevisionService.Change c : RevisionService.diff(before, after)) {
      switch (c.field()) {
        case "type" -> changed.add(EditedFields.TYPE);
        case "title" -> changed.add(EditedFields.TITLE);
        case "status" -> changed.add(EditedFields.STATUS);
        case "dateStart", "dateEnd", "datePrecision", "dateApproximate" ->
            changed.add(EditedFields.DATE);
        case "locationName", "locationNameEn" -> changed.add(EditedFields.LOCATION);
        case "actors" -> changed.add(EditedFields.ACTORS);
        default -> {}
      }
    }
    e.editedFields = EditedFields.union(new String[0], changed);
    // The review state comes back with the rest: going back to before an editor's first change puts
    // the event back in the review queue as machine output, and re-extraction may update it again.
    if (e.review == Review.EXTRACTED) {
      e.editedFields = EditedFields.union(new String[0], new LinkedHashSet<>(restoredEdited));
    }
    SearchText.touch(e);
    long number = Revision.count("entityType = 'event' and entityId = ?1 and id <= ?2", id, r.id);
    revisions.record(
        "event",
        id,
        toBefore ? "revert-before" : "revert",
        user,
        "#" + number,
        before,
        EventSnapshots.of(e));
    return null;
  }

  /** A code of the snapshot as its enum; null when the snapshot has none. */
  private static <T> T code(Map<String, Object> s, String key, Function<String, T> parse) {
    Object v = s.get(key);
    return v == null ? null : parse.apply(v.toString());
  }

  private static LocalDate parse(Object v) {
    try {
      return v == null ? null : LocalDate.parse(v.toString());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
