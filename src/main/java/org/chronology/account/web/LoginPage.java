package org.chronology.account.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The sign-in form; it posts to the form mechanism's {@code /j_security_check}. */
@Path("/login")
@Produces(MediaType.TEXT_HTML)
public class LoginPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance login(boolean error);
  }

  @GET
  public TemplateInstance login(@QueryParam("error") String error) {
    return Templates.login(error != null);
  }
}
