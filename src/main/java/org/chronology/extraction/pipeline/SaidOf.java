package org.chronology.extraction.pipeline;

import static org.chronology.extraction.pipeline.DraftComparisons.datesCompatible;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.ModalityCue;
import org.chronology.text.Proclitics;

/**
 * What is said about a happening of the article: a reported clause whose topic names it again (the
 * talks, those at them, the instrument signed, a definite noun of its kind) tells details of it.
 * {@link CoalesceStage} folds the saying, and any undated noun it reports, into that happening.
 */
record SaidOf(Lexicon lexicon) {

  static final Set<EventType> HAPPENINGS =
      EnumSet.of(
          EventType.INCIDENT,
          EventType.VISIT,
          EventType.MEETING,
          EventType.DEAL,
          EventType.DIPLOMATIC,
          EventType.MILITARY);

  /**
   * A reported clause whose topic is a happening of the article named by its definite noun ("أعلن
   * قائد الشرطة أن التحقيقات في الهجوم تشير إلى ..."، "وقال مكتب رئيس الوزراء إن رفع مستوى العلاقات
   * سيسهم ..."، "أكد الأمين العام أن البيان الختامي يؤكد ...") gives details of that happening: the
   * saying, and any undated noun it reports, is a further mention of it (the nearest event of that
   * kind), not news of its own.
   */
  EventDraft pointedBack(Document doc, List<EventDraft> kept, EventDraft e) {
    int c = reportedClause(doc, e);
    if (c < 0) {
      return null;
    }
    EventType named = topic(doc, e.sentence, c);
    for (int d = saidBefore(doc, e.sentence, c) ? nextClause(doc, e, c) : -1;
        named == null && d >= 0;
        d = nextClause(doc, e, d)) {
      // "وأضافت أن الوزارة رفضت التعليق، وأن الصفقة تعد …": a later clause of the same saying
      named = topic(doc, e.sentence, d);
    }
    if (named == null) {
      return null;
    }
    EventDraft best = null;
    for (EventDraft p : kept) {
      if (p != e
          && p.sentence != e.sentence
          && namedBy(named, p)
          && ownDateAgrees(p, e)
          && (best == null
              || Math.abs(p.sentence - e.sentence) < Math.abs(best.sentence - e.sentence))) {
        best = p;
      }
    }
    return best;
  }

  /**
   * The kind of happening the reported clause opening at c is about: a definite happening noun
   * early in it ("أن التحقيقات في الهجوم"، "إن رفع مستوى العلاقات"), talks or those at them ("إن
   * المجتمعين ناقشوا") or a written instrument ("أن البيان الختامي يؤكد"; {@code STATEMENT}).
   */
  private EventType topic(Document doc, int sentence, int c) {
    if (c + 1 < doc.tokens().size()) {
      String w = Proclitics.withoutConjunction(doc.tokens().get(c + 1).text());
      if (lexicon.is(FunctionWord.GATHERING, w)) {
        return EventType.MEETING;
      }
      if (lexicon.is(FunctionWord.INSTRUMENT, w)) {
        return EventType.STATEMENT;
      }
    }
    for (TriggerHit t : doc.triggers()) {
      if (t.sentence() == sentence
          && t.first() > c
          && t.first() - c <= POINTED_REACH
          && !t.trigger().form().verbal()
          && HAPPENINGS.contains(t.trigger().type())
          && (t.definite() || Proclitics.hasArticle(doc.tokens().get(t.end() - 1).text()))) {
        return t.trigger().type();
      }
    }
    return null;
  }

  /**
   * Where the reported clause of e's sentence opens (its complementizer), when e is a saying or an
   * undated noun inside what is said; -1 otherwise.
   */
  private int reportedClause(Document doc, EventDraft e) {
    var s = doc.sentences().get(e.sentence);
    boolean saying = e.type == EventType.STATEMENT;
    if (!saying
        && (e.head.trigger().form().verbal()
            || e.head.inQuote()
            || e.status != EventStatus.HAPPENED)) {
      // "ومن المرتقب أن يرد الرئيس الزيارة": a plan, not a saying
      return -1;
    }
    int to = saying ? s.endToken() : e.head.first();
    for (int c = s.firstToken(); c < to; c++) {
      if (lexicon.is(FunctionWord.COMPLEMENTIZER, doc.tokens().get(c).text())) {
        return c;
      }
    }
    return -1;
  }

  /** What opens at c is said ("وأضافت أن"), not planned or expected ("يُنتظر أن"). */
  private static boolean saidBefore(Document doc, int sentence, int c) {
    for (CueHit h : doc.cues()) {
      if (h.sentence() == sentence
          && h.first() < c
          && h.cue().status() != EventStatus.HAPPENED
          && h.cue().scope() != ModalityCue.Scope.ADJACENT) {
        return false;
      }
    }
    return true;
  }

  /**
   * The next clause of the same saying after the one opening at c, joined by "و" (وأن، وإن), and
   * before e's head when e is a noun inside what is said; -1 when there is none.
   */
  private int nextClause(Document doc, EventDraft e, int c) {
    var s = doc.sentences().get(e.sentence);
    int to = e.type == EventType.STATEMENT ? s.endToken() : e.head.first();
    for (int d = c + 1; d < to; d++) {
      String w = doc.tokens().get(d).text();
      if (Proclitics.startsWithAnd(w)
          && lexicon.is(FunctionWord.COMPLEMENTIZER, Proclitics.withoutAnd(w))) {
        return d;
      }
    }
    return -1;
  }

  /**
   * A saying may come days after what it speaks of; a noun inside it has no date of its own, or one
   * within p's time (a visit's days).
   */
  private static boolean ownDateAgrees(EventDraft p, EventDraft e) {
    return e.type == EventType.STATEMENT
        || e.date == null
        || !e.ownDate
        || datesCompatible(p, e)
        || p.type == EventType.VISIT && Retellings.duringVisit(p, e);
  }

  /**
   * p is the happening a definite noun of that kind names: its own kind, a visit for its talks, a
   * signed instrument for a declaration or communiqué ("البيان الختامي"، "الإعلان").
   */
  private static boolean namedBy(EventType named, EventDraft p) {
    if (named == EventType.STATEMENT) {
      return p.type == EventType.DEAL || p.type == EventType.DIPLOMATIC;
    }
    return named == p.type || named == EventType.MEETING && p.type == EventType.VISIT;
  }

  /**
   * How far into the reported clause its topic is named ("أن التحقيقات في الهجوم"); a happening
   * named further on is an aside ("… لتهيئة الظروف للمفاوضات اللاحقة").
   */
  private static final int POINTED_REACH = 4;
}
