package org.chronology.quality;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/quality}: {@code {"rows": [{"type", "extractorVersion", "total", "extracted",
 * "confirmed", "edited", "rejected", "editedFields": {"date": 2}, "precision"}]}}.
 */
@Path("/api/quality")
@Produces(MediaType.APPLICATION_JSON)
public class QualityApiResource {

  @Inject QualityService quality;

  @GET
  public Map<String, List<QualityService.Row>> get() {
    return Map.of("rows", quality.rows());
  }
}
