package org.chronology.article.rejected;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.chronology.account.Roles;
import org.chronology.article.IngestRejection;
import org.chronology.article.rejected.RejectedFiles.Rejected;
import org.chronology.web.BadParameterException;
import org.chronology.web.Ids;
import org.chronology.web.Ui;

/**
 * {@code /articles/rejected} (editors): every file refused at ingest with its reason, size and
 * first bytes in hex, {@value #PAGE} a page, and a download of the bytes exactly as kept.
 */
@Path("/articles/rejected")
@RolesAllowed(Roles.EDITOR)
public class RejectedFilesPage {

  static final int PAGE = 100;

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance list(
        List<Rejected> files, long total, int page, Integer newer, Integer older);
  }

  @Inject RejectedFiles rejected;
  @Inject Ui ui;

  @GET
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance list(@QueryParam("page") String pageParam) {
    int page = 0;
    if (pageParam != null && !pageParam.isBlank()) {
      try {
        page = Integer.parseInt(pageParam.strip());
      } catch (NumberFormatException e) {
        page = -1;
      }
      if (page < 0 || page > 100_000) {
        throw new BadParameterException(
            "page", "page must be a whole number from 0, got '" + pageParam + "'", pageParam);
      }
    }
    long total = rejected.count();
    Integer newer = page > 0 ? page - 1 : null;
    Integer older = (long) (page + 1) * PAGE < total ? page + 1 : null;
    return ui.localize(Templates.list(rejected.list(page * PAGE, PAGE), total, page, newer, older));
  }

  @GET
  @Path("{id}/bytes")
  @Produces(MediaType.APPLICATION_OCTET_STREAM)
  public Response bytes(@PathParam("id") String id) {
    long rid = Ids.parse("id", id);
    IngestRejection r =
        rejected.byId(rid).orElseThrow(() -> new NotFoundException("no rejected file " + rid));
    return Response.ok(r.rawBytes, MediaType.APPLICATION_OCTET_STREAM)
        .header("Content-Disposition", "attachment; filename=\"" + safeName(r.source) + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  /** A file name safe in a header: the last path segment, ASCII letters, digits, . _ - only. */
  static String safeName(String source) {
    String name = source == null ? "" : source.replaceAll(".*[/\\\\]", "");
    name = name.replaceAll("[^A-Za-z0-9._-]", "_");
    return name.isBlank() || name.matches("[._]*") ? "rejected.bin" : name;
  }
}
