package org.chronology.event.edit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronology.event.EditedFields;
import org.chronology.event.Event;
import org.chronology.event.EventSnapshots;
import org.chronology.event.Review;
import org.chronology.event.SearchText;
import org.chronology.revision.Revision;
import org.chronology.revision.RevisionService;

/** Puts an event back as a revision left it. */
@ApplicationScoped
public class EventRevertService {

  @Inject RevisionService revisions;
  @Inject EventStructureService structure;

  /**
   * Restores the event as it was after (or before) a revision; the revert is itself a revision.
   * Going back to before a merge also takes the merged event back out (under a new number); other
   * changes of structure are undone by splitting or merging.
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
    if (toBefore && "merge".equals(r.action)) {
      // Before a merge there were two events: the one merged in comes back with its sentences.
      structure.unmerge(e, r, user);
    }
    EventRestore.apply(e, s);
    Map<String, Object> after = EventSnapshots.of(e);
    // Restoring the state the event is in (the newest revision's after): no revision saying
    // "restored" over an empty diff. (Before a merge, the event merged in has come back.)
    boolean unmerged = toBefore && "merge".equals(r.action);
    if (!unmerged && RevisionService.diff(before, after).isEmpty()) {
      return HistoryError.UNCHANGED.code;
    }
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
        case "mentions" -> changed.add(EditedFields.MENTIONS);
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
}
