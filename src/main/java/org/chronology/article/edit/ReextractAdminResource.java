package org.chronology.article.edit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.chronology.account.Roles;
import org.chronology.event.service.ReextractionService;

/** Runs the extractor again over every article (administrators only); editors' work is kept. */
@Path("/admin/reextract")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class ReextractAdminResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance reextract(String report);
  }

  private final ReextractionService reextraction;

  public ReextractAdminResource(ReextractionService reextraction) {
    this.reextraction = reextraction;
  }

  @GET
  public TemplateInstance form(@QueryParam("report") String report) {
    return Templates.reextract(report);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response run() {
    ReextractionService.Report r = reextraction.reextractAll();
    String report =
        r.articles()
            + " articles, "
            + r.clusters()
            + " events: "
            + r.created()
            + " new, "
            + r.updated()
            + " updated, "
            + r.deleted()
            + " removed, "
            + r.keptForEditors()
            + " kept for editors";
    return Response.seeOther(
            URI.create(
                "/admin/reextract?report="
                    + java.net.URLEncoder.encode(report, java.nio.charset.StandardCharsets.UTF_8)))
        .build();
  }
}
