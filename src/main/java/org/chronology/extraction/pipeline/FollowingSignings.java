package org.chronology.extraction.pipeline;

import org.chronology.extraction.EventType;

/**
 * "ومن المقرر أن يعقد الوزير غدا جلسة مباحثات مع نظيره يعقبها توقيع اتفاقية": talks, then a word
 * saying the act followed them or was witnessed at their close ({@code closing} of occasion.tsv),
 * then a signing, with no comma between. The dev conventions count a signing told with a visit or
 * meeting, done or in the programme, as an event of its own beside the talks; the clause is cut at
 * the closing word so each gets a draft ({@link ClosingActs} then gives the signing the talks'
 * day).
 *
 * <p>Why a class of its own: {@link SeparateHappenings} asks many such questions; this one needs
 * the words of occasion.tsv and the reach of {@link ClosingActs}.
 */
final class FollowingSignings {

  private static final OccasionDates WORDS = new OccasionDates();

  private FollowingSignings() {}

  /** Where to cut between the talks {@code prev} and the signing {@code t}; -1 when not such. */
  static int cut(Document doc, TriggerHit prev, TriggerHit t) {
    if (prev.trigger().type() != EventType.MEETING || t.trigger().type() != EventType.DEAL) {
      return -1;
    }
    for (int i = Math.max(prev.end(), t.first() - ClosingActs.REACH); i < t.first(); i++) {
      if (WORDS.is("closing", doc.tokens().get(i).text())) {
        return i;
      }
    }
    return -1;
  }
}
