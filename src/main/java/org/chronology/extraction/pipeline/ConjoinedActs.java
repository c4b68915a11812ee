package org.chronology.extraction.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;

/**
 * "طردت السفير الإثيوبي، وأغلقت القنصليتين"، "قررت إغلاق القنصليتين، كما استدعت سفيرها": steps in
 * relations listed one after another in a sentence, each in a clause of its own opened by و or كما,
 * are as many happenings (the guide lists an ambassador expelled or recalled, relations cut, an
 * embassy or consulate closed as distinct steps), unless the second names the same step again or
 * only the level of relations the first set ("طرد السفير، وتخفيض مستوى العلاقات").
 *
 * <p>Why a class of its own: {@link EventSegmentStage} merges same-type neighbours (a visit and its
 * meetings) and {@link CoalesceStage} folds a same-type trigger told after a verb into it (one
 * happening named twice); both must leave such a list apart, by the same test.
 */
record ConjoinedActs(Lexicon lexicon) {

  /**
   * The happening of {@code later}, in a clause starting at {@code clauseFirst}, is another
   * diplomatic step than that of {@code earlier}: both diplomatic, named by different trigger
   * phrases, the clause opened by و or كما.
   */
  boolean distinct(Document doc, TriggerHit earlier, TriggerHit later, int clauseFirst) {
    if (earlier.trigger().type() != EventType.DIPLOMATIC
        || later.trigger().type() != EventType.DIPLOMATIC
        || earlier.trigger().phrase().equals(later.trigger().phrase())
        || later.first() < clauseFirst
        || clauseFirst <= doc.sentences().get(later.sentence()).firstToken()) {
      return false;
    }
    for (int i = later.first(); i < later.end(); i++) {
      String t = doc.tokens().get(i).text();
      if (lexicon.isBareOrJoined(FunctionWord.RELATIONS_LEVEL, t)) {
        return false; // "طرد السفير، وتخفيض مستوى العلاقات": one measure
      }
    }
    String w = doc.tokens().get(clauseFirst).text();
    return Proclitics.startsWithAnd(w) && w.length() > 1 || lexicon.isContinuation(w);
  }

  /**
   * "وكانت الحكومة الفيدرالية قد طردت السفير ...، وأغلقت القنصليتين": the later step, told with no
   * one named before its trigger in its clause, is done by whoever did the earlier one (those named
   * before the earlier trigger in the sentence, else the subject right after its verb) and takes
   * them among its actors.
   */
  void shareSubject(Document doc, EventDraft earlier, EventDraft later) {
    if (earlier.sentence != later.sentence
        || !distinct(doc, earlier.head, later.head, later.first)) {
      return;
    }
    int from = doc.sentences().get(earlier.sentence).firstToken();
    for (ResolvedActor a : later.actors) {
      if (a.first() >= later.first && a.first() < later.head.first()) {
        return; // "وقررت الحكومة إغلاق القنصليتين": a subject of its own
      }
    }
    List<ResolvedActor> doers = new ArrayList<>();
    for (ResolvedActor a : earlier.actors) {
      if (a.first() >= from && a.first() < earlier.head.first()) {
        doers.add(a);
      }
    }
    if (doers.isEmpty() && earlier.head.trigger().form().verbal()) {
      // "طردت الحكومة الصومالية السفير": the subject right after a verb standing alone
      for (ResolvedActor a : earlier.actors) {
        if (a.first() == earlier.head.end() && earlier.head.end() - earlier.head.first() == 1) {
          doers.add(a);
        }
      }
    }
    for (ResolvedActor a : doers) {
      if (!DraftComparisons.among(a, later.actors)) {
        later.actors.add(a);
      }
    }
    if (later.date == null && earlier.date != null && later.head.first() == later.first) {
      // "أعلنت الكويت أمس طرد السفير واستدعاء سفيرها": a step listed by its noun alone, under the
      // verb that announced the first, was announced that day
      OccasionDates.share(later, earlier);
    }
  }
}
