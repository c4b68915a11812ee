package org.chronology.event.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.chronology.actor.Actor;
import org.chronology.actor.ActorService;
import org.chronology.article.Article;
import org.chronology.event.Event;
import org.chronology.event.EventActor;
import org.chronology.event.EventSnapshots;
import org.chronology.event.Mention;
import org.chronology.event.Review;
import org.chronology.event.SearchText;
import org.chronology.extraction.ActorMention;
import org.chronology.extraction.DateValue;
import org.chronology.extraction.EventCluster;
import org.chronology.extraction.EventExtractor;
import org.chronology.extraction.Evidence;
import org.chronology.extraction.ExtractedEvent;
import org.chronology.extraction.Span;
import org.chronology.revision.RevisionService;

/**
 * Reconciles the extractor's clusters with the stored events, in one transaction the caller opens.
 *
 * <p>Idempotent and respectful of editors: a machine event keeps its id when the same sentence
 * still yields it (permalinks stay stable), machine-only events that are no longer produced are
 * removed. An event an editor touched is never removed and its structure (which sentences report
 * it: merges, splits, hand-made events) never changes; a rejected or confirmed event keeps every
 * value; an edited event keeps the fields the editor set ({@code edited_fields}) and follows the
 * machine for the others — so a new publication date re-resolves its relative date unless the
 * editor set the date. A cluster that reports a sentence of an editor's event is not stored again
 * beside it.
 */
final class Reconciler {

  private final ActorService actors;
  private final RevisionService revisions;

  Reconciler(ActorService actors, RevisionService revisions) {
    this.actors = actors;
    this.revisions = revisions;
  }

  /**
   * Reconciles clusters with the stored events in scope: events of the scope that no cluster claims
   * and no editor touched are removed; events outside it are never looked at.
   *
   * @param existing the stored events the clusters may replace (all of them for a full run; the
   *     events of one article and its merge candidates for an incremental one), mentions fetched
   * @param articleOf the stored article of every extracted event (by identity: two articles may
   *     share a source name)
   */
  ReextractionService.Report reconcile(
      EventExtractor extractor,
      List<EventCluster> clusters,
      Collection<Event> existing,
      Map<ExtractedEvent, Long> articleOf,
      int n) {
    return reconcile(
        extractor, clusters, existing, articleOf, n, actors.resolver(), new ArrayList<>(), null);
  }

