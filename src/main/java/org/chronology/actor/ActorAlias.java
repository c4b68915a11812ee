package org.chronology.actor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.chronology.text.ArabicNormalizer;

/** A spelling variant of an actor's name, stored with its normalised form for lookup. */
@Entity
@Table(name = "actor_alias")
public class ActorAlias extends PanacheEntityBase {

  /**
   * From the identity column's sequence, 50 at a time (V17), so a new actor's insert waits for the
   * flush and batches with the others instead of being sent, with everything queued, at persist.
   */
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alias_ids")
  @SequenceGenerator(name = "alias_ids", sequenceName = "actor_alias_id_seq", allocationSize = 50)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "actor_id")
  public Actor actor;

  public String alias;

  public String normalized;

  public static ActorAlias of(Actor actor, String alias) {
    ActorAlias a = new ActorAlias();
    a.actor = actor;
    a.alias = alias;
    a.normalized = ArabicNormalizer.key(alias);
    return a;
  }
}
