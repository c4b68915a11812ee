package org.chronology.article.edit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chronology.account.Roles;
import org.chronology.article.ArticleRoutes;
import org.chronology.article.ArticleService;
import org.chronology.article.ingest.CorpusLoader;

/**
 * Runs the extractor again over every article (administrators only) in the background, one article
 * per transaction; the page and {@code /admin/reextract/progress} show how far it is. Editors' work
 * is kept.
 */
@Path("/admin/reextract")
@RolesAllowed(Roles.ADMIN)
public class ReextractAdminResource {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance reextract(String report);
  }

  @Inject ArticleService articles;
  @Inject CorpusLoader corpus;

  @GET
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance form() {
    ArticleService.Progress p = articles.progress();
    return Templates.reextract(p.total() == 0 && !p.running() ? null : p.toString());
  }

  /** Where the current or last run stands, for a script or the page. */
  @GET
  @Path("progress")
  @Produces(MediaType.APPLICATION_JSON)
  public Map<String, Object> progress() {
    ArticleService.Progress p = articles.progress();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("phase", p.phase());
    // "waiting" (to begin at the first answered request or after the grace period), "running",
    // "finished".
    out.put("startUp", corpus.stage());
    out.put("running", p.running());
    out.put("total", p.total());
    out.put("done", p.done());
    out.put("failed", p.failed());
    out.put("elapsedMs", p.elapsedMs());
    out.put("articlesPerSecond", Math.round(p.perSecond() * 10) / 10.0);
    return out;
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response run() {
    articles.startFullReextraction();
    return Response.seeOther(URI.create(ArticleRoutes.REEXTRACT.with())).build();
  }
}
