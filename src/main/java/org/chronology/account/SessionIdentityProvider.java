package org.chronology.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Restores a signed-in editor from the form mechanism's cookie only when the request also carries a
 * session of that account at its current epoch ({@link SessionGuard}); runs ahead of the generated
 * JPA provider. A disabled account is no longer in {@code login_account}, so it is refused too.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

  private final SessionGuard sessions;

  public SessionIdentityProvider(SessionGuard sessions) {
    this.sessions = sessions;
  }

  @Override
  public Class<TrustedAuthenticationRequest> getRequestType() {
    return TrustedAuthenticationRequest.class;
  }

  @Override
  public int priority() {
    return 2000;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
    RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
    return context.runBlocking(
        () -> {
          ThrottledPasswordIdentityProvider.Found a =
              ThrottledPasswordIdentityProvider.lookup(request.getPrincipal());
          if (a == null || !sessions.valid(rc, a.id(), a.epoch())) {
            throw new AuthenticationFailedException("session ended");
          }
          QuarkusSecurityIdentity.Builder b =
              QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(a.username()));
          for (String role : a.roles().split(",")) {
            if (!role.isBlank()) {
              b.addRole(role.strip());
            }
          }
          return b.build();
        });
  }
}
