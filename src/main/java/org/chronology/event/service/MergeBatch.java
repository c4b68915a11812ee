package org.chronology.event.service;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.chronology.actor.ActorService;
import org.chronology.article.Article;
import org.chronology.db.Hql;
import org.chronology.event.Event;
import org.chronology.event.EventActor;
import org.chronology.event.Mention;
import org.chronology.extraction.ExtractedEvent;
import org.hibernate.Hibernate;

/**
 * What a batch's merges read from the database, read once for all of them: the stored events any of
 * its articles may look at (one candidate look-up for the batch, then those events with their
 * mentions, actors and aliases) and the articles involved. Each article's scope is then chosen in
 * memory among these and the events the batch wrote ({@link CandidateLookup#inScope}), so it is
 * exactly what it would be if the articles were merged one per transaction — the batch changes no
 * event it does not hold. No query needs the batch's writes: a bulk batch flushes after each
 * article only while interactive writers were seen recently, so that one never waits for all of
 * them at once.
 */
final class MergeBatch {
  private final EntityManager em;

  /** The events the batch creates and its changes to stored ones, written by JDBC. */
  private final BatchWrites created;

  /** The stored events read and the events the batch wrote, removed ones included. */
  private final Set<Event> events = Collections.newSetFromMap(new IdentityHashMap<>());

  private final Map<Long, Article> articles = new HashMap<>();

  /** Article ids per query when articles are read. */
  private static final int READ_CHUNK = 1000;

  /** True when the read stopped half-way to let an interactive writer go first. */
  private boolean abandoned;

  MergeBatch(EntityManager em, List<ReextractionService.Extracted> batch) {
    this(em, batch, () -> false);
  }

  /**
   * Reads what the batch's merges need; {@code giveWay} is asked between the read's statements
   * (seconds each at a million events under load), and when it answers true the read stops there
   * ({@link #abandoned}): the transaction has written nothing yet and ends, so that an interactive
   * writer waits for one statement of it, not for the whole read.
   */
  MergeBatch(EntityManager em, List<ReextractionService.Extracted> batch, BooleanSupplier giveWay) {
    this.em = em;
    this.created = new BatchWrites(em);
    List<Long> ids = batch.stream().map(ReextractionService.Extracted::articleId).toList();
    for (Article a : Article.byIds(ids)) {
      articles.put(a.id, a);
    }
    Set<Long> scope =
        CandidateLookup.scope(em, ids, batch.stream().flatMap(a -> a.events().stream()).toList());
    if (giveWay.getAsBoolean()) {
      abandoned = true;
      return;
    }
    if (!scope.isEmpty()) {
      // Named queries: each text is parsed once, by the first caller (Hql).
      List<Event> stored =
          Hql.named(em, Event.WITH_MENTIONS, Event.class)
              .setParameter("ids", scope)
              .getResultList();
      if (giveWay.getAsBoolean()) {
        abandoned = true;
        return;
      }
      // Their actors in the same round trip, not one query per event when the search text is
      // made.
      Hql.named(em, Event.WITH_ACTORS, Event.class).setParameter("ids", scope).getResultList();
      fetchAliases(stored);
      events.addAll(stored);
      created.read(stored);
      // The other articles that report these events, in one query: a merge reads those of its
      // scope (their sentences are merged again), which were one query per article before.
      Set<Long> reporting = new HashSet<>();
      for (Event e : stored) {
        for (Mention m : e.mentions) {
          if (m.article != null && m.article.id != null && !articles.containsKey(m.article.id)) {
            reporting.add(m.article.id);
          }
        }
      }
      read(reporting);
    }
  }

  /** True when the read stopped for an interactive writer: nothing may be merged with it. */
  boolean abandoned() {
    return abandoned;
  }

  /** Reads the articles not held yet, a bounded number of ids per query. */
  private void read(Collection<Long> ids) {
    List<Long> missing = ids.stream().filter(id -> !articles.containsKey(id)).toList();
    for (int from = 0; from < missing.size(); from += READ_CHUNK) {
      for (Article a :
          Article.byIds(missing.subList(from, Math.min(missing.size(), from + READ_CHUNK)))) {
        articles.put(a.id, a);
      }
    }
  }

  /** The events read and written so far: every event a later article's merge may change. */
  Set<Event> events() {
    return events;
  }

  /** What the batch writes: the events it creates and its changes to stored ones. */
  BatchWrites created() {
    return created;
  }

  /** An article of the batch, or null when it is gone. */
  Article article(long id) {
    return articles.get(id);
  }

  /** One article's scope: the events held that are in it, by id (a stable order). */
  List<Event> scope(long articleId, List<ExtractedEvent> fresh) {
    List<Event> out = new ArrayList<>();
    CandidateLookup.Probe probe = new CandidateLookup.Probe(articleId, fresh);
    for (Event e : events) {
      // In memory first: the session's check goes through its context proxy each time.
      if (probe.inScope(e) && created.live(e)) {
        out.add(e);
      }
    }
    out.sort(Comparator.comparing(e -> e.id));
    return out;
  }

  /**
   * Articles by id, each read once per batch: those reporting the events read at the start are read
   * then, so only an article the batch's own merges brought in is read here.
   */
  List<Article> articles(Set<Long> ids) {
    read(ids);
    return ids.stream().map(articles::get).filter(a -> a != null).toList();
  }

  /**
   * The aliases of the actors of events in scope, in one query rather than one per actor when their
   * search text is made.
   */
  static void fetchAliases(List<Event> scope) {
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
