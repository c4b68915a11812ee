package org.chronology.event.edit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronology.common.NotFound;
import org.chronology.event.EditedFields;
import org.chronology.event.Event;
import org.chronology.event.EventActor;
import org.chronology.event.EventSnapshots;
import org.chronology.event.Mention;
import org.chronology.event.Review;
import org.chronology.event.SearchText;
import org.chronology.revision.Revision;
import org.chronology.revision.RevisionService;

/**
 * Changes to which sentences make an event: merging two events into one (and taking a merge back),
 * splitting a sentence off into a new event. Both mark {@code mentions} as the editor's, so
 * re-extraction keeps the structure.
 */
@ApplicationScoped
public class EventStructureService {

  /** The event a merge took in, as its revision's reason names it ("← #12 — why"). */
  private static final Pattern MERGED_FROM = Pattern.compile("^← #(\\d+)");

  /** A mention's id as a snapshot lists it ("#34 5@120"). */
  private static final Pattern MENTION_ID = Pattern.compile("^#(\\d+)");

  @Inject RevisionService revisions;

  /** Moves the other event's mentions and actors into this one and removes the other. */
  @Transactional
  public String merge(long id, long otherId, String reason, String user) {
    if (id == otherId) {
      return HistoryError.SELF_MERGE.code;
    }
    Event e = Event.findById(id);
    Event other = Event.findById(otherId);
    if (e == null || other == null) {
      return HistoryError.NO_EVENT.code;
    }
    Map<String, Object> before = EventSnapshots.of(e);
    Map<String, Object> otherBefore = EventSnapshots.of(other);
    for (Mention m : new ArrayList<>(other.mentions)) {
      other.mentions.remove(m);
      m.event = e;
      e.mentions.add(m);
    }
    boolean actorsChanged = false;
    for (EventActor ea : new ArrayList<>(other.actors)) {
      actorsChanged |= EventChanges.addActor(e, ea.actor, ea.role);
    }
    Set<String> changed = new LinkedHashSet<>();
    changed.add(EditedFields.MENTIONS);
    if (actorsChanged) {
      changed.add(EditedFields.ACTORS);
    }
    e.editedFields = EditedFields.union(e.editedFields, changed);
    if (e.review != Review.REJECTED) {
      e.review = Review.EDITED;
    }
    e.note = EventChanges.joinNotes(e.note, other.note);
    SearchText.touch(e);
    revisions.record(
        "event",
        otherId,
        "merged-into",
        user,
        "→ #" + id + EventChanges.note(reason),
        otherBefore,
        null);
    other.delete();
    Event.flush();
    revisions.record(
        "event",
        id,
        "merge",
        user,
        "← #" + otherId + EventChanges.note(reason),
        before,
        EventSnapshots.of(e));
    return null;
  }

  /** Moves one mention into a new event that starts as a copy of this one. */
  @Transactional
  public long split(long id, long mentionId, String reason, String user) {
    Event e = Event.findById(id);
    if (e == null) {
      throw NotFound.event(id);
    }
    Mention m = e.mentions.stream().filter(x -> x.id == mentionId).findFirst().orElse(null);
    if (m == null || e.mentions.size() < 2) {
      return -1;
    }
    Map<String, Object> before = EventSnapshots.of(e);
    Event n = new Event();
    n.type = e.type;
    n.title = e.title;
    n.status = e.status;
    n.confidence = e.confidence;
    n.dateStart = e.dateStart;
    n.dateEnd = e.dateEnd;
    n.datePrecision = e.datePrecision;
    n.dateApproximate = e.dateApproximate;
    n.dateText = e.dateText;
    n.dateResolvedAgainst = e.dateResolvedAgainst;
    n.locationName = e.locationName;
    n.locationNameEn = e.locationNameEn;
    n.extractorVersion = e.extractorVersion;
    n.review = Review.EDITED;
    n.editedFields = EditedFields.union(e.editedFields, Set.of(EditedFields.MENTIONS));
    e.mentions.remove(m);
    m.event = n;
    n.mentions.add(m);
    for (EventActor ea : e.actors) {
      EventChanges.addActor(n, ea.actor, ea.role);
    }
    SearchText.touch(n);
    n.persist();
    e.editedFields = EditedFields.union(e.editedFields, Set.of(EditedFields.MENTIONS));
    if (e.review != Review.REJECTED) {
      e.review = Review.EDITED;
    }
    SearchText.touch(e);
    Event.flush();
    revisions.record(
        "event",
        id,
        "split",
        user,
        "→ #" + n.id + EventChanges.note(reason),
        before,
        EventSnapshots.of(e));
    revisions.record(
        "event",
        n.id,
        "split-from",
        user,
        "← #" + id + EventChanges.note(reason),
        null,
        EventSnapshots.of(n));
    return n.id;
  }

  /**
   * Takes back a merge recorded as {@code merge} on {@code e}: the event merged in is made again,
   * as it was just before, with those of its sentences still here (under a new number, since its
   * old one was given up). Nothing is made when none of them is left here. Returns the new event's
   * id, or -1.
   */
  long unmerge(Event e, Revision merge, String user) {
    Matcher from = MERGED_FROM.matcher(merge.reason == null ? "" : merge.reason);
    if (!from.find()) {
      return -1;
    }
    long otherId = Long.parseLong(from.group(1));
    Revision into =
        Revision.<Revision>find(
                "entityType = 'event' and entityId = ?1 and action = 'merged-into' and id < ?2"
                    + " order by id desc",
                otherId,
                merge.id)
            .firstResult();
    Map<String, Object> was = into == null ? null : revisions.read(into.beforeJson);
    if (was == null) {
      return -1;
    }
    Set<Long> itsMentions = new LinkedHashSet<>();
    @SuppressWarnings("unchecked")
    List<String> listed = (List<String>) was.getOrDefault("mentions", List.of());
    for (String m : listed) {
      Matcher id = MENTION_ID.matcher(m);
      if (id.find()) {
        itsMentions.add(Long.parseLong(id.group(1)));
      }
    }
    List<Mention> back = e.mentions.stream().filter(m -> itsMentions.contains(m.id)).toList();
    if (back.isEmpty()) {
      return -1;
    }
    Event n = new Event();
    n.confidence = e.confidence;
    n.extractorVersion = e.extractorVersion;
    EventRestore.apply(n, was);
    @SuppressWarnings("unchecked")
    List<String> edited = (List<String>) was.getOrDefault("editedFields", List.of());
    Set<String> fields = new LinkedHashSet<>(edited);
    fields.add(EditedFields.MENTIONS);
    n.editedFields = EditedFields.union(new String[0], fields);
    for (Mention m : back) {
      e.mentions.remove(m);
      m.event = n;
      n.mentions.add(m);
    }
    SearchText.touch(n);
    n.persist();
    SearchText.touch(e);
    Event.flush();
    revisions.record("event", n.id, "unmerged", user, "← #" + e.id, null, EventSnapshots.of(n));
    revisions.record("event", otherId, "unmerged", user, "→ #" + n.id, null, null);
    return n.id;
  }
}
