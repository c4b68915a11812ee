package org.chronology.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.chronology.actor.Actor;

/** An actor's part in an event. */
@Entity
@Table(name = "event_actor")
@IdClass(EventActor.Key.class)
public class EventActor extends PanacheEntityBase {

  @Id
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "event_id")
  public Event event;

  @Id
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "actor_id")
  public Actor actor;

  /** visitor, host, buyer, seller, attacker, target, speaker, participant, or null. */
  public String role;

  /** Order of appearance, principal actors first. */
  public int position;

  /** Composite key (event, actor). */
  public static class Key implements Serializable {
    public Long event;
    public Long actor;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(event, k.event) && Objects.equals(actor, k.actor);
    }

    @Override
    public int hashCode() {
      return Objects.hash(event, actor);
    }
  }
}
