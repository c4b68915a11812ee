package org.chronology.event.service;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.chronology.actor.Actor;
import org.chronology.actor.ActorAlias;
import org.chronology.actor.ActorService;
import org.chronology.event.Event;
import org.chronology.event.EventActor;
import org.chronology.event.Mention;
import org.chronology.revision.Revision;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;

/**
 * What a batch of merges writes, by plain JDBC ({@link EventRows}) instead of Hibernate's flush:
 * the events it creates, and the changes it makes to the stored events it read, found by comparing
 * each with its state when read. The merges work on the entities as before; the session never
 * flushes them (the batch's flush mode is commit, and the session is cleared once the rows are
 * written), so its cascades and dirty checks over everything the batch holds are not run.
 *
 * <p>A stored event is written when Hibernate's flush would have written it: a column changed, or a
 * mention or actor row was added or removed (then its version is incremented, as for a change of
 * its collections). A new event's ids come from the entities' own id generators (the same sequences
 * and ranges), and one a later merge removes is simply never written. The actors the batch's
 * resolver made are inserted first, with their aliases, at the ids the session gave them. Revisions
 * of editors' events are inserted after the rows, in the same round of batches.
 */
final class BatchWrites {

  private final EntityManager em;

  /** Events this batch created and has not written or removed, in the order made. */
  private final Set<Event> fresh = Collections.newSetFromMap(new IdentityHashMap<>());

  /** Stored (or written) events, with their state as last read or written. */
  private final Map<Event, Stored> stored = new LinkedHashMap<>();

  /** Stored events a merge removed, with the version read, not deleted yet. */
  private final Map<Event, Long> removed = new LinkedHashMap<>();

  /** Revisions of editors' events, inserted with the rows (after them) by the next write. */
  private final List<Revision> revisions = new ArrayList<>();

  /** How many of the resolver's new actors are written. */
  private int actorsWritten;

  /** A stored event as read: its columns, its mention rows, its actor rows with role and place. */
  private record Stored(Object[] values, List<Mention> mentions, Map<EventActor, Object[]> actors) {

    static Stored of(Event e) {
      Map<EventActor, Object[]> actors = new IdentityHashMap<>();
      for (EventActor ea : e.actors) {
        actors.put(ea, new Object[] {ea.role, ea.position});
      }
      return new Stored(EventRows.values(e), new ArrayList<>(e.mentions), actors);
    }
  }

  BatchWrites(EntityManager em) {
    this.em = em;
  }

  /** Takes the stored events the batch read, as they are now. */
  void read(Collection<Event> events) {
    for (Event e : events) {
      stored.put(e, Stored.of(e));
    }
  }

  /** Takes a new event (not persisted): gives it an id from the event sequence. */
  void add(Event e) {
    e.id = (Long) generate(Event.class, e);
    fresh.add(e);
  }

  /** True when the event is one a merge of this batch may still look at (not removed). */
  boolean live(Event e) {
    return fresh.contains(e) || stored.containsKey(e);
  }

  /** Removes an event: a new one is never written, a stored one is deleted with its rows. */
  void remove(Event e) {
    if (!fresh.remove(e) && stored.remove(e) != null) {
      removed.put(e, e.version);
    }
  }

  /** Records a revision (not persisted) with the batch's next rows. */
  void recordLater(Revision revision) {
    revisions.add(revision);
  }

  /**
   * Writes the new actors and the changes to stored events so far (an article's, while an
   * interactive writer waits: the next one then waits for one article's rows, not the batch's); the
   * new events stay until {@link #finish}.
   */
  void writeStored(ActorService.Resolver resolver) {
    write(resolver, false);
  }

  /**
   * Writes everything the batch made, revisions included, then empties the session: nothing in it
   * is left to flush.
   */
  void finish(ActorService.Resolver resolver) {
    write(resolver, true);
    em.clear();
  }

