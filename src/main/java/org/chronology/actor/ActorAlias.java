package org.chronology.actor;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.chronology.db.IdentityEntity;
import org.chronology.text.ArabicNormalizer;

/** A spelling variant of an actor's name, stored with its normalised form for lookup. */
@Entity
@Table(name = "actor_alias")
public class ActorAlias extends IdentityEntity {

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
