package org.chronology.event.service;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronology.actor.ActorService;
import org.chronology.article.Article;
import org.chronology.event.Event;
import org.chronology.event.EventActor;
import org.chronology.extraction.ExtractedEvent;
import org.hibernate.Hibernate;

/**
 * What a batch's merges read from the database, read once for all of them: the stored events any of
 * its articles may look at (one candidate look-up for the batch, then those events with their
 * mentions, actors and aliases) and the articles involved. Each article's scope is then chosen in
 * memory among these and the events the batch wrote ({@link CandidateLookup#inScope}), so it is
 * exactly what it would be if the articles were merged one per transaction — the batch changes no
 * event it does not hold — and nothing is flushed before the commit.
 */
final class MergeBatch {
  private final EntityManager em;

  /** The stored events read and the events the batch wrote, removed ones included. */
  private final Set<Event> events = Collections.newSetFromMap(new IdentityHashMap<>());

  private final Map<Long, Article> articles = new HashMap<>();

  MergeBatch(EntityManager em, List<ReextractionService.Extracted> batch) {
    this.em = em;
    List<Long> ids = batch.stream().map(ReextractionService.Extracted::articleId).toList();
    for (Article a : Article.<Article>list("id in ?1", ids)) {
      articles.put(a.id, a);
    }
    Set<Long> scope =
        CandidateLookup.scope(em, ids, batch.stream().flatMap(a -> a.events().stream()).toList());
    if (!scope.isEmpty()) {
      List<Event> stored =
          Event.list(
              "select distinct e from Event e left join fetch e.mentions where e.id in ?1", scope);
      // Their actors in the same round trip, not one query per event when the search text is
      // made.
      Event.list(
          "select distinct e from Event e left join fetch e.actors ea left join fetch ea.actor"
              + " where e.id in ?1",
          scope);
      fetchAliases(stored);
      events.addAll(stored);
    }
  }

  /** The events read and written so far: every event a later article's merge may change. */
  Set<Event> events() {
    return events;
  }

  /** An article of the batch, or null when it is gone. */
  Article article(long id) {
    return articles.get(id);
  }

  /** One article's scope: the events held that are in it, by id (a stable order). */
  List<Event> scope(long articleId, List<ExtractedEvent> fresh) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      if (em.contains(e) && CandidateLookup.inScope(e, articleId, fresh)) {
        out.add(e);
      }
    }
    out.sort(Comparator.comparing(e -> e.id));
    return out;
  }

  /** Articles by id, each read once per batch. */
  List<Article> articles(Set<Long> ids) {
    List<Long> missing = ids.stream().filter(id -> !articles.containsKey(id)).toList();
    if (!missing.isEmpty()) {
      for (Article a : Article.<Article>list("id in ?1", missing)) {
        articles.put(a.id, a);
      }
    }
    return ids.stream().map(articles::get).filter(a -> a != null).toList();
  }

  /**
   * The aliases of the actors of events in scope, in one query rather than one per actor when their
   * search text is made.
   */
  private static void fetchAliases(List<Event> scope) {
    Set<Long> ids = new HashSet<>();
    for (Event e : scope) {
      for (EventActor ea : e.actors) {
        if (!Hibernate.isInitialized(ea.actor.aliases)) {
          ids.add(ea.actor.id);
        }
      }
    }
    ActorService.loadAliases(ids);
  }
}
