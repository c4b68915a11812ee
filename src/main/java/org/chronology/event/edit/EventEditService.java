package org.chronology.event.edit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.chronology.actor.Actor;
import org.chronology.actor.ActorAlias;
import org.chronology.actor.ActorQueryService;
import org.chronology.actor.ActorSnapshots;
import org.chronology.article.Article;
import org.chronology.common.NotFound;
import org.chronology.event.Event;
import org.chronology.event.EventActor;
import org.chronology.event.EventSnapshots;
import org.chronology.event.Mention;
import org.chronology.event.SearchText;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.extraction.Role;
import org.chronology.revision.Revision;
import org.chronology.revision.RevisionService;
import org.chronology.time.Precision;

/**
 * Everything an editor does to events: edit, confirm, reject, merge, split, create from a sentence,
 * revert. Each change records a revision and marks what the editor set in {@code edited_fields}, so
 * that re-extraction never undoes it.
 */
@ApplicationScoped
public class EventEditService {

  public static final List<String> REVIEWS = List.of("confirmed", "edited", "rejected");

  private final RevisionService revisions;

  private final ActorQueryService actors;

  public EventEditService(RevisionService revisions, ActorQueryService actors) {
    this.actors = actors;
    this.revisions = revisions;
  }

  /** What a save did. */
  public sealed interface Result {}

  public record Saved(long id) implements Result {}

  public record Invalid(Map<String, String> errors) implements Result {}

  /** The form was made from an older version; nothing was written. */
  public record Conflict(long currentVersion) implements Result {}

  public static List<String> types() {
    return Arrays.stream(EventType.values()).map(EventType::code).toList();
  }

  public static List<String> statuses() {
    return Arrays.stream(EventStatus.values()).map(EventStatus::code).toList();
  }

  public static List<String> precisions() {
    return Arrays.stream(Precision.values()).map(Precision::code).toList();
  }

  public static List<String> roles() {
    return Arrays.stream(Role.values()).map(Role::code).toList();
  }

  public static List<String> kinds() {
    return Arrays.stream(ActorKind.values()).map(ActorKind::code).toList();
  }

