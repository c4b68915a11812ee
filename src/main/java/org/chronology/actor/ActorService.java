package org.chronology.actor;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.chronology.db.Hql;
import org.chronology.extraction.ActorMention;
import org.chronology.text.ArabicNormalizer;

/** Finds or creates the canonical actor records behind extracted actor mentions. */
@ApplicationScoped
public class ActorService {

  /**
   * Resolves actor mentions within one transaction, caching lookups; unknown actors are created
   * (origin {@code extractor}) with their aliases, never dropped.
   */
  public Resolver resolver() {
    return new Resolver();
  }

  /** Lookups for one re-extraction run; call inside its transaction. */
  public static final class Resolver {
    private final Map<String, Actor> byKey = new HashMap<>();

    /**
     * What {@link #find} answers for a key looked up ahead by {@link #prefetch}: the actor, or null
     * when none is stored (then a new one is made without asking again).
     */
    private final Map<String, Actor> looked = new HashMap<>();

    public Actor resolve(ActorMention m) {
      String kind = m.kind().code();
      String key = kind + "|" + ArabicNormalizer.key(m.name());
      Actor cached = byKey.get(key);
      if (cached != null) {
        return cached;
      }
      Actor actor = lookup(kind, m.name());
      if (actor == null) {
        actor = new Actor();
        actor.kind = kind;
        actor.name = m.name();
        actor.nameEn = m.nameEn();
        actor.office = m.office();
        actor.origin = "extractor";
        if (m.country() != null && !m.country().equals(m.name())) {
          actor.country = lookup("country", m.country());
        }
        actor.aliases.add(ActorAlias.of(actor, m.name()));
        if (m.aliases() != null) {
          for (String alias : m.aliases()) {
            if (actor.aliases.stream()
                .noneMatch(a -> a.normalized.equals(ArabicNormalizer.key(alias)))) {
              actor.aliases.add(ActorAlias.of(actor, alias));
            }
          }
        }
        // Its id comes from the sequence (V17): the insert waits for the flush, with the others.
        actor.persist();
        made.add(actor);
        // A later name equal to one of its aliases finds it, as the alias query would once the
        // insert is flushed (stored actors, lower ids, come first there).
        for (ActorAlias a : actor.aliases) {
          looked.replace(kind + "|" + a.normalized, null, actor);
          created.putIfAbsent(kind + "|" + a.normalized, actor);
        }
      }
      while (actor.mergedInto != null) {
        actor = actor.mergedInto;
      }
      byKey.put(key, actor);
      return actor;
    }

    /**
     * Looks up the stored actors of many mentions (and their countries) in two queries, with their
     * aliases, instead of one or two queries per name as {@link #resolve} goes: a bulk merge calls
     * this once for a batch of articles. Answers the same as the one-by-one look-up.
     */
    public void prefetch(Collection<ActorMention> mentions) {
      Map<String, String> names = new HashMap<>();
      for (ActorMention m : mentions) {
        String kind = m.kind().code();
        names.putIfAbsent(kind + "|" + ArabicNormalizer.key(m.name()), m.name());
        if (m.country() != null && !m.country().equals(m.name())) {
          names.putIfAbsent("country|" + ArabicNormalizer.key(m.country()), m.country());
        }
      }
      names.keySet().removeAll(looked.keySet());
      names.keySet().removeAll(byKey.keySet());
      if (names.isEmpty()) {
        return;
      }
      Set<String> normalized = new HashSet<>();
      names.keySet().forEach(k -> normalized.add(k.substring(k.indexOf('|') + 1)));
      // The lowest id first, as find's "order by a.actor.id".
      List<Object[]> rows =
          Hql.named(Actor.getEntityManager(), Actor.BY_ALIASES, Object[].class)
              .setParameter("keys", normalized)
              .getResultList();
      Map<String, Actor> found = new HashMap<>();
      for (Object[] r : rows) {
        Actor a = (Actor) r[1];
        found.putIfAbsent(a.kind + "|" + r[0], a);
      }
      names.keySet().removeIf(k -> found.containsKey(k));
      if (!names.isEmpty()) {
        // find's second way: no alias, the exact name.
        for (Actor a :
            Hql.named(Actor.getEntityManager(), Actor.BY_NAMES, Actor.class)
                .setParameter("names", Set.copyOf(names.values()))
                .getResultList()) {
          String k = a.kind + "|" + ArabicNormalizer.key(a.name);
          if (a.name.equals(names.get(k))) {
            found.putIfAbsent(k, a);
          }
        }
      }
      names.keySet().forEach(k -> looked.put(k, null));
      looked.putAll(found);
      // Their aliases in the same round trip, for the events' search text.
      loadAliases(found.values().stream().map(a -> a.id).collect(Collectors.toSet()));
    }

    /** Actors this resolver made, by kind and normalised alias: their inserts may wait. */
    private final Map<String, Actor> created = new HashMap<>();

    /** The actors this resolver made, in order (a country before the actors of that country). */
    private final List<Actor> made = new ArrayList<>();

    /**
     * The actors this resolver made (persisted in the session, not flushed yet), in the order made:
     * a bulk merge writes them itself.
     */
    public List<Actor> made() {
      return Collections.unmodifiableList(made);
    }

    private Actor lookup(String kind, String name) {
      String key = kind + "|" + ArabicNormalizer.key(name);
      if (looked.containsKey(key)) {
        return looked.get(key);
      }
      Actor stored = find(kind, name);
      return stored != null ? stored : created.get(key);
    }

    private static Actor find(String kind, String name) {
      List<Actor> found =
          Hql.named(Actor.getEntityManager(), Actor.BY_KIND_AND_ALIAS, Actor.class)
              .setParameter("kind", kind)
              .setParameter("key", ArabicNormalizer.key(name))
              .getResultList();
      if (!found.isEmpty()) {
        return found.get(0);
      }
      return Hql.named(Actor.getEntityManager(), Actor.BY_KIND_AND_NAME, Actor.class)
          .setParameter("kind", kind)
          .setParameter("name", name)
          .setMaxResults(1)
          .getResultStream()
          .findFirst()
          .orElse(null);
    }
  }

  /**
   * Loads the aliases of the given actors into the session in one query, rather than one per actor
   * when they are first read.
   */
  public static void loadAliases(Collection<Long> actorIds) {
    if (!actorIds.isEmpty()) {
      Hql.named(Actor.getEntityManager(), Actor.WITH_ALIASES, Actor.class)
          .setParameter("ids", actorIds)
          .getResultList();
    }
  }
}