  /**
   * The same with the caller's actor lookups (several articles merged in one transaction); every
   * event it may change, create or remove is added to {@code written} (not yet flushed).
   *
   * @param created where new events go instead of being persisted (written by the caller at the end
   *     of its batch), or null to persist them
   */
  ReextractionService.Report reconcile(
      EventExtractor extractor,
      List<EventCluster> clusters,
      Collection<Event> existing,
      Map<ExtractedEvent, Long> articleOf,
      int n,
      ActorService.Resolver resolver,
      Collection<Event> written,
      BatchWrites created) {
    written.addAll(existing);
    // Machine events are found again by sentence, type and trigger (one sentence can report two
    // visits); events an editor touched by sentence alone (the editor may have changed the type,
    // merged or split them).
    Map<String, List<Event>> byMention = new HashMap<>();
    Map<String, Event> editorBySentence = new HashMap<>();
    for (Event e : existing) {
      for (Mention m : e.mentions) {
        if (e.machineOnly()) {
          byMention
              .computeIfAbsent(
                  key(m.article.id, m.sentenceStart, e.type.code(), m.triggerStart),
                  k -> new ArrayList<>())
              .add(e);
        } else {
          editorBySentence.putIfAbsent(m.article.id + ":" + m.sentenceStart, e);
        }
      }
    }
    Set<Long> claimed = new HashSet<>();
    Set<Long> refreshed = new HashSet<>();
    int made = 0;
    int updated = 0;
    int kept = 0;
    for (EventCluster c : clusters) {
      Set<Event> owners = new LinkedHashSet<>();
      for (ExtractedEvent m : c.mentions()) {
        Long articleId = articleOf.get(m);
        Event owner = editorBySentence.get(articleId + ":" + m.evidence().sentence().start());
        if (owner != null) {
          owners.add(owner);
        }
      }
      if (!owners.isEmpty()) {
        // The editor's structure stays: no sentence of an editor's event is moved or removed. Only
        // the parts the editor did not set follow the machine, never on confirmed or rejected
        // events. A sentence the machine newly reports for the same happening (say, a new article)
        // joins the first owner that is not rejected; it is new evidence, not an undone decision.
        Event primary =
            owners.stream().filter(o -> o.review != Review.REJECTED).findFirst().orElse(null);
        for (ExtractedEvent m : c.mentions()) {
          Long articleId = articleOf.get(m);
          String sentence = articleId + ":" + m.evidence().sentence().start();
          if (primary != null && !editorBySentence.containsKey(sentence)) {
            primary.mentions.add(mention(extractor.version(), primary, m, articleOf));
            primary.searchText = SearchText.of(primary);
            editorBySentence.put(sentence, primary);
          }
        }
        for (Event owner : owners) {
          kept++;
          if (refreshed.add(owner.id) && refreshUnedited(extractor, owner, c, resolver, created)) {
            updated++;
          }
        }
        continue;
      }
      Event target = null;
      for (ExtractedEvent m : c.mentions()) {
        Long articleId = articleOf.get(m);
        Integer trigger = m.evidence().trigger() == null ? null : m.evidence().trigger().start();
        for (Event hit :
            byMention.getOrDefault(
                key(articleId, m.evidence().sentence().start(), c.type().code(), trigger),
                List.of())) {
          if (!claimed.contains(hit.id)) {
            target = hit;
            break;
          }
        }
        if (target != null) {
          break;
        }
      }
      if (target == null) {
        target = new Event();
        made++;
      } else {
        updated++;
      }
      fill(extractor, target, c, articleOf, resolver);
      if (target.id == null) {
        if (created != null) {
          created.add(target);
        } else {
          target.persist();
        }
        written.add(target);
      }
      claimed.add(target.id);
    }
    int deleted = 0;
    for (Event e : existing) {
      if (e.machineOnly() && !claimed.contains(e.id)) {
        if (created != null) {
          created.remove(e);
        } else {
          e.delete();
        }
        deleted++;
      }
    }
    return new ReextractionService.Report(n, clusters.size(), made, updated, deleted, kept);
  }

  /**
   * Gives an event an editor touched the machine's values for the parts the editor did not set (its
   * {@code edited_fields}); confirmed and rejected events are left exactly as they are. Returns
   * true when anything changed.
   */
  private boolean refreshUnedited(
      EventExtractor extractor,
      Event e,
      EventCluster c,
      ActorService.Resolver resolver,
      BatchWrites writes) {
    if (e.review != Review.EDITED) {
      return false;
    }
    Set<String> locked = new HashSet<>(Arrays.asList(e.editedFields));
    Map<String, Object> before = EventSnapshots.of(e);
    boolean changed = false;
    if (!locked.contains("type") && c.type() != e.type) {
      e.type = c.type();
      changed = true;
    }
    if (!locked.contains("title") && !c.title().equals(e.title)) {
      e.title = c.title();
      changed = true;
    }
    if (!locked.contains("status") && c.status() != e.status) {
      e.status = c.status();
      changed = true;
    }
    if (!locked.contains("date")
        && (!Objects.equals(e.dateStart, c.date().start())
            || !Objects.equals(e.dateEnd, c.date().end())
            || c.date().precision() != e.datePrecision
            || e.dateApproximate != c.date().approximate()
            || !Objects.equals(e.dateText, c.date().text())
            || !Objects.equals(e.dateResolvedAgainst, c.date().resolvedAgainst()))) {
      setDate(e, c.date());
      changed = true;
    }
    String loc = c.location() == null ? null : c.location().name();
    String locEn = c.location() == null ? null : c.location().nameEn();
    if (!locked.contains("location")
        && (!Objects.equals(loc, e.locationName) || !Objects.equals(locEn, e.locationNameEn))) {
      e.locationName = loc;
      e.locationNameEn = locEn;
      changed = true;
    }
    if (!locked.contains("actors")) {
      changed |= replaceActors(e, c, resolver);
    }
    if (changed) {
      e.updatedAt = OffsetDateTime.now();
      e.searchText = SearchText.of(e);
      Map<String, Object> after = EventSnapshots.of(e);
      String reason = RevisionService.reextractReason(String.valueOf(extractor.version()));
      // A batch's revision is inserted with its rows: the session is never flushed.
      if (writes != null) {
        writes.recordLater(
            revisions.draft(
                "event", e.id, "reextract", ReextractionService.MACHINE, reason, before, after));
      } else {
        revisions.record(
            "event", e.id, "reextract", ReextractionService.MACHINE, reason, before, after);
      }
    }
    return changed;
  }

