package org.chronology.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.chronology.extraction.ArabicEventExtractor;
import org.junit.jupiter.api.Test;

/**
 * A start-up with no stale article writes nothing: the data version (which every kept page, and the
 * front page saved across restarts, is checked against) stays as it was.
 */
@QuarkusTest
class StaleArticlesTest {

  @Test
  void markingNothingLeavesTheDataVersionAlone() {
    StaleArticles.mark(ArabicEventExtractor.VERSION, List.of()); // whatever is stale, now pending
    long before = version();
    assertEquals(0, StaleArticles.mark(ArabicEventExtractor.VERSION, List.of()));
    assertEquals(before, version(), "no row changed, no new data version");
  }

  private static long version() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        Panache.getEntityManager()
                            .createNativeQuery("select sum(version) from data_version")
                            .getSingleResult())
                    .longValue());
  }
}
