package org.chronology.extraction.pipeline;

import static org.chronology.extraction.pipeline.DraftComparisons.bothResolvedEqual;
import static org.chronology.extraction.pipeline.DraftComparisons.datesCompatible;
import static org.chronology.extraction.pipeline.DraftComparisons.differentSubject;
import static org.chronology.extraction.pipeline.DraftComparisons.sharesPrincipal;
import static org.chronology.extraction.pipeline.DraftComparisons.typesCompatible;

import java.util.EnumSet;
import java.util.Set;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;

/**
 * The last of {@link CoalesceStage}'s folding rules, once no rule before them has decided: a later
 * mention of a compatible type, at a date that agrees, is the happening told before when it repeats
 * it (a headline, the same text), refers back to it (الزيارة، زيارته، كما التقى), continues it in
 * the next sentences without a date of its own, or shares its principal or its visitor.
 *
 * <p>Why a class of its own: these rules compare the two drafts as drafts (types, dates, statuses,
 * people, sentences), not the words that tell a retelling, a saying or another happening; they come
 * last, once every rule that reads those words has had its say.
 */
final class CompatibleMentions {

  private CompatibleMentions() {}

  /**
   * Whether {@code e} folds into {@code p}; {@code eDated}: {@code e} had a date of its own when
   * the stage's rules began.
   */
  static boolean folds(Document doc, EventDraft p, EventDraft e, boolean eDated) {
    if (!typesCompatible(p.type, e.type)) {
      return false;
    }
    boolean headline =
        doc.sentences().get(p.sentence).headline() || doc.sentences().get(e.sentence).headline();
    boolean datesOk =
        datesCompatible(p, e)
            || measuredFrom(e, p)
            || headline && (afterPublication(doc, p) || afterPublication(doc, e));
    if (!datesOk) {
      return false;
    }
    if (!headline && p.status != e.status && !e.anaphoric) {
      return false; // a cancelled visit is not the planned one reported before it
    }
    if (headline && (p.type == e.type || GuestReceptions.sameGuest(p, e))) {
      return true;
    }
    if (e.anaphoric
        && !AnotherHappening.laterStep(doc, p, e)
        && (!eDated || bothResolvedEqual(p, e, true))
        && !AnotherHappening.datedBeforeTheNews(doc, p, e)) {
      return !differentSubject(p, e)
          || e.type == EventType.VISIT
          || e.type == EventType.MEETING
              && p.type == EventType.MEETING
              && e.sentence - p.sentence == 1
              && !eDated
              && DraftComparisons.namesNoPerson(e);
    }
    boolean near = e.sentence - p.sentence <= CoalesceStage.CONTINUATION_SENTENCES;
    boolean eResolved = eDated && e.date.expression().start() != null;
    if (near && !eResolved && CONTINUED.contains(p.type) && !differentSubject(p, e)) {
      return true;
    }
    if (sharesPrincipal(p, e) && (!eDated || bothResolvedEqual(p, e, false)) && p.type == e.type) {
      return true;
    }
    if (DraftComparisons.visitorNamedAgain(p, e) && !eDated) {
      return true;
    }
    return p.type == e.type && p.sentence != e.sentence && sameText(doc, p, e);
  }

  /** Happenings whose next sentences, undated, narrate them further (its meetings, its details). */
  private static final Set<EventType> CONTINUED =
      EnumSet.of(EventType.VISIT, EventType.INCIDENT, EventType.MEETING);

  /**
   * e's date is measured, within the same day, from a happening ("اعتقل بعد دقائق من الحادث") that
   * is p or no event of e's sentence: until resolved against p it cannot disagree with p's date.
   */
  private static boolean measuredFrom(EventDraft e, EventDraft p) {
    if (e.date == null || e.ownDate || e.date.expression().anchor() == null) {
      return false;
    }
    java.time.LocalDate day = p.date == null ? null : p.date.expression().start();
    if (day != null && !e.date.expression().anchor().applyTo(day).equals(day)) {
      return false; // "قبل ثلاثة أيام من ذلك": another day, another happening
    }
    EventDraft a = e.anchor;
    while (a != null && a.foldedInto != null) {
      a = a.foldedInto;
    }
    return a == null || a == p;
  }

  /**
   * A headline's happened event dated after the article was published: the date measured a lapse
   * ("تعيدان فتح سفارتيهما بعد سبع سنوات"), not the day, and cannot keep the body's telling apart.
   */
  private static boolean afterPublication(Document doc, EventDraft d) {
    java.time.LocalDate published = doc.article().publishedOn();
    return d.status == EventStatus.HAPPENED
        && doc.sentences().get(d.sentence).headline()
        && d.date != null
        && d.date.expression().start() != null
        && published != null
        && d.date.expression().start().isAfter(published);
  }

  private static boolean sameText(Document doc, EventDraft p, EventDraft e) {
    var ps = doc.sentences().get(p.sentence);
    var es = doc.sentences().get(e.sentence);
    String a = doc.normalized().original().substring(ps.start(), ps.end());
    String b = doc.normalized().original().substring(es.start(), es.end());
    return a.strip().equals(b.strip()) || (a.startsWith(b) || b.startsWith(a));
  }
}
