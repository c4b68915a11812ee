package org.chronology.actor;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    public Actor resolve(ActorMention m) {
      String kind = m.kind().code();
      String key = kind + "|" + ArabicNormalizer.key(m.name());
      Actor cached = byKey.get(key);
      if (cached != null) {
        return cached;
      }
      Actor actor = find(kind, m.name());
      if (actor == null) {
        actor = new Actor();
        actor.kind = kind;
        actor.name = m.name();
        actor.nameEn = m.nameEn();
        actor.office = m.office();
        actor.origin = "extractor";
        if (m.country() != null && !m.country().equals(m.name())) {
          actor.country = find("country", m.country());
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
        actor.persist();
      }
      while (actor.mergedInto != null) {
        actor = actor.mergedInto;
      }
      byKey.put(key, actor);
      return actor;
    }

    private static Actor find(String kind, String name) {
      List<Actor> found =
          Actor.find(
                  "select a.actor from ActorAlias a where a.actor.kind = ?1 and a.normalized = ?2"
                      + " order by a.actor.id",
                  kind,
                  ArabicNormalizer.key(name))
              .list();
      if (!found.isEmpty()) {
        return found.get(0);
      }
      return Actor.find("kind = ?1 and name = ?2", kind, name).firstResult();
    }
  }
}
