package org.chronology.event.edit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.chronology.event.Event;
import org.chronology.event.EventSnapshots;
import org.chronology.event.Review;
import org.chronology.event.SearchText;
import org.chronology.event.query.EventFilter;
import org.chronology.event.query.EventQueryService;
import org.chronology.event.query.EventViews.EventView;
import org.chronology.event.query.EventViews.Page;
import org.chronology.revision.RevisionService;

/**
 * The queue of unreviewed machine events under the chronology's filters, lowest confidence first,
 * and the editor's verdict on them. The chronology's query orders by date, so the matching events
 * are gathered and sorted here.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReviewService {

  public static final int PAGE_SIZE = 50;

  @Inject EventQueryService events;
  @Inject RevisionService revisions;

  /** One page of the queue. */
  public record Queue(List<EventView> events, long total, int pages) {}

  public Queue queue(EventFilter f) {
    EventFilter all = f.withReview(Review.EXTRACTED.code()).withPaging(0, EventFilter.MAX_SIZE);
    List<EventView> found = new ArrayList<>();
    for (int p = 0; ; p++) {
      Page<EventView> page = events.find(all.withPage(p));
      found.addAll(page.items());
      if (page.items().size() < EventFilter.MAX_SIZE || found.size() >= page.total()) {
        break;
      }
    }
    found.sort(Comparator.comparingDouble(EventView::confidence).thenComparingLong(EventView::id));
    int size = f.size();
    int from = Math.min(found.size(), f.page() * size);
    int to = Math.min(found.size(), from + size);
    int pages = (found.size() + size - 1) / size;
    return new Queue(found.subList(from, to), found.size(), pages);
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
