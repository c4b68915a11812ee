package org.chronology.account;

import io.agroal.api.AgroalDataSource;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.chronology.config.ChronologyConfig;
import org.jboss.logging.Logger;

/** Accounts: the first administrator, editors added and disabled by administrators. */
@ApplicationScoped
public class AccountService {

  private static final Logger LOG = Logger.getLogger(AccountService.class);
  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,40}");
  public static final int MIN_PASSWORD = 10;

  @Inject ChronologyConfig config;
  @Inject AgroalDataSource db;

  void firstAdmin(@Observes StartupEvent start) {
    // Plain SQL for the usual case (accounts exist): the first HQL query parses and compiles the
    // query parser, CPU better spent after the application answers.
    if (anyAccount()) {
      return;
    }
    if (!createFirstAdmin(config.admin().password())) {
      // Plain SQL again: with no account and no password (a fresh or generated database), HQL here
      // parsed the first query of the JVM before the server listened (docs/benchmarks.md).
      if (!anyAccount()) {
        LOG.warn(
            "No account exists and CHRONOLOGY_ADMIN_PASSWORD is not set: nobody can sign in to"
                + " edit");
      }
    }
  }

  private boolean anyAccount() {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select exists (select 1 from account)")) {
      return r.next() && r.getBoolean(1);
    } catch (SQLException e) {
      throw new IllegalStateException("Accounts could not be read: " + e.getMessage(), e);
    }
  }

  /**
   * Creates the administrator {@code admin} with this password when no account exists at all; true
   * when it did.
   */
  @Transactional
  public boolean createFirstAdmin(Optional<String> password) {
    // The password first: without one, no query at all.
    if (password.isEmpty() || password.get().isBlank() || Account.count() > 0) {
      return false;
    }
    Account a = new Account();
    a.username = "admin";
    a.passwordHash = BcryptUtil.bcryptHash(password.get());
    a.roles = Roles.ADMIN + "," + Roles.EDITOR;
    a.createdBy = "startup";
    a.persist();
    LOG.info("Created the first administrator account 'admin'");
    return true;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Account> list() {
    return Account.list("order by username");
  }

  /** Field name → Arabic error for a new account, empty when valid. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, String> validate(String username, String password) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (username == null || !USERNAME.matcher(username).matches()) {
      errors.put("username", "badUsername");
    } else if (Account.findByUsername(username) != null) {
      errors.put("username", "usernameTaken");
    }
    if (password == null || password.length() < MIN_PASSWORD) {
      errors.put("password", "passwordShort");
    }
    return errors;
  }

  @Transactional
  public Account create(String username, String password, boolean admin, String by) {
    Account a = new Account();
    a.username = username;
    a.passwordHash = BcryptUtil.bcryptHash(password);
    a.roles = admin ? Roles.ADMIN + "," + Roles.EDITOR : Roles.EDITOR;
    a.createdBy = by;
    a.persist();
    return a;
  }

  /** Enables or disables an account; an administrator cannot disable themself. */
  @Transactional
  public boolean setEnabled(long id, boolean enabled, String by) {
    Account a = Account.findById(id);
    if (a == null || (!enabled && a.username.equals(by))) {
      return false;
    }
    a.enabled = enabled;
    if (!enabled) {
      a.sessionEpoch++;
    }
    return true;
  }

  /** Sets a new password and ends every session of the account (a copied cookie included). */
  @Transactional
  public boolean changePassword(String username, String password) {
    Account a = Account.findByUsername(username);
    if (a == null || password == null || password.length() < MIN_PASSWORD) {
      return false;
    }
    a.passwordHash = BcryptUtil.bcryptHash(password);
    a.sessionEpoch++;
    return true;
  }

  /** Ends every session of the account: sign-out, here or from any copy of its cookie. */
  @Transactional
  public void endSessions(String username) {
    Account.update("sessionEpoch = sessionEpoch + 1 where username = ?1", username);
  }
}
