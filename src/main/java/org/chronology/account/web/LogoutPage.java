package org.chronology.account.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.chronology.account.AccountService;
import org.chronology.account.SessionGuard;
import org.chronology.event.EventRoutes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-out: a confirmation page and a form post (with its CSRF token) that ends the session on the
 * server (the account's session epoch moves on) and drops the cookies.
 */
@Path("/logout")
@Produces(MediaType.TEXT_HTML)
public class LogoutPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance logout();
  }

  @Inject
  @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
  String cookieName;

  @Inject SecurityIdentity identity;
  @Inject AccountService accounts;

  @GET
  public TemplateInstance form() {
    return Templates.logout();
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response logout() {
    if (!identity.isAnonymous()) {
      accounts.endSessions(identity.getPrincipal().getName());
    }
    NewCookie session =
        new NewCookie.Builder(SessionGuard.COOKIE)
            .path("/")
            .value("")
            .maxAge(0)
            .httpOnly(true)
            .sameSite(NewCookie.SameSite.LAX)
            .build();
    NewCookie gone =
        new NewCookie.Builder(cookieName)
            .path("/")
            .value("")
            .maxAge(0)
            .httpOnly(true)
            .sameSite(NewCookie.SameSite.STRICT)
            .build();
    return Response.seeOther(URI.create(EventRoutes.CHRONOLOGY.with()))
        .cookie(gone, session)
        .build();
  }
}
