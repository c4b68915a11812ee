package org.chronology.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * The authentication of the static resources (what Quarkus serves from {@code META-INF/resources}:
 * stylesheets, scripts, fonts, the icon): none. {@code application.properties} names this mechanism
 * as the only one of those paths, so the form mechanism does not restore a signed-in editor's
 * cookie there and the session is not checked in the database. A file needs no user; checking cost
 * a query per file, and while the database was down the 503 page's stylesheet and fonts came back
 * as that page. Every other path keeps the form mechanism and the session's check.
 *
 * <p>For any other path this mechanism finds nothing (an anonymous request) and never challenges,
 * so it changes nothing there; it comes after the form mechanism.
 */
@ApplicationScoped
public class StaticResourceAuthentication implements HttpAuthenticationMechanism {

  /** The name {@code quarkus.http.auth.permission.static.auth-mechanism} gives. */
  public static final String SCHEME = "static-resource";

  @Override
  public Uni<SecurityIdentity> authenticate(
      RoutingContext context, IdentityProviderManager identityProviderManager) {
    return Uni.createFrom().nullItem();
  }

  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    return Uni.createFrom().nullItem();
  }

  @Override
  public Uni<Boolean> sendChallenge(RoutingContext context) {
    return Uni.createFrom().item(false);
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of();
  }

  @Override
  public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
    return Uni.createFrom()
        .item(new HttpCredentialTransport(HttpCredentialTransport.Type.OTHER_HEADER, SCHEME));
  }

  @Override
  public int getPriority() {
    return Integer.MIN_VALUE;
  }
}
