package org.chronology.db;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.chronology.event.query.PublicRead;

/**
 * Test only: a public read that takes as long as PostgreSQL lets it (ten minutes of {@code
 * pg_sleep}, with the statement timeout raised to match), its SQL marked so the test can find it in
 * {@code pg_stat_activity}.
 */
@Path("/test-only/slow-read")
public class SlowReadResource {

  @GET
  @PublicRead
  @Produces(MediaType.TEXT_PLAIN)
  public String slow(@QueryParam("marker") String marker) {
    String m;
    try {
      m = UUID.fromString(marker).toString();
    } catch (RuntimeException e) {
      throw new BadRequestException("marker");
    }
    var em = Panache.getEntityManager();
    em.createNativeQuery("select set_config('statement_timeout', '600s', true)").getSingleResult();
    em.createNativeQuery("select pg_sleep(600), 'slow-read-" + m + "'").getSingleResult();
    return "done";
  }
}
