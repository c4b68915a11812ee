package org.chronology.article.edit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.chronology.account.Roles;
import org.chronology.article.Article;
import org.chronology.article.ArticleQueryService;
import org.chronology.article.ArticleRoutes;
import org.chronology.article.ArticleService;
import org.chronology.common.NotFound;
import org.chronology.event.EventCreationService;
import org.chronology.event.EventRoutes;
import org.chronology.revision.RevisionService;
import org.chronology.web.Ids;

/**
 * An article's facts an editor may set (publication date, outlet, title) and a new event from a
 * sentence of its text. A new publication date re-runs the extraction of this article at once
 * ({@link ArticleService#editMetadata}), so the relative dates of its machine events are resolved
 * against it.
 */
@Path("/articles/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.EDITOR)
public class ArticleEditPage {

  /** The form's values as typed. */
  public record Form(long version, String publishedOn, String outlet, String title) {
    /** The form of the article as it is saved now. */
    static Form of(Article a) {
      return new Form(
          a.version,
          a.publishedOn == null ? "" : a.publishedOn.toString(),
          a.outlet == null ? "" : a.outlet,
          a.title == null ? "" : a.title);
    }
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance edit(
        Article article,
        Form form,
        Map<String, String> errors,
        List<RevisionService.Entry> history,
        List<String> types,
        String message);
  }

  @Inject ArticleService articles;
  @Inject ArticleQueryService articleQueries;
  @Inject EventCreationService newEvents;
  @Inject RevisionService revisions;
  @Inject SecurityIdentity identity;

  @GET
  @Path("edit")
  @Transactional(Transactional.TxType.SUPPORTS)
  public TemplateInstance edit(@PathParam("id") String id, @QueryParam("saved") String saved) {
    Article a = articleQueries.article(Ids.parse(NotFound.Kind.ARTICLE, id));
    return page(
        a,
        Form.of(a),
        Map.of(),
        saved == null ? null : "reextracted".equals(saved) ? "savedReextracted" : "saved");
  }

  @POST
  @Path("edit")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response save(
      @PathParam("id") String id,
      @FormParam("version") String version,
      @FormParam("publishedOn") String publishedOn,
      @FormParam("outlet") String outlet,
      @FormParam("title") String title,
      @FormParam("reason") String reason) {
    long articleId = Ids.parse(NotFound.Kind.ARTICLE, id);
    long v = Ids.number(version).orElse(-1);
    ArticleEditService.Outcome o =
        articles.editMetadata(
            new ArticleEditService.MetadataEdit(
                articleId, v, publishedOn, outlet, title, reason, user()));
    if (o.conflict()) {
      Article a = articleQueries.article(articleId);
      return Response.status(409)
          .entity(
              page(
                  a,
                  new Form(a.version, publishedOn, outlet, title),
                  Map.of("version", "articleConflict"),
                  null))
          .build();
    }
    if (!o.errors().isEmpty()) {
      Article a = articleQueries.article(articleId);
      return Response.status(400)
          .entity(page(a, new Form(v, publishedOn, outlet, title), o.errors(), null))
          .build();
    }
    return Response.seeOther(
            URI.create(
                ArticleRoutes.EDIT.with(articleId)
                    + "?saved="
                    + (o.dateChanged() ? "reextracted" : "1")))
        .build();
  }

  /** A new event from a sentence of this article (offsets as Java counts them). */
  @POST
  @Path("events")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response createEvent(
      @PathParam("id") String id,
      @FormParam("start") String start,
      @FormParam("end") String end,
      @FormParam("type") String type,
      @FormParam("title") String title) {
    long articleId = Ids.parse(NotFound.Kind.ARTICLE, id);
    Map<String, String> r =
        newEvents.createFromSentence(articleId, start, end, type, title, user());
    if (r.containsKey("id")) {
      return Response.seeOther(URI.create(EventRoutes.EDIT.with(r.get("id")))).build();
    }
    Article a = articleQueries.article(articleId);
    return Response.status(400).entity(page(a, Form.of(a), r, "eventNotCreated")).build();
  }

  private TemplateInstance page(Article a, Form form, Map<String, String> errors, String message) {
    return Templates.edit(
        a, form, errors, revisions.history("article", a.id), EventCreationService.TYPES, message);
  }

  private String user() {
    return identity.getPrincipal().getName();
  }
}
