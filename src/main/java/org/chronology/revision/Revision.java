package org.chronology.revision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.chronology.db.IdentityEntity;

/** One change to an event, actor or article: who, when, the state before and after, why. */
@Entity
@Table(name = "revision")
public class Revision extends IdentityEntity {

  /** event, actor, article. */
  @Column(name = "entity_type")
  public String entityType;

  @Column(name = "entity_id")
  public Long entityId;

  /** edit, confirm, reject, merge, merged-into, split, split-from, create, revert, … */
  public String action;

  public String username;

  @Column(name = "created_at", insertable = false, updatable = false)
  public OffsetDateTime createdAt;

  public String reason;

  @Column(name = "before_json")
  public String beforeJson;

  @Column(name = "after_json")
  public String afterJson;
}
