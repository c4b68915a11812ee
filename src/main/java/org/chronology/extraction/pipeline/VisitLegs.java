package org.chronology.extraction.pipeline;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.chronology.extraction.EventType;

/**
 * "زار الوزير دمشق … ثم توجه إلى أنقرة … والتقى الوزير خلال الزيارة نظيره السوري": of two visits by
 * the same traveller, talks without a date of their own held with the one state visited are held
 * during the visit to that state, not the leg told last (the guide: the visit and the meetings held
 * during it are one event, and the people met are its actors).
 */
final class VisitLegs {

  private VisitLegs() {}

  /**
   * The visit e folds into: target, unless target's visited state is not the one state e names
   * besides the traveller's and an earlier visit by the same traveller to that state takes e too.
   */
  static EventDraft rightLeg(
      List<EventDraft> kept, EventDraft target, EventDraft e, Predicate<EventDraft> folds) {
    if (target.type != EventType.VISIT
        || e.type != EventType.MEETING && (e.type != EventType.VISIT || e.place != null)
        || e.date != null && e.ownDate) {
      return target;
    }
    ResolvedActor visitor = VisitDays.visitingPerson(target);
    if (visitor == null
        || visitor.country() == null
        || !DraftComparisons.among(visitor, e.actors)) {
      return target;
    }
    Set<String> met = DraftComparisons.states(e);
    met.remove(visitor.country());
    String host = VisitDays.hostOf(target);
    if (met.size() != 1 || host == null || met.contains(host)) {
      return target;
    }
    for (int k = kept.indexOf(target) - 1; k >= 0; k--) {
      EventDraft p = kept.get(k);
      if (p.type == EventType.VISIT
          && met.contains(VisitDays.hostOf(p))
          && DraftComparisons.among(visitor, p.actors)
          && folds.test(p)) {
        return p;
      }
    }
    return target;
  }
}
