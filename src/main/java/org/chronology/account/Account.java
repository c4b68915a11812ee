package org.chronology.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.chronology.db.IdentityEntity;

/** An editor's or administrator's account; the password is stored as a bcrypt hash only. */
@Entity
@Table(name = "account")
public class Account extends IdentityEntity {

  public String username;

  @Column(name = "password_hash")
  public String passwordHash;

  /** Comma-separated: {@code editor} or {@code admin,editor}. */
  public String roles;

  public boolean enabled = true;

  /** Moved on by sign-out, a new password or disabling: older session cookies stop working. */
  @Column(name = "session_epoch")
  public int sessionEpoch;

  @Column(name = "created_at", insertable = false, updatable = false)
  public OffsetDateTime createdAt;

  @Column(name = "created_by")
  public String createdBy;

  public boolean isAdmin() {
    return roles != null && roles.contains(Roles.ADMIN);
  }

  public static Account findByUsername(String username) {
    return find("username", username).firstResult();
  }
}