  /** Field name → Arabic message for every invalid value of the form. */
  public Map<String, String> validate(EventForm f) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (!types().contains(f.type())) {
      errors.put("type", "chooseType");
    }
    if (f.title().isBlank()) {
      errors.put("title", "titleRequired");
    } else if (f.title().length() > 300) {
      errors.put("title", "titleTooLong");
    }
    if (!statuses().contains(f.status())) {
      errors.put("status", "chooseStatus");
    }
    LocalDate start = date(f.dateStart(), "dateStart", errors);
    LocalDate end = date(f.dateEnd(), "dateEnd", errors);
    if (start != null && end != null && start.isAfter(end)) {
      errors.put("dateEnd", "endBeforeStart");
    }
    if (!precisions().contains(f.datePrecision())) {
      errors.put("datePrecision", "choosePrecision");
    } else if ("unknown".equals(f.datePrecision()) != (start == null && end == null)
        && !errors.containsKey("dateStart")
        && !errors.containsKey("dateEnd")) {
      errors.put(
          "datePrecision",
          "unknown".equals(f.datePrecision()) ? "unknownPrecisionWithDate" : "startRequired");
    }
    if (!f.review().isEmpty() && !REVIEWS.contains(f.review()) && !"extracted".equals(f.review())) {
      errors.put("review", "chooseReview");
    }
    for (EventForm.ActorRow r : f.actors()) {
      if (!r.role().isEmpty() && !roles().contains(r.role())) {
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
    if (!f.addRole().isEmpty() && !roles().contains(f.addRole())) {
      errors.put("addRole", "unknownRole");
    }
    if (!f.newActorName().isEmpty()) {
      if (!kinds().contains(f.newActorKind())) {
        errors.put("newActorKind", "chooseKind");
      }
      if (f.newActorName().length() > 200) {
        errors.put("newActorName", "nameTooLong");
      }
    }
    if (!f.newActorRole().isEmpty() && !roles().contains(f.newActorRole())) {
      errors.put("newActorRole", "unknownRole");
    }
    if (f.note().length() > 4000) {
      errors.put("note", "noteTooLong");
    }
    return errors;
  }

  @Transactional
  public Result save(long id, EventForm f, String user) {
    Event e = Event.findById(id);
    if (e == null) {
      throw NotFound.event(id);
    }
    if (f.version() != e.version) {
      return new Conflict(e.version);
    }
    Map<String, String> errors = validate(f);
    if (!errors.isEmpty()) {
      return new Invalid(errors);
    }
    Map<String, Object> before = EventSnapshots.of(e);
    Set<String> changed = new LinkedHashSet<>();
    if (!f.type().equals(e.type)) {
      e.type = f.type();
      changed.add(Fields.TYPE);
    }
    if (!f.title().equals(e.title)) {
      e.title = f.title();
      changed.add(Fields.TITLE);
    }
    if (!f.status().equals(e.status)) {
      e.status = f.status();
      changed.add(Fields.STATUS);
    }
    LocalDate start = f.dateStart().isEmpty() ? null : LocalDate.parse(f.dateStart());
    LocalDate end = f.dateEnd().isEmpty() ? start : LocalDate.parse(f.dateEnd());
    if (start == null && end != null) {
      start = end;
    }
    if (!Objects.equals(start, e.dateStart)
        || !Objects.equals(end, e.dateEnd)
        || !f.datePrecision().equals(e.datePrecision)
        || f.dateApproximate() != e.dateApproximate) {
      e.dateStart = start;
      e.dateEnd = end;
      e.datePrecision = f.datePrecision();
      e.dateApproximate = f.dateApproximate();
      changed.add(Fields.DATE);
    }
    String loc = blankToNull(f.locationName());
    String locEn = blankToNull(f.locationNameEn());
    if (!Objects.equals(loc, e.locationName) || !Objects.equals(locEn, e.locationNameEn)) {
      e.locationName = loc;
      e.locationNameEn = locEn;
      changed.add(Fields.LOCATION);
    }
    if (actors(e, f, user)) {
      changed.add(Fields.ACTORS);
    }
    boolean noteChanged = !Objects.equals(blankToNull(f.note()), e.note);
    e.note = blankToNull(f.note());
    String review = f.review().isEmpty() ? e.review : f.review();
    if (!"rejected".equals(review) && !changed.isEmpty()) {
      review = "edited";
    }
    e.review = review;
    e.editedFields = Fields.union(e.editedFields, changed);
    if (changed.isEmpty() && !noteChanged && Objects.equals(before.get("review"), e.review)) {
      return new Saved(id);
    }
    touch(e);
    revisions.record(
        "event", id, action(e.review, changed), user, f.reason(), before, EventSnapshots.of(e));
    return new Saved(id);
  }

  private static String action(String review, Set<String> changed) {
    if (!changed.isEmpty()) {
      return "edit";
    }
    return switch (review) {
      case "confirmed" -> "confirm";
      case "rejected" -> "reject";
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
      } else if (!Objects.equals(blankToNull(row.role()), ea.role)) {
        ea.role = blankToNull(row.role());
        changed = true;
      }
    }
    if (!f.addActor().isEmpty()) {
      changed |= addActor(e, Actor.findById(actorIds(f.addActor()).get(0)), f.addRole());
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
      changed |= addActor(e, a, f.newActorRole());
    }
    for (int i = 0; i < e.actors.size(); i++) {
      e.actors.get(i).position = i;
    }
    return changed;
  }

  private static boolean addActor(Event e, Actor a, String role) {
    while (a.mergedInto != null) {
      a = a.mergedInto;
    }
    final Actor actor = a;
    if (e.actors.stream().anyMatch(x -> x.actor.id.equals(actor.id))) {
      return false;
    }
    EventActor ea = new EventActor();
    ea.event = e;
    ea.actor = actor;
    ea.role = blankToNull(role);
    ea.position = e.actors.size();
    e.actors.add(ea);
    return true;
  }

  /** Confirms or rejects an event as it stands (review queue). */
  @Transactional
  public void review(long id, String review, String user) {
    Event e = Event.findById(id);
    if (e == null || !List.of("confirmed", "rejected").contains(review)) {
      return;
    }
    if (review.equals(e.review)) {
      return;
    }
    Map<String, Object> before = EventSnapshots.of(e);
    e.review = review;
    touch(e);
    revisions.record(
        "event",
        id,
        "confirmed".equals(review) ? "confirm" : "reject",
        user,
        null,
        before,
        EventSnapshots.of(e));
  }

