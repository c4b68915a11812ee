package org.chronology.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.PasswordType;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * The login's read-only view of enabled accounts ({@code login_account}): a disabled account
 * neither signs in nor keeps its session, because it is no longer found here.
 */
@Entity
@Immutable
@Table(name = "login_account")
@UserDefinition
public class LoginAccount extends PanacheEntityBase {

  @Id public Long id;

  @Username public String username;

  @Password(PasswordType.MCF)
  @Column(name = "password_hash")
  public String passwordHash;

  @io.quarkus.security.jpa.Roles public String roles;

  /** The account's current session epoch (see {@link SessionGuard}). */
  @Column(name = "session_epoch")
  public int sessionEpoch;
}