  /** Sets the event's actors to the cluster's; true when the set or a role changed. */
  private static boolean replaceActors(Event e, EventCluster c, ActorService.Resolver resolver) {
    Map<Long, EventActor> roles = new LinkedHashMap<>();
    for (ActorMention am : c.actors()) {
      Actor actor = resolver.resolve(am);
      EventActor ea = roles.get(actor.id);
      if (ea == null) {
        ea = new EventActor();
        ea.event = e;
        ea.actor = actor;
        ea.position = roles.size();
        roles.put(actor.id, ea);
      }
      if (ea.role == null && am.role() != null) {
        ea.role = am.role().code();
      }
    }
    boolean changed = e.actors.removeIf(old -> !roles.containsKey(old.actor.id));
    for (EventActor old : e.actors) {
      EventActor fresh = roles.remove(old.actor.id);
      if (!Objects.equals(old.role, fresh.role) || old.position != fresh.position) {
        changed = true;
      }
      old.role = fresh.role;
      old.position = fresh.position;
    }
    changed |= !roles.isEmpty();
    e.actors.addAll(roles.values());
    return changed;
  }

  /** The normalised search text of an event (see {@link SearchText}). */
  public static String searchText(Event e) {
    return SearchText.of(e);
  }

  private void fill(
      EventExtractor extractor,
      Event e,
      EventCluster c,
      Map<ExtractedEvent, Long> articleOf,
      ActorService.Resolver resolver) {
    e.type = c.type();
    e.status = c.status();
    e.title = c.title();
    e.confidence = Math.max(0, Math.min(1, c.confidence()));
    setDate(e, c.date());
    e.locationName = c.location() == null ? null : c.location().name();
    e.locationNameEn = c.location() == null ? null : c.location().nameEn();
    e.extractorVersion = extractor.version();
    e.updatedAt = OffsetDateTime.now();

    List<Mention> wanted = new ArrayList<>();
    Set<String> sentences = new HashSet<>();
    for (ExtractedEvent x : c.mentions()) {
      wanted.add(mention(extractor.version(), e, x, articleOf));
      sentences.add(articleOf.get(x) + ":" + x.evidence().sentence().start());
    }
    // Further sentences of an article that report the same happening are evidence too.
    for (ExtractedEvent x : c.mentions()) {
      for (Evidence more : x.alsoReportedIn()) {
        if (sentences.add(articleOf.get(x) + ":" + more.sentence().start())) {
          wanted.add(mention(extractor.version(), e, articleOf.get(x), more));
        }
      }
    }
    keepUnchanged(e, wanted);

    replaceActors(e, c, resolver);
    e.searchText = SearchText.of(e);
  }

