package org.chronology.actor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.chronology.db.Rows;
import org.chronology.db.Rows.Row;
import org.chronology.text.ArabicNormalizer;
import org.chronology.web.Bilingual;

/** Reads actors for filters and actor pages. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ActorQueryService {

  /** An actor offered in the filter, with how many visible events it has. */
  public record ActorOption(long id, String name, String nameEn, String kind, long events)
      implements Bilingual {

    /** A row selecting id, name, English name, kind and then the count of visible events. */
    public static ActorOption of(Row r) {
      return new ActorOption(r.id(0), r.text(1), r.text(2), r.text(3), r.count(4));
    }
  }

  /** The count of an actor's visible (not rejected) events, as a column of {@code Actor a}. */
  public static final String VISIBLE_EVENTS =
      "(select count(distinct ea.event.id) from EventActor ea where ea.actor = a"
          + " and ea.event.review <> 'rejected')";

  /** Actors that take part in at least one visible event, most frequent first. */
  public List<ActorOption> withEvents() {
    return Rows.map(
        Rows.select(
            "select a.id, a.name, a.nameEn, a.kind, count(distinct ea.event.id)"
                + " from EventActor ea join ea.actor a where ea.event.review <> 'rejected'"
                + " group by a.id, a.name, a.nameEn, a.kind order by 5 desc, a.name"),
        ActorOption::of);
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
    String key = key(text);
    if (key.isEmpty()) {
      return List.of();
    }
    return Rows.map(
        matching(
                Rows.select(
                    "select a.id, a.name, a.nameEn, a.kind, "
                        + VISIBLE_EVENTS
                        + " from Actor a"
                        + MATCHES
                        + " order by 5 desc, a.name, a.id"),
                text,
                key)
            .setFirstResult(offset)
            .setMaxResults(limit),
        ActorOption::of);
  }

  /** How many actors {@link #search(String, int)} finds in all. */
  public long countMatches(String text) {
    String key = key(text);
    if (key.isEmpty()) {
      return 0;
    }
    return matching(Rows.select("select count(a) from Actor a" + MATCHES, Long.class), text, key)
        .getSingleResult();
  }

  private static final String MATCHES =
      " where a.mergedInto is null and (a.name like :raw"
          + " or lower(a.nameEn) like :en or exists (select 1 from ActorAlias al"
          + " where al.actor = a and al.normalized like :key))";

  /** The parameters of {@link #MATCHES}: the typed text as it is, in lower case, normalised. */
  private static <T> TypedQuery<T> matching(TypedQuery<T> query, String text, String key) {
    return query
        .setParameter("raw", "%" + text.strip() + "%")
        .setParameter("en", "%" + text.strip().toLowerCase(Locale.ROOT) + "%")
        .setParameter("key", like(key));
  }

  private static String key(String text) {
    return ArabicNormalizer.key(text == null ? "" : text).strip();
  }

  private static String like(String key) {
    return "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  /**
   * The actors a typed name stands for: those with that exact name or alias (normalised forms,
   * English names ignoring case); when none, those whose names contain it. One result means the
   * name is unambiguous. One statement.
   */
  public List<ActorOption> resolve(String text, int limit) {
    return resolveNamed(text, limit).actors();
  }

  /**
   * What a typed name resolved to: the actors, and whether they bear it ({@code exact}) or only
   * contain it in a name or alias.
   */
  public record Resolved(List<ActorOption> actors, boolean exact) {}

  /** {@link #resolve(String, int)}, saying whether the actors found bear the name or contain it. */
  public Resolved resolveNamed(String text, int limit) {
    String key = key(text);
    if (key.isEmpty()) {
      return new Resolved(List.of(), false);
    }
    String raw = text.strip();
    String en = raw.toLowerCase(Locale.ROOT);
    List<ActorOption> exact = new ArrayList<>();
    List<ActorOption> partial = new ArrayList<>();
    for (Row r :
        Rows.rows(
            Rows.select(
                    "select a.id, a.name, a.nameEn, a.kind, "
                        + VISIBLE_EVENTS
                        + ", case when (a.name = :raw or lower(a.nameEn) = :en or exists (select 1"
                        + " from ActorAlias x where x.actor = a and x.normalized = :key)) then 1 else 0"
                        + " end from Actor a where a.mergedInto is null and (a.name like :rawLike"
                        + " or lower(a.nameEn) like :enLike or exists (select 1 from ActorAlias al"
                        + " where al.actor = a and al.normalized like :like))"
                        + " order by 6 desc, 5 desc, a.name")
                .setParameter("raw", raw)
                .setParameter("en", en)
                .setParameter("key", key)
                .setParameter("rawLike", "%" + raw + "%")
                .setParameter("enLike", "%" + en + "%")
                .setParameter("like", like(key))
                .setMaxResults(limit))) {
      (r.integer(5) == 1 ? exact : partial).add(ActorOption.of(r));
    }
    return exact.isEmpty() ? new Resolved(partial, false) : new Resolved(exact, true);
  }

  /** Names of the given actors (for the filters already chosen), in id order. */
  public List<ActorOption> byIds(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return Rows.map(
        Rows.select(
                "select a.id, a.name, a.nameEn, a.kind from Actor a where a.id in :ids order by a.id")
            .setParameter("ids", ids),
        r -> new ActorOption(r.id(0), r.text(1), r.text(2), r.text(3), 0));
  }

  public Optional<Actor> byId(long id) {
    return Actor.<Actor>find(
            "from Actor a left join fetch a.aliases left join fetch a.country where a.id = ?1", id)
        .firstResultOptional();
  }
}
