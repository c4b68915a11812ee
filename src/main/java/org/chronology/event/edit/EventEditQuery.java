package org.chronology.event.edit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.chronology.actor.Actor;
import org.chronology.common.NotFound;
import org.chronology.db.Hql;
import org.chronology.event.Event;
import org.chronology.event.EventActor;
import org.chronology.event.Mention;

/**
 * What the event editor shows: the saved form, the sentences beside it, the lists to choose from.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventEditQuery {

  /** A sentence that reports the event, beside the form. */
  public record Sentence(
      long mentionId, long articleId, String source, String title, int start, String text) {}

  /** An actor an editor may add, for the form's suggestion list. */
  public record ActorChoice(long id, String name, String kind) {}

  /** Choices for the form's lists. */
  public record Choices(
      List<String> types,
      List<String> statuses,
      List<String> precisions,
      List<String> roles,
      List<String> kinds,
      List<String> reviews,
      List<ActorChoice> actors) {
    static Choices of(List<ActorChoice> actors) {
      return new Choices(
          EventChoices.types(),
          EventChoices.statuses(),
          EventChoices.precisions(),
          EventChoices.roles(),
          EventChoices.kinds(),
          EventChoices.REVIEWS,
          actors);
    }
  }

  /** The event's form as it is saved now, with its version. */
  public EventForm form(long id) {
    return formOf(load(id));
  }

  /** The choices of the form's lists, with every actor not merged into another. */
  public Choices choices() {
    List<ActorChoice> actors = new ArrayList<>();
    for (Object[] r :
        Hql.query(
                Actor.getEntityManager(),
                "select a.id, a.name, a.kind from Actor a where a.mergedInto is null"
                    + " order by a.name",
                Object[].class)
            .getResultList()) {
      actors.add(new ActorChoice((Long) r[0], (String) r[1], (String) r[2]));
    }
    return Choices.of(actors);
  }

  public List<Sentence> sentences(long eventId) {
    List<Sentence> out = new ArrayList<>();
    for (Mention m :
        Mention.<Mention>list(
            "from Mention m join fetch m.article where m.event.id = ?1"
                + " order by m.article.id, m.sentenceStart",
            eventId)) {
      out.add(
          new Sentence(
              m.id, m.article.id, m.article.source, m.article.title, m.sentenceStart, m.sentence));
    }
    return out;
  }

  private static Event load(long id) {
    Event e = Event.findById(id);
    if (e == null) {
      throw NotFound.event(id);
    }
    return e;
  }

  private static EventForm formOf(Event e) {
    List<EventForm.ActorRow> rows = new ArrayList<>();
    for (EventActor ea : e.actors) {
      rows.add(
          new EventForm.ActorRow(
              ea.actor.id, ea.actor.name, ea.role == null ? "" : ea.role, false));
    }
    return new EventForm(
        e.version,
        e.type.code(),
        e.title,
        e.status.code(),
        e.dateStart == null ? "" : e.dateStart.toString(),
        e.dateEnd == null ? "" : e.dateEnd.toString(),
        e.datePrecision.code(),
        e.dateApproximate,
        e.locationName == null ? "" : e.locationName,
        e.locationNameEn == null ? "" : e.locationNameEn,
        e.review.code(),
        e.note == null ? "" : e.note,
        "",
        rows,
        "",
        "",
        "",
        "",
        "");
  }
}
