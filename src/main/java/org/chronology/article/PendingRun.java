package org.chronology.article;

import java.util.Arrays;

/**
 * The article ids of one bulk run, kept once as primitive {@code long}s: the round under way (in
 * the order the run takes them, with a cursor instead of a queue) and every id tried by the run so
 * far (sorted, for the rounds after the first and for the ones that stay pending).
 *
 * <p>At 1M events a start-up re-extraction has ~333,000 pending articles for hours. Kept as a
 * {@code List<Long>}, a {@code HashSet<Long>} of the tried ones and an {@code ArrayDeque<Long>} of
 * the ones left, they were ~25 MB of the old generation (boxed {@code Long}s, hash nodes) for the
 * whole run; here 8 bytes an id, twice (the round and the tried set).
 */
final class PendingRun {

  private long[] round = new long[0];
  private int next;
  private long[] tried = new long[0];

  /**
   * Starts a round over {@code pending} (the ids pending now, in the run's order) less the ones
   * this run already tried; returns how many the round has.
   */
  int startRound(long[] pending) {
    long[] fresh = new long[pending.length];
    int n = 0;
    for (long id : pending) {
      if (!tried(id)) {
        fresh[n++] = id;
      }
    }
    round = n == fresh.length ? fresh : Arrays.copyOf(fresh, n);
    next = 0;
    long[] all = Arrays.copyOf(tried, tried.length + n);
    System.arraycopy(round, 0, all, tried.length, n);
    Arrays.sort(all);
    tried = all;
    return n;
  }

  /** True while the round has ids left. */
  boolean hasNext() {
    return next < round.length;
  }

  /** The round's next id. */
  long next() {
    return round[next++];
  }

  /** True when this run already took {@code id} in a round. */
  boolean tried(long id) {
    return Arrays.binarySearch(tried, id) >= 0;
  }

  /**
   * The ids of {@code pending} this run already tried (they stay pending: left for another run).
   */
  long[] stuck(long[] pending) {
    return Arrays.stream(pending).filter(this::tried).toArray();
  }
}
