package org.chronology.actor;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads actors for filters and actor pages. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ActorQueryService {

  /** An actor offered in the filter, with how many visible events it has. */
  public record ActorOption(long id, String name, String nameEn, String kind, long events) {}

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

  public Optional<Actor> byId(long id) {
    return Actor.<Actor>find(
            "from Actor a left join fetch a.aliases left join fetch a.country where a.id = ?1", id)
        .firstResultOptional();
  }
}
