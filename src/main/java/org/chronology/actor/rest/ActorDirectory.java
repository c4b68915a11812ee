package org.chronology.actor.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chronology.actor.Actor;
import org.chronology.actor.ActorQueryService;
import org.chronology.actor.ActorQueryService.ActorOption;
import org.chronology.actor.rest.ActorViews.ActorDetail;
import org.chronology.actor.rest.ActorViews.ActorPage;
import org.chronology.actor.rest.ActorViews.ActorSummary;
import org.chronology.actor.rest.ActorViews.CountryRef;
import org.chronology.db.Rows;

/**
 * Looks actors up for the API: a search is exactly the chronology's actor box ({@link
 * ActorQueryService#search}); without text, every actor, most events first.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ActorDirectory {

  @Inject ActorQueryService actors;

  public ActorPage find(String q, int page, int size) {
    List<ActorOption> found;
    long total;
    if (q != null && !q.isBlank()) {
      total = actors.countMatches(q);
      found = actors.search(q, page * size, size);
    } else {
      total =
          Rows.select("select count(a) from Actor a where a.mergedInto is null", Long.class)
              .getSingleResult();
      found =
          Rows.map(
              Rows.select(
                      "select a.id, a.name, a.nameEn, a.kind, "
                          + ActorQueryService.VISIBLE_EVENTS
                          + " from Actor a where a.mergedInto is null order by 5 desc, a.name, a.id")
                  .setFirstResult(page * size)
                  .setMaxResults(size),
              ActorOption::of);
    }
    List<ActorSummary> items = new ArrayList<>();
    for (ActorOption o : found) {
      items.add(new ActorSummary(o.id(), o.name(), o.nameEn(), o.kind(), o.events()));
    }
    return new ActorPage(total, page, size, items);
  }

  public Optional<ActorDetail> byId(long id) {
    Optional<Actor> found = actors.byId(id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Actor a = found.get();
    long events =
        Rows.select(
                "select count(distinct ea.event.id) from EventActor ea where ea.actor.id = :id"
                    + " and ea.event.review <> 'rejected'",
                Long.class)
            .setParameter("id", id)
            .getSingleResult();
    return Optional.of(
        new ActorDetail(
            a.id,
            a.name,
            a.nameEn,
            a.kind,
            a.office,
            a.country == null
                ? null
                : new CountryRef(a.country.id, a.country.name, a.country.nameEn),
            a.aliases.stream().map(al -> al.alias).filter(s -> !s.equals(a.name)).toList(),
            events,
            a.mergedInto == null ? null : a.mergedInto.id));
  }
}
