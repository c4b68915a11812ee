package org.chronology.actor;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronology.db.Hql;
import org.chronology.extraction.ActorIdentity;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.actor.GazetteerEntry;
import org.jboss.logging.Logger;

/**
 * The actor gazetteer lives in the database so editors can extend it: the shipped resource file
 * seeds actors that are not there yet (existing rows, possibly edited, are never overwritten), and
 * the extractor's gazetteer is read back from the table with every alias editors added.
 */
@ApplicationScoped
public class GazetteerService {

  private static final Logger LOG = Logger.getLogger(GazetteerService.class);

  /** Transaction-level advisory lock of the seeding (any number unused by other locks). */
  static final long SEED_LOCK = 0x4348524f4e4f4c03L;

  private static final int SEED_TIMEOUT_SECONDS = 600;

  /**
   * Inserts the shipped gazetteer's actors that the table lacks; returns them (the articles naming
   * them are the ones to extract again).
   */
  public List<GazetteerEntry> seed() {
    List<GazetteerEntry> entries = Gazetteer.readResource();
    // A first seeding inserts every actor and alias one by one; on a starved machine that outlasts
    // the default 60 s transaction timeout: an unseeded start-up is worse than a slow one.
    return QuarkusTransaction.requiringNew()
        .timeout(SEED_TIMEOUT_SECONDS)
        .call(
            () -> {
              // Instances starting together on one database seed one after the other: the second
              // waits for the first's commit, then finds the actors there (else both insert them
              // and the second fails to start on the unique name).
              Actor.getEntityManager()
                  .createNativeQuery("select pg_advisory_xact_lock(?1)")
                  .setParameter(1, SEED_LOCK)
                  .getSingleResult();
              Map<String, Actor> byKey = new HashMap<>();
              // Only the actors the gazetteer names: the table grows with the archive (actors the
              // extractor found), start-up should not.
              Set<String> names = new HashSet<>();
              for (GazetteerEntry e : entries) {
                names.add(e.name());
                if (e.country() != null) {
                  names.add(e.country());
                }
              }
              for (Actor a :
                  Actor.getEntityManager()
                      .unwrap(org.hibernate.Session.class)
                      .createNativeQuery("select * from actor where name = any(?1)", Actor.class)
                      .setParameter(1, names.toArray(String[]::new))
                      .getResultList()) {
                byKey.put(a.kind + "|" + a.name, a);
              }
              List<GazetteerEntry> added = new ArrayList<>();
              List<Runnable> countryLinks = new ArrayList<>();
              for (GazetteerEntry e : entries) {
                String key = e.kind().code() + "|" + e.name();
                if (byKey.containsKey(key)) {
                  continue;
                }
                Actor a = new Actor();
                a.kind = e.kind().code();
                a.name = e.name();
                a.nameEn = e.nameEn();
                a.office = e.office();
                a.activeFrom = e.activeFrom();
                a.activeTo = e.activeTo();
                a.origin = "gazetteer";
                a.aliases.add(ActorAlias.of(a, e.name()));
                for (String alias : e.aliases()) {
                  ActorAlias al = ActorAlias.of(a, alias);
                  if (a.aliases.stream().noneMatch(x -> x.normalized.equals(al.normalized))) {
                    a.aliases.add(al);
                  }
                }
                a.persist();
                byKey.put(key, a);
                added.add(e);
                if (e.country() != null && !e.country().equals(e.name())) {
                  countryLinks.add(() -> a.country = byKey.get("country|" + e.country()));
                }
              }
              countryLinks.forEach(Runnable::run);
              if (!added.isEmpty()) {
                LOG.infof("Gazetteer: %d actors added to the database", added.size());
              }
              return added;
            });
  }

  /**
   * The gazetteer the extractor uses: the shipped and editor-made actors (not the ones the
   * extractor itself created, so one run's output never changes the next run's input), merged
   * actors left out, with every alias in the table.
   */
  public Gazetteer current() {
    return Gazetteer.fromEntries(entries());
  }

  /** The entries {@link #current} is built from (compared to reuse an extractor built on them). */
  public List<GazetteerEntry> entries() {
    return QuarkusTransaction.joiningExisting()
        .call(
            () -> {
              List<Actor> actors =
                  Hql.named(Actor.getEntityManager(), Actor.GAZETTEER, Actor.class).getResultList();
              List<GazetteerEntry> entries = new ArrayList<>();
              for (Actor a : actors) {
                List<String> aliases =
                    a.aliases.stream()
                        .map(al -> al.alias)
                        .filter(s -> !s.equals(a.name))
                        .distinct()
                        .toList();
                entries.add(
                    new GazetteerEntry(
                        new ActorIdentity(
                            a.name,
                            a.nameEn,
                            ActorKind.fromCode(a.kind),
                            a.office,
                            a.country == null
                                ? ("country".equals(a.kind) ? a.name : null)
                                : a.country.name,
                            aliases),
                        a.activeFrom,
                        a.activeTo));
              }
              return entries;
            });
  }
}