  private void write(ActorService.Resolver resolver, boolean withNew) {
    List<Actor> actors = resolver.made();
    List<Actor> newActors = new ArrayList<>(actors.subList(actorsWritten, actors.size()));
    actorsWritten = actors.size();
    List<ActorAlias> aliases = new ArrayList<>();
    for (Actor a : newActors) {
      aliases.addAll(a.aliases);
    }

    // Stored events removed: their rows first, as the cascade deleted them.
    List<Long> goneIds = new ArrayList<>();
    List<long[]> goneEvents = new ArrayList<>();
    for (Map.Entry<Event, Long> r : removed.entrySet()) {
      goneIds.add(r.getKey().id);
      goneEvents.add(new long[] {r.getKey().id, r.getValue()});
    }
    List<Long> goneMentions = new ArrayList<>();
    List<long[]> goneActors = new ArrayList<>();
    // Stored events changed: rows removed from them, rows added, columns and roles changed.
    List<Event> changed = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    List<EventActor> addedActors = new ArrayList<>();
    List<EventActor> movedActors = new ArrayList<>();
    for (Map.Entry<Event, Stored> s : stored.entrySet()) {
      Event e = s.getKey();
      Stored was = s.getValue();
      boolean rows = !sameRows(was.mentions(), e.mentions) || !sameRows(was.actors(), e.actors);
      if (rows) {
        Set<Mention> now = identitySet(e.mentions);
        for (Mention m : was.mentions()) {
          if (!now.contains(m)) {
            goneMentions.add(m.id);
          }
        }
        Set<EventActor> nowActors = identitySet(e.actors);
        for (EventActor ea : was.actors().keySet()) {
          if (!nowActors.contains(ea)) {
            goneActors.add(new long[] {e.id, ea.actor.id});
          }
        }
        for (Mention m : e.mentions) {
          if (m.id == null) {
            m.id = (Long) generate(Mention.class, m);
            mentions.add(m);
          }
        }
      }
      for (EventActor ea : e.actors) {
        Object[] before = was.actors().get(ea);
        if (before == null) {
          addedActors.add(ea);
        } else if (!Objects.equals(before[0], ea.role) || !before[1].equals(ea.position)) {
          movedActors.add(ea);
        }
      }
      if (rows || !Arrays.deepEquals(was.values(), EventRows.values(e))) {
        changed.add(e);
      }
    }
    // In id order, as Hibernate's ordered updates.
    changed.sort((a, b) -> Long.compare(a.id, b.id));
    List<Event> created = new ArrayList<>();
    if (withNew) {
      created.addAll(fresh);
      created.sort((a, b) -> Long.compare(a.id, b.id));
      for (Event e : created) {
        for (Mention m : e.mentions) {
          if (m.id == null) {
            m.id = (Long) generate(Mention.class, m);
          }
          mentions.add(m);
        }
        // Unique by actor (the resolver's map); ordered as the flush would send them.
        addedActors.addAll(new LinkedHashSet<>(e.actors));
      }
    }
    em.unwrap(Session.class)
        .doWork(
            c -> {
              EventRows.insertActors(c, newActors);
              EventRows.insertAliases(c, aliases);
              EventRows.deleteRowsOf(c, goneIds);
              EventRows.deleteEvents(c, goneEvents);
              EventRows.deleteMentions(c, goneMentions);
              EventRows.deleteEventActors(c, goneActors);
              EventRows.updateEvents(c, changed);
              EventRows.updateEventActors(c, movedActors);
              EventRows.insertEvents(c, created);
              EventRows.insertMentions(c, mentions);
              EventRows.insertEventActors(c, addedActors);
              EventRows.insertRevisions(c, revisions);
            });
    removed.clear();
    revisions.clear();
    for (Event e : changed) {
      e.version++;
    }
    // What is written is the state later writes compare with; a new event is stored from now on.
    for (Event e : created) {
      fresh.remove(e);
      stored.put(e, Stored.of(e));
    }
    for (Event e : changed) {
      stored.put(e, Stored.of(e));
    }
    for (EventActor ea : movedActors) {
      Stored s = stored.get(ea.event);
      if (s != null) {
        s.actors().put(ea, new Object[] {ea.role, ea.position});
      }
    }
  }

  /** The same rows (by identity) in the same order. */
  private static <T> boolean sameRows(List<T> was, List<T> now) {
    if (was.size() != now.size()) {
      return false;
    }
    for (int i = 0; i < was.size(); i++) {
      if (was.get(i) != now.get(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameRows(Map<EventActor, Object[]> was, List<EventActor> now) {
    if (was.size() != now.size()) {
      return false;
    }
    for (EventActor ea : now) {
      if (!was.containsKey(ea)) {
        return false;
      }
    }
    return true;
  }

  private static <T> Set<T> identitySet(Collection<T> items) {
    Set<T> out = Collections.newSetFromMap(new IdentityHashMap<>());
    out.addAll(items);
    return out;
  }

  private Object generate(Class<?> type, Object entity) {
    SharedSessionContractImplementor s = em.unwrap(SharedSessionContractImplementor.class);
    var generator =
        (BeforeExecutionGenerator)
            s.getFactory().getMappingMetamodel().getEntityDescriptor(type).getGenerator();
    return generator.generate(s, entity, null, org.hibernate.generator.EventType.INSERT);
  }
}
