package org.chronology.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Eight concurrent first uses of one HQL text through {@link Hql} make Hibernate parse it once (its
 * statistics count a compilation per parse): a cold burst on {@code /api/events} parsed the API's
 * query once per request and the parses' caches filled a 256 MB heap.
 */
@QuarkusTest
class HqlParseTest {

  @Inject EntityManagerFactory emf;

  @Test
  void concurrentFirstUsesParseOnce() throws Exception {
    // A text no other code or test builds, so its first parse happens here.
    String hql =
        "select count(e) from Event e where function('chronology_overlaps', e.dateStart,"
            + " e.dateEnd, :yearStart, :yearEnd) = true and e.review <> 'rejected' and e.id <> "
            + System.nanoTime();
    Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
    int threads = 8;
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        done.add(
            pool.submit(
                () -> {
                  EntityManager em = emf.createEntityManager();
                  try {
                    start.await();
                    return Hql.query(em, hql, Long.class);
                  } finally {
                    em.close();
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, stats.getQueryStatistics(hql).getPlanCacheMissCount(), "parses of one text");
    assertEquals(threads - 1, stats.getQueryStatistics(hql).getPlanCacheHitCount());
  }
}
