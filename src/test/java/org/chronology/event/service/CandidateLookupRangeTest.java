package org.chronology.event.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The bulk look-up's range overlap ({@link CandidateLookup#RANGE} against {@link
 * CandidateLookup#WINDOW}, answered by V24's GiST index) only narrows the rows its exact date
 * comparisons are then applied to: it never drops a mention they accept, and it builds a range of
 * any pair of dates (reversed ones and nulls included) without an error, in PostgreSQL itself.
 */
@QuarkusTest
class CandidateLookupRangeTest {

  @Test
  void theRangeOverlapKeepsEveryMentionTheComparisonsAccept() {
    // Every merge interval and window over eight days and null, in both orders.
    String days =
        "(select null::date as v union all select date '2020-01-01' + i from"
            + " generate_series(0, 7) i)";
    String pairs =
        " from (select s.v as merge_start, e.v as merge_end from "
            + days
            + " s, "
            + days
            + " e) m, (select lo.v as earliest_end, hi.v as latest_start from "
            + days
            + " lo, "
            + days
            + " hi) x where m.merge_start <= x.latest_start and m.merge_end >= x.earliest_end";
    long accepted = count("select count(*)" + pairs);
    long dropped =
        count(
            "select count(*)"
                + pairs
                + " and not ("
                + CandidateLookup.RANGE
                + " && "
                + CandidateLookup.WINDOW
                + ")");
    assertTrue(accepted > 1000, "pairs the comparisons accept: " + accepted);
    assertEquals(0, dropped);
  }

  private static long count(String sql) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number) Panache.getEntityManager().createNativeQuery(sql).getSingleResult())
                    .longValue());
  }
}
