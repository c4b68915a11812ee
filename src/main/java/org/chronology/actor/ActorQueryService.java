package org.chronology.actor;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chronology.text.ArabicNormalizer;
import org.chronology.web.Bilingual;

/** Reads actors for filters and actor pages. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ActorQueryService {

  /** An actor offered in the filter, with how many visible events it has. */
  public record ActorOption(long id, String name, String nameEn, String kind, long events)
      implements Bilingual {}

  /** Actors that take part in at least one visible event, most frequent first. */
  public List<ActorOption> withEvents() {
    List<ActorOption> out = new ArrayList<>();
    for (Object[] r :
        Panache.getEntityManager()
            .createQuery(
                "select a.id, a.name, a.nameEn, a.kind, count(distinct ea.event.id)"
                    + " from EventActor ea join ea.actor a where ea.event.review <> 'rejected'"
                    + " group by a.id, a.name, a.nameEn, a.kind order by 5 desc, a.name",
                Object[].class)
            .getResultList()) {
      out.add(
          new ActorOption((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (Long) r[4]));
    }
    return out;
  }

  /**
   * Actors whose name or any alias contains the typed text, compared on normalised forms
   * (actor_alias.normalized = ArabicNormalizer.key(alias)): «جانتس» finds غانتس when it is an
   * alias. English names match case-insensitively. Most frequent first.
   */
  public List<ActorOption> search(String text, int limit) {
    return search(text, 0, limit);
  }

  /** A page of {@link #search(String, int)}: skips {@code offset} matches. */
  public List<ActorOption> search(String text, int offset, int limit) {
    String key = ArabicNormalizer.key(text == null ? "" : text).strip();
    if (key.isEmpty()) {
      return List.of();
    }
    String like = like(key);
    List<ActorOption> out = new ArrayList<>();
    for (Object[] r :
        Panache.getEntityManager()
            .createQuery(
                "select a.id, a.name, a.nameEn, a.kind, (select count(distinct ea.event.id) from"
                    + " EventActor ea where ea.actor = a and ea.event.review <> 'rejected')"
                    + " from Actor a"
                    + MATCHES
                    + " order by 5 desc, a.name, a.id",
                Object[].class)
            .setParameter("raw", "%" + text.strip() + "%")
            .setParameter("en", "%" + text.strip().toLowerCase(java.util.Locale.ROOT) + "%")
            .setParameter("key", like)
            .setFirstResult(offset)
            .setMaxResults(limit)
            .getResultList()) {
      out.add(
          new ActorOption(
              (Long) r[0],
              (String) r[1],
              (String) r[2],
              (String) r[3],
              ((Number) r[4]).longValue()));
    }
    return out;
  }

  /** How many actors {@link #search(String, int)} finds in all. */
  public long countMatches(String text) {
    String key = ArabicNormalizer.key(text == null ? "" : text).strip();
    if (key.isEmpty()) {
      return 0;
    }
    return Panache.getEntityManager()
        .createQuery("select count(a) from Actor a" + MATCHES, Long.class)
        .setParameter("raw", "%" + text.strip() + "%")
        .setParameter("en", "%" + text.strip().toLowerCase(java.util.Locale.ROOT) + "%")
        .setParameter("key", like(key))
        .getSingleResult();
  }

  private static final String MATCHES =
      " where a.mergedInto is null and (a.name like :raw"
          + " or lower(a.nameEn) like :en or exists (select 1 from ActorAlias al"
          + " where al.actor = a and al.normalized like :key))";

  private static String like(String key) {
    return "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  /**
   * The actors a typed name stands for: those with that exact name or alias (normalised forms,
   * English names ignoring case); when none, those whose names contain it. One result means the
   * name is unambiguous. One statement.
   */
  public List<ActorOption> resolve(String text, int limit) {
    String key = ArabicNormalizer.key(text == null ? "" : text).strip();
    if (key.isEmpty()) {
      return List.of();
    }
    String raw = text.strip();
    String en = raw.toLowerCase(java.util.Locale.ROOT);
    String like = "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    List<ActorOption> exact = new ArrayList<>();
    List<ActorOption> partial = new ArrayList<>();
    for (Object[] r :
        Panache.getEntityManager()
            .createQuery(
                "select a.id, a.name, a.nameEn, a.kind, (select count(distinct ea.event.id) from"
                    + " EventActor ea where ea.actor = a and ea.event.review <> 'rejected'),"
                    + " case when (a.name = :raw or lower(a.nameEn) = :en or exists (select 1"
                    + " from ActorAlias x where x.actor = a and x.normalized = :key)) then 1 else 0"
                    + " end from Actor a where a.mergedInto is null and (a.name like :rawLike"
                    + " or lower(a.nameEn) like :enLike or exists (select 1 from ActorAlias al"
                    + " where al.actor = a and al.normalized like :like))"
                    + " order by 6 desc, 5 desc, a.name",
                Object[].class)
            .setParameter("raw", raw)
            .setParameter("en", en)
            .setParameter("key", key)
            .setParameter("rawLike", "%" + raw + "%")
            .setParameter("enLike", "%" + en + "%")
            .setParameter("like", like)
            .setMaxResults(limit)
            .getResultList()) {
      ActorOption o =
          new ActorOption(
              (Long) r[0],
              (String) r[1],
              (String) r[2],
              (String) r[3],
              ((Number) r[4]).longValue());
      (((Number) r[5]).intValue() == 1 ? exact : partial).add(o);
    }
    return exact.isEmpty() ? partial : exact;
  }

  /** Names of the given actors (for the filters already chosen), in id order. */
  public List<ActorOption> byIds(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<ActorOption> out = new ArrayList<>();
    for (Object[] r :
        Panache.getEntityManager()
            .createQuery(
                "select a.id, a.name, a.nameEn, a.kind from Actor a where a.id in :ids order by a.id",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      out.add(new ActorOption((Long) r[0], (String) r[1], (String) r[2], (String) r[3], 0));
    }
    return out;
  }

  public Optional<Actor> byId(long id) {
    return Actor.<Actor>find(
            "from Actor a left join fetch a.aliases left join fetch a.country where a.id = ?1", id)
        .firstResultOptional();
  }
}
