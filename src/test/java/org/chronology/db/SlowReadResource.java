package org.chronology.db;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
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
 * pg_sleep}), its SQL marked so the test can find it in {@code pg_stat_activity}. The statement
 * timeout and the transaction timeout are raised above the sleep, so that nothing but the client's
 * going away can end it early.
 */
@Path("/test-only/slow-read")
public class SlowReadResource {

  private final SlowReads reads;

  public SlowReadResource(SlowReads reads) {
    this.reads = reads;
  }

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String slow(@QueryParam("marker") String marker) {
    String m;
    try {
      m = UUID.fromString(marker).toString();
    } catch (RuntimeException e) {
      throw new BadRequestException("marker");
    }
    // The public read joins this transaction (its own would end after the default 60 s).
    return QuarkusTransaction.requiringNew().timeout(900).call(() -> reads.sleep(m));
  }

  /** The public read itself, with its statement timeout, anonymous limit and read-only cache. */
  @ApplicationScoped
  public static class SlowReads {

    @PublicRead
    public String sleep(String marker) {
      var em = Panache.getEntityManager();
      em.createNativeQuery("select set_config('statement_timeout', '600s', true)")
          .getSingleResult();
      em.createNativeQuery("select pg_sleep(600), 'slow-read-" + marker + "'").getSingleResult();
      return "done";
    }
  }
}
