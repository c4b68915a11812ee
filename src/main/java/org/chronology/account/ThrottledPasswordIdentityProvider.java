package org.chronology.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.UUID;
import org.chronology.db.Hql;
import org.jboss.logging.Logger;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * Checks a username and password against {@link LoginAccount} (bcrypt), ahead of the generated JPA
 * provider, so that failed attempts can be counted and a username+address pair locked after too
 * many. Sessions are re-checked on every request by {@link SessionIdentityProvider}.
 *
 * <p>The sign-in form carries a CSRF token like every other form (no login CSRF: another site
 * cannot sign a reader in under its own account), an unknown username costs the same bcrypt check
 * as a known one (the answer's timing does not tell which usernames exist), and a successful
 * sign-in starts a server-checked session ({@link SessionGuard#start}).
 */
@ApplicationScoped
public class ThrottledPasswordIdentityProvider
    implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

  private static final Logger LOG = Logger.getLogger(ThrottledPasswordIdentityProvider.class);
  private static final WildFlyElytronPasswordProvider PROVIDER =
      new WildFlyElytronPasswordProvider();

  /**
   * Checked when the username is unknown, so that both answers cost one bcrypt verification. Made
   * on first use (a holder class), not when this provider is created: that happens in the first
   * request of any kind, on the event loop, and one bcrypt hash is tens of milliseconds of CPU
   * before the first answer. The warm-up after start-up makes it ({@link #prepareDummyHash});
   * without the warm-up, the first sign-in with an unknown username does.
   */
  private static final class Dummy {
    static final String HASH = BcryptUtil.bcryptHash(UUID.randomUUID().toString());
  }

  @Inject LoginThrottle throttle;
  @Inject SessionGuard sessions;

  /**
   * Makes the dummy hash now if it is not made yet (the warm-up after start-up calls it, so that
   * the first sign-in with an unknown username costs one bcrypt verification like every other).
   */
  public static void prepareDummyHash() {
    hashToCheck(null);
  }

  @Override
  public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
    return UsernamePasswordAuthenticationRequest.class;
  }

  @Override
  public int priority() {
    // Ahead of the generated JPA provider (default priority 1001).
    return 2000;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
    String username = request.getUsername();
    RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
    String address =
        rc == null || rc.request().remoteAddress() == null
            ? "unknown"
            : rc.request().remoteAddress().hostAddress();
    if (throttle.locked(username, address)) {
      LOG.warnf("Sign-in refused: '%s' from %s is locked after failed attempts", username, address);
      return Uni.createFrom().failure(new AuthenticationFailedException("locked"));
    }
    if (!csrfMatches(rc)) {
      LOG.warnf(
          "Sign-in refused: '%s' from %s without the sign-in form's CSRF token", username, address);
      return Uni.createFrom().failure(new AuthenticationFailedException("csrf"));
    }
    char[] password = request.getPassword().getPassword();
    return context.runBlocking(
        () -> {
          Found found = lookup(username);
          boolean ok = verify(hashToCheck(found), password);
          if (found == null || !ok) {
            throttle.failed(username, address);
            throw new AuthenticationFailedException("bad credentials");
          }
          throttle.succeeded(username, address);
          if (rc != null) {
            sessions.start(rc, found.id(), found.epoch());
          }
          return found.identity();
        });
  }

  /**
   * The hash a password is checked against: the account's, or for an unknown username a bcrypt hash
   * of the same cost, so that both answers cost one bcrypt verification (no timing tells which
   * usernames exist).
   */
  static String hashToCheck(Found found) {
    return found == null ? Dummy.HASH : found.hash();
  }

  /** An enabled account as the login sees it. */
  record Found(long id, String username, String hash, String roles, int epoch) {

    /** The signed-in identity of this account: its name and its comma-separated roles. */
    SecurityIdentity identity() {
      QuarkusSecurityIdentity.Builder b =
          QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(username));
      for (String role : roles.split(",")) {
        if (!role.isBlank()) {
          b.addRole(role.strip());
        }
      }
      return b.build();
    }
  }

  /** The enabled account of this username, or null. */
  static Found lookup(String username) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              // A burst of sign-ins right after start-up parses this text once (Hql).
              LoginAccount a =
                  Hql.query(
                          LoginAccount.getEntityManager(),
                          "from LoginAccount where username = ?1",
                          LoginAccount.class)
                      .setParameter(1, username)
                      .setMaxResults(1)
                      .getResultStream()
                      .findFirst()
                      .orElse(null);
              return a == null
                  ? null
                  : new Found(a.id, a.username, a.passwordHash, a.roles, a.sessionEpoch);
            });
  }

  /** The sign-in form's CSRF field equals its cookie (both set by the form's page). */
  private boolean csrfMatches(RoutingContext rc) {
    if (rc == null) {
      return false;
    }
    String form = rc.request().getFormAttribute(sessions.csrfCookieName());
    io.vertx.core.http.Cookie cookie = rc.request().getCookie(sessions.csrfCookieName());
    return form != null
        && cookie != null
        && !form.isEmpty()
        && MessageDigest.isEqual(
            form.getBytes(StandardCharsets.UTF_8),
            cookie.getValue().getBytes(StandardCharsets.UTF_8));
  }

  private static boolean verify(String hash, char[] password) {
    try {
      Password stored = ModularCrypt.decode(hash);
      PasswordFactory factory =
          PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
      return factory.verify(factory.translate(stored), password);
    } catch (Exception e) {
      return false;
    }
  }
}
