package org.chronology.event.edit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.chronology.event.Event;
import org.chronology.event.EventSnapshots;
import org.chronology.event.Review;
import org.chronology.event.SearchText;
import org.chronology.event.query.EventFilter;
import org.chronology.event.query.EventQueryService;
import org.chronology.event.query.EventQueryService.ConfidenceCursor;
import org.chronology.event.query.EventViews.EventView;
import org.chronology.event.query.EventViews.Page;
import org.chronology.revision.RevisionService;

/**
 * The queue of unreviewed machine events under the chronology's filters, lowest confidence first,
 * and the editor's verdict on them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReviewService {

  public static final int PAGE_SIZE = 50;

  @Inject EventQueryService events;
  @Inject RevisionService revisions;

  /** One page of the queue. */
  public record Queue(List<EventView> events, long total, int pages, int page) {}

  public Queue queue(EventFilter f) {
    return queue(f, null);
  }

  /**
   * One page of the queue: by {@code cursor} (the sort key of the event next to it, from a page
   * link) when there is one, else by {@code f.page()}. A page read backwards from a key that comes
   * up short has reached the queue's start (events were reviewed since the link was made): the
   * first page is shown instead, as {@link Queue#page()} says.
   */
  public Queue queue(EventFilter f, ConfidenceCursor cursor) {
    EventFilter queued = f.withReview(Review.EXTRACTED.code()).withPaging(f.page(), f.size());
    Page<EventView> page = events.findByConfidence(queued, cursor);
    int shown = f.page();
    if (cursor != null && cursor.before() && page.items().size() < f.size()) {
      page = events.findByConfidence(queued.withPaging(0, f.size()));
      shown = 0;
    }
    int size = f.size();
    return new Queue(page.items(), page.total(), (int) ((page.total() + size - 1) / size), shown);
  }

  /** Confirms or rejects an event as it stands (review queue). */
  @Transactional
  public void review(long id, Review review, String user) {
    Event e = Event.findById(id);
    if (e == null || (review != Review.CONFIRMED && review != Review.REJECTED)) {
      return;
    }
    if (review == e.review) {
      return;
    }
    Map<String, Object> before = EventSnapshots.of(e);
    e.review = review;
    SearchText.touch(e);
    revisions.record(
        "event",
        id,
        review == Review.CONFIRMED ? "confirm" : "reject",
        user,
        null,
        before,
        EventSnapshots.of(e));
  }

  @Transactional
  public int confirmAll(List<Long> ids, String user) {
    int n = 0;
    for (Long id : ids) {
      Event e = Event.findById(id);
      if (e != null && e.review == Review.EXTRACTED) {
        review(id, Review.CONFIRMED, user);
        n++;
      }
    }
    return n;
  }
}
