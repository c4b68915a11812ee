package org.chronology.extraction.pipeline;

import java.util.List;
import java.util.function.Predicate;
import org.chronology.extraction.EventType;

/** A visit noun restated after a planned meeting, pointed back at the visit it restates. */
final class RestatedVisits {

  private RestatedVisits() {}

  /**
   * "وتأتي الزيارة بعد …"، "وتأتي زيارة سموه …" after a visit and a meeting planned since (a joint
   * committee's next session, talks set for tomorrow): the visit noun restated, of the visit's own
   * status, points back at the visit told, not at the planned meeting nearest to it, which it would
   * turn into a visit.
   */
  static EventDraft pointBack(
      List<EventDraft> kept, EventDraft target, EventDraft e, Predicate<EventDraft> folds) {
    if (e.type != EventType.VISIT
        || target.type != EventType.MEETING
        || target.status == e.status
        || e.head.trigger().form().verbal()) {
      return target;
    }
    for (int k = kept.indexOf(target) - 1; k >= 0; k--) {
      EventDraft q = kept.get(k);
      if (q.type == EventType.VISIT && q.status == e.status && !q.sittingOnly && folds.test(q)) {
        return q;
      }
    }
    return target;
  }
}
