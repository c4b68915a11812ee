package org.chronology.extraction.pipeline;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;
import org.chronology.text.TsvResource;
import org.chronology.time.Precision;
import org.chronology.time.TemporalExpression;

/**
 * The first day of a stay its own telling names after a word of beginning, when the visit is dated
 * by another day of it ("يختتم الوزير اليوم زيارة للمملكة بدأها أمس"، "في اليوم الثاني من زيارته
 * التي بدأها أمس"): the visit began that day (stays.tsv, {@code began}). Read by {@link
 * OwnDayMeetings}, so that a meeting held on the day the visit is told by ("ويلتقي الوزير اليوم
 * رئيس الوزراء") is on a day of its own after the arrival, as the guide's "unless a meeting is
 * reported with its own separate date" asks. The beginning word must follow the visit's own noun
 * closely, with no tour word between: "جولة بدأها الأحد" is the tour's first day, not this leg's.
 */
final class BegunStays {

  private static final String PATH = "/lang/ar/time/stays.tsv";

  /** How many words after the visit's noun its word of beginning may stand (its place, التي). */
  private static final int BEGUN_REACH = 5;

  /** How many words after the word of beginning its date phrase may open. */
  private static final int DATE_REACH = 2;

  private static final Set<String> BEGAN =
      new HashSet<>(TsvResource.byKind(PATH).getOrDefault("began", List.of()));

  private final Lexicon lexicon;

  BegunStays(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  private static boolean began(String w) {
    return BEGAN.contains(w)
        || BEGAN.contains(Proclitics.withoutAndOrPreposition(w))
        || BEGAN.contains(Proclitics.withoutConjunction(w));
  }

  /** The day the visit's noun is told to have begun, before the day it is dated by; else null. */
  LocalDate firstDay(Document doc, EventDraft visit) {
    if (visit.type != EventType.VISIT
        || visit.head.trigger().form().verbal()
        || visit.date == null) {
      return null;
    }
    TemporalExpression dated = visit.date.expression();
    if (dated.precision() != Precision.DAY || dated.start() == null) {
      return null;
    }
    int to = Math.min(visit.end, visit.head.end() + BEGUN_REACH);
    for (int t = visit.head.end(); t < to; t++) {
      String w = doc.tokens().get(t).text();
      if (lexicon.is(FunctionWord.TOUR, w)
          || lexicon.is(FunctionWord.TOUR, Proclitics.withoutAnd(w))) {
        return null;
      }
      if (!began(w)) {
        continue;
      }
      for (DateHit h : doc.dates()) {
        TemporalExpression e = h.expression();
        if (h.first() > t
            && h.first() <= t + DATE_REACH
            && e.precision() == Precision.DAY
            && e.start() != null
            && (e.end() == null || e.end().equals(e.start()))
            && e.start().isBefore(dated.start())) {
          return e.start();
        }
      }
      return null;
    }
    return null;
  }
}