  @Transactional
  public int confirmAll(List<Long> ids, String user) {
    int n = 0;
    for (Long id : ids) {
      Event e = Event.findById(id);
      if (e != null && "extracted".equals(e.review)) {
        review(id, "confirmed", user);
        n++;
      }
    }
    return n;
  }

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
      actorsChanged |= addActor(e, ea.actor, ea.role);
    }
    Set<String> changed = new LinkedHashSet<>();
    changed.add(Fields.MENTIONS);
    if (actorsChanged) {
      changed.add(Fields.ACTORS);
    }
    e.editedFields = Fields.union(e.editedFields, changed);
    if (!"rejected".equals(e.review)) {
      e.review = "edited";
    }
    e.note = joinNotes(e.note, other.note);
    touch(e);
    revisions.record(
        "event", otherId, "merged-into", user, "→ #" + id + note(reason), otherBefore, null);
    other.delete();
    Event.flush();
    revisions.record(
        "event", id, "merge", user, "← #" + otherId + note(reason), before, EventSnapshots.of(e));
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
    n.review = "edited";
    n.editedFields = Fields.union(e.editedFields, Set.of(Fields.MENTIONS));
    e.mentions.remove(m);
    m.event = n;
    n.mentions.add(m);
    for (EventActor ea : e.actors) {
      addActor(n, ea.actor, ea.role);
    }
    touch(n);
    n.persist();
    e.editedFields = Fields.union(e.editedFields, Set.of(Fields.MENTIONS));
    if (!"rejected".equals(e.review)) {
      e.review = "edited";
    }
    touch(e);
    Event.flush();
    revisions.record(
        "event", id, "split", user, "→ #" + n.id + note(reason), before, EventSnapshots.of(e));
    revisions.record(
        "event", n.id, "split-from", user, "← #" + id + note(reason), null, EventSnapshots.of(n));
    return n.id;
  }

  /** Field → message, or the new event's id under key "id". */
  @Transactional
  public Map<String, String> createFromSentence(
      long articleId, String startText, String endText, String type, String title, String user) {
    Map<String, String> errors = new LinkedHashMap<>();
    Article a = Article.findById(articleId);
    if (a == null) {
      throw NotFound.article(articleId);
    }
    int start;
    int end;
    try {
      start = Integer.parseInt(startText.strip());
      end = Integer.parseInt(endText.strip());
    } catch (NumberFormatException | NullPointerException ex) {
      errors.put("start", "rangeNumbers");
      return errors;
    }
    if (start < 0 || end > a.text.length() || start >= end) {
      errors.put("start", "rangeOutside");
      return errors;
    }
    String t = type == null || type.isBlank() ? "other" : type.strip();
    if (!types().contains(t)) {
      errors.put("type", "chooseType");
      return errors;
    }
    String sentence = a.text.substring(start, end).strip();
    if (sentence.isEmpty()) {
      errors.put("start", "rangeEmpty");
      return errors;
    }
    Event e = new Event();
    e.type = t;
    e.title =
        title == null || title.isBlank()
            ? (sentence.length() > 120 ? sentence.substring(0, 120) + "…" : sentence)
            : title.strip();
    e.status = "happened";
    e.datePrecision = "unknown";
    e.confidence = 1;
    e.review = "edited";
    e.editedFields = Fields.ALL.toArray(String[]::new);
    Mention m = new Mention();
    m.event = e;
    m.article = a;
    m.sentenceStart = start;
    m.sentenceEnd = end;
    m.sentence = a.text.substring(start, end);
    e.mentions.add(m);
    touch(e);
    e.persist();
    Event.flush();
    revisions.record("event", e.id, "create", user, null, null, EventSnapshots.of(e));
    errors.put("id", e.id.toString());
    return errors;
  }

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
    e.type = (String) s.get("type");
    e.title = (String) s.get("title");
    e.status = (String) s.get("status");
    e.review = (String) s.get("review");
    e.dateStart = parse(s.get("dateStart"));
    e.dateEnd = parse(s.get("dateEnd"));
    e.datePrecision = (String) s.get("datePrecision");
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
        addActor(e, a, w.getValue());
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
        case "type" -> changed.add(Fields.TYPE);
        case "title" -> changed.add(Fields.TITLE);
        case "status" -> changed.add(Fields.STATUS);
        case "dateStart", "dateEnd", "datePrecision", "dateApproximate" -> changed.add(Fields.DATE);
        case "locationName", "locationNameEn" -> changed.add(Fields.LOCATION);
        case "actors" -> changed.add(Fields.ACTORS);
        default -> {}
      }
    }
    e.editedFields = Fields.union(new String[0], changed);
    // The review state comes back with the rest: going back to before an editor's first change puts
    // the event back in the review queue as machine output, and re-extraction may update it again.
    if ("extracted".equals(e.review)) {
      e.editedFields = Fields.union(new String[0], new LinkedHashSet<>(restoredEdited));
    }
    touch(e);
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

  /**
   * The actors an editor's "add actor" box names: a number is an actor id (older forms and links);
   * text is a name or alias, resolved like the chronology's actor box.
   */
  private List<Long> actorIds(String text) {
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

  private static LocalDate parse(Object v) {
    try {
      return v == null ? null : LocalDate.parse(v.toString());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static void touch(Event e) {
    SearchText.touch(e);
  }

  private static String joinNotes(String a, String b) {
    if (b == null || b.isBlank()) {
      return a;
    }
    return a == null || a.isBlank() ? b : a + "\n" + b;
  }

  private static String note(String reason) {
    return reason == null || reason.isBlank() ? "" : " — " + reason.strip();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
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
