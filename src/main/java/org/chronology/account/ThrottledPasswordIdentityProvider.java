package org.chronology.account;

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
import org.jboss.logging.Logger;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * Checks a username and password against {@link LoginAccount} (bcrypt), ahead of the generated JPA
 * provider, so that failed attempts can be counted and a username+address pair locked after too
 * many. Sessions (the encrypted cookie) are still re-checked by the JPA provider on every request,
 * so a disabled account loses its session at once.
 */
@ApplicationScoped
public class ThrottledPasswordIdentityProvider
    implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

  private static final Logger LOG = Logger.getLogger(ThrottledPasswordIdentityProvider.class);
  private static final WildFlyElytronPasswordProvider PROVIDER =
      new WildFlyElytronPasswordProvider();

  private final LoginThrottle throttle;

  public ThrottledPasswordIdentityProvider(LoginThrottle throttle) {
    this.throttle = throttle;
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
    char[] password = request.getPassword().getPassword();
    return context.runBlocking(
        () -> {
          String[] found = lookup(username);
          if (found == null || !verify(found[1], password)) {
            throttle.failed(username, address);
            throw new AuthenticationFailedException("bad credentials");
          }
          throttle.succeeded(username, address);
          QuarkusSecurityIdentity.Builder b =
              QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(found[0]));
          for (String role : found[2].split(",")) {
            if (!role.isBlank()) {
              b.addRole(role.strip());
            }
          }
          return b.build();
        });
  }

  /** {username, hash, roles} of an enabled account, or null. */
  private static String[] lookup(String username) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              LoginAccount a = LoginAccount.find("username", username).firstResult();
              return a == null ? null : new String[] {a.username, a.passwordHash, a.roles};
            });
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
