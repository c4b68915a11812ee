package org.chronology.account;

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
import jakarta.inject.Inject;

/**
 * Restores a signed-in editor from the form mechanism's cookie only when the request also carries a
 * session of that account at its current epoch ({@link SessionGuard}); runs ahead of the generated
 * JPA provider. A disabled account is no longer in {@code login_account}, so it is refused too. A
 * refused session is anonymous, never a failure (see {@link StaleSessionCookies}).
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

  /**
   * Anonymous, with an empty name only because the form mechanism reads the name of whatever
   * identity the restored cookie yields.
   */
  private static final SecurityIdentity ENDED =
      QuarkusSecurityIdentity.builder()
          .setAnonymous(true)
          .setPrincipal(new QuarkusPrincipal(""))
          .build();

  @Inject SessionGuard sessions;

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
            // An ended session (signed out, new password, disabled): the request goes on as an
            // anonymous one, so public pages render and editors' pages ask to sign in once; its
            // cookies are cleared on the way out (StaleSessionCookies). Failing here instead sent
            // every page, the sign-in page included, to /login.
            if (rc != null) {
              rc.put(StaleSessionCookies.ENDED, Boolean.TRUE);
            }
            return ENDED;
          }
          return a.identity();
        });
  }
}
