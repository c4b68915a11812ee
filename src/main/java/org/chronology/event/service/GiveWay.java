package org.chronology.event.service;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.chronology.article.Article;
import org.chronology.event.service.ReextractionService.Extracted;
import org.hibernate.Session;

/**
 * Whether a merge transaction gives way to interactive writers (an upload's merge, an edit's) of
 * this instance ({@link MergeTurns}) or of another on the database ({@link #INTERACTIVE_LOCK}), and
 * how short it keeps itself after one was seen. A bulk run's batch does ({@link
 * ReextractionService#mergeGivingWay}): it ends its transaction after the article under way when
 * one waits, so that an upload waits for one article's merge, not a batch's. An interactive
 * writer's own transaction never gives way. One per transaction.
 */
final class GiveWay {

  /**
   * Transaction-level advisory lock on who goes first at {@link ReextractionService#MERGE_LOCK},
   * across instances: an interactive writer (an upload's merge, an edit's) holds it shared, a bulk
   * run's batch exclusively, each from before it asks for the merge lock until its transaction
   * ends. So a batch sees another instance's interactive writer waiting (a shared request in {@code
   * pg_locks}) and ends its transaction after the article under way, and its next transaction waits
   * for the interactive writers that hold it, as {@link MergeTurns} does within one instance.
   */
  static final long INTERACTIVE_LOCK = 0x4348524f4e4f4c04L;

  /**
   * Whether a session other than this one asks for {@link #INTERACTIVE_LOCK} shared: an interactive
   * writer of any instance on this database, waiting for a batch that holds it exclusively.
   */
  private static final String INTERACTIVE_WAITING =
      "select exists (select 1 from pg_locks l join pg_database d on d.oid = l.database"
          + " where d.datname = current_database() and l.locktype = 'advisory'"
          + " and l.classid = "
          + (INTERACTIVE_LOCK >>> 32)
          + " and l.objid = "
          + (INTERACTIVE_LOCK & 0xffffffffL)
          + " and l.objsubid = 1 and l.mode = 'ShareLock'"
          + " and l.pid <> pg_backend_pid())";

  /**
   * Articles a batch's transaction takes at most while interactive writers were seen recently
   * ({@link MergeTurns#recently}): a shorter read at its start, which no writer can interrupt
   * within a statement.
   */
  static final int RECENT_BATCH = 8;

  private final MergeTurns turns;
  private final EntityManager em;

  /** True for a bulk run's batch, false for an interactive writer's transaction. */
  private final boolean giveWay;

  /** Interactive writers were seen recently when the batch chose its articles ({@link #taking}). */
  private boolean recent;

  GiveWay(MergeTurns turns, EntityManager em, boolean giveWay) {
    this.turns = turns;
    this.em = em;
    this.giveWay = giveWay;
  }

  /**
   * Takes {@link #INTERACTIVE_LOCK} for this transaction: shared for an interactive writer, which
   * waits only for a batch's transaction under way; exclusive for a batch, which waits for every
   * interactive writer that holds it (they go first).
   */
  static void lockTurn(boolean interactive) {
    Article.getEntityManager()
        .createNativeQuery(
            interactive
                ? "select pg_advisory_xact_lock_shared(?1)"
                : "select pg_advisory_xact_lock(?1)")
        .setParameter(1, INTERACTIVE_LOCK)
        .getSingleResult();
  }

  /** True when this transaction is a batch's and an interactive writer waits: it ends now. */
  boolean waiting() {
    return giveWay && interactiveWaiting(em);
  }

  /**
   * The articles this transaction takes: while interactive writers were seen recently, at most
   * {@link #RECENT_BATCH} of them, so that the next upload does not land in a long batch.
   */
  List<Extracted> taking(List<Extracted> articles) {
    recent = giveWay && turns.recently();
    return recent && articles.size() > RECENT_BATCH ? articles.subList(0, RECENT_BATCH) : articles;
  }

  /**
   * After an article, with {@code more} to merge in this transaction: while writers were seen
   * recently, writes its changes to stored events right away, so that the next writer waits for one
   * article's writes, not the batch's. The new events stay in BatchWrites, inserted at the end.
   * With nobody seen, the batch flushes once, at its end, as every flush dirty-checks all the batch
   * holds (in steps of 1 s or 4 s of merging the run looked 1.3-1.7x slower at load 15-33).
   */
  void afterArticle(boolean more, Runnable write) {
    if (recent && more) {
      write.run();
    }
  }

  /**
   * True when an interactive writer of this instance ({@link MergeTurns}) or of another ({@link
   * #interactiveWaitingElsewhere}) waits for the merge lock; one seen elsewhere is remembered
   * ({@link MergeTurns#recently}).
   */
  private boolean interactiveWaiting(EntityManager em) {
    if (turns.interactiveWaiting()) {
      return true;
    }
    if (interactiveWaitingElsewhere(em)) {
      turns.noteSeen();
      return true;
    }
    return false;
  }

  /**
   * True when an interactive writer of another session (another instance's) waits for this batch's
   * {@link #INTERACTIVE_LOCK}. Plain JDBC on the transaction's connection: no flush of the batch.
   */
  private static boolean interactiveWaitingElsewhere(EntityManager em) {
    return em.unwrap(Session.class)
        .doReturningWork(
            c -> {
              try (PreparedStatement s = c.prepareStatement(INTERACTIVE_WAITING);
                  ResultSet r = s.executeQuery()) {
                return r.next() && r.getBoolean(1);
              }
            });
  }
}
