package org.chronology.quality;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The extractor's quality as editors' corrections show it. Public, like all reading. */
@Path("/quality")
@Produces(MediaType.TEXT_HTML)
public class QualityPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance quality(List<QualityService.Row> rows);
  }

  @Inject QualityService quality;

  @GET
  public TemplateInstance quality() {
    return Templates.quality(quality.rows());
  }
}