  /**
   * Sets the event's mentions to {@code wanted}, keeping a stored mention of the same sentence and
   * trigger whose values are all the same (the same row, nothing written) instead of deleting every
   * mention and inserting them again: a new article's merge into an event of many mentions writes
   * its own mentions only. A stored mention that differs is replaced.
   */
  private static void keepUnchanged(Event e, List<Mention> wanted) {
    Map<String, List<Mention>> stored = new HashMap<>();
    for (Mention m : e.mentions) {
      stored.computeIfAbsent(sentenceKey(m), k -> new ArrayList<>()).add(m);
    }
    List<Mention> next = new ArrayList<>(wanted.size());
    for (Mention w : wanted) {
      List<Mention> same = stored.getOrDefault(sentenceKey(w), List.of());
      int i = same.isEmpty() ? -1 : values(same).indexOf(values(w));
      next.add(i < 0 ? w : same.remove(i));
    }
    // Stored mentions no longer wanted go (orphan removal); the order is the cluster's, as before.
    e.mentions.clear();
    e.mentions.addAll(next);
  }

  /** What a mention says, beyond its event, article, sentence start and trigger start. */
  private static List<Object> values(Mention m) {
    return Arrays.asList(
        m.sentenceEnd,
        m.sentence,
        m.triggerEnd,
        m.dateStartOffset,
        m.dateEndOffset,
        Arrays.toString(m.actorOffsets),
        m.extractorVersion,
        m.mergeType,
        m.mergeStart,
        m.mergeEnd,
        m.mergeLocation,
        m.mergeActors == null ? null : Arrays.asList(m.mergeActors));
  }

  private static List<List<Object>> values(List<Mention> ms) {
    return ms.stream().map(Reconciler::values).toList();
  }

  private static String sentenceKey(Mention m) {
    return m.article.id + ":" + m.sentenceStart + ":" + m.triggerStart;
  }

  /** The mention of the sentence an event was read from, with the merger's view of it. */
  private static Mention mention(
      int version, Event e, ExtractedEvent x, Map<ExtractedEvent, Long> articleOf) {
    Mention m = mention(version, e, articleOf.get(x), x.evidence());
    m.mergeType = x.type().code();
    if (x.date().known()) {
      m.mergeStart = x.date().start();
      m.mergeEnd = x.date().end();
    }
    m.mergeLocation = x.location() == null ? null : x.location().name();
    m.mergeActors = CandidateLookup.mergeNames(x);
    return m;
  }

  private static Mention mention(int version, Event e, long articleId, Evidence evidence) {
    Mention m = new Mention();
    m.event = e;
    m.article = Article.getEntityManager().getReference(Article.class, articleId);
    Span s = evidence.sentence();
    m.sentenceStart = s.start();
    m.sentenceEnd = s.end();
    m.sentence = evidence.text();
    if (evidence.trigger() != null) {
      m.triggerStart = evidence.trigger().start();
      m.triggerEnd = evidence.trigger().end();
    }
    if (evidence.datePhrase() != null) {
      m.dateStartOffset = evidence.datePhrase().start();
      m.dateEndOffset = evidence.datePhrase().end();
    }
    List<Span> spans = evidence.actorSpans() == null ? List.of() : evidence.actorSpans();
    int[] offsets = new int[spans.size() * 2];
    for (int i = 0; i < spans.size(); i++) {
      offsets[2 * i] = spans.get(i).start();
      offsets[2 * i + 1] = spans.get(i).end();
    }
    m.actorOffsets = offsets;
    m.extractorVersion = version;
    return m;
  }

  private static String key(Long articleId, int sentenceStart, String type, Integer trigger) {
    return articleId + ":" + sentenceStart + ":" + type + ":" + trigger;
  }

  /** The event's date columns from the extracted date. */
  private static void setDate(Event e, DateValue d) {
    e.dateStart = d.start();
    e.dateEnd = d.end();
    e.datePrecision = d.precision();
    e.dateApproximate = d.approximate();
    e.dateText = d.text();
    e.dateResolvedAgainst = d.resolvedAgainst();
  }
}
