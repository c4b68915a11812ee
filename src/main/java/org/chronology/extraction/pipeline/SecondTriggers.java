package org.chronology.extraction.pipeline;

import static org.chronology.extraction.pipeline.DraftComparisons.datesCompatible;
import static org.chronology.extraction.pipeline.DraftComparisons.differentSubject;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.chronology.extraction.EventType;

/** A sentence's second trigger telling again, or a facet of, the happening its first told. */
final class SecondTriggers {

  private SecondTriggers() {}

  /**
   * A noun or a second verb telling again, in the same sentence (or one already folded into the
   * event), the happening a verb just told ("زار أنقرة في مارس، في أول زيارة منذ 2008"; "فيما وقع
   * الرئيس بصفته شاهداً") is the same happening, unless it carries a date of its own that is not a
   * gap measured with منذ. A signed instrument whose content is relations is a diplomatic step.
   */
  static boolean namedAgain(EventDraft p, EventDraft e) {
    boolean same = p.sentence == e.sentence;
    if (!same && !p.alsoIn.contains(e.sentence) || same && e.head.first() <= p.head.first()) {
      return false;
    }
    boolean undated = e.date == null || !e.ownDate || e.sinceDate;
    if (p.type == EventType.DEAL
        && e.type == EventType.DIPLOMATIC
        && p.head.trigger().form().verbal()
        && !e.head.trigger().form().verbal()
        && undated) {
      // "وقع البلدان معاهدة السلام والعلاقات الدبلوماسية": an instrument establishing relations
      p.type = EventType.DIPLOMATIC;
      return true;
    }
    return p.type == e.type && p.head.trigger().form().verbal() && undated;
  }

  /**
   * A happening named twice by nouns in one sentence ("تناولت الصحف الصادرة اليوم الأربعاء الزيارة
   * التي بدأها الوزير أمس الثلاثاء، وهي أول زيارة …"، "زيارة الوزير إلى الرياض على رأس وفد") is one
   * happening, unless someone else does the second or each has a date of its own ("الاتفاق الموقع
   * عام 2001 والاتفاقية العامة الموقعة عام 1998").
   */
  static boolean restatedNoun(EventDraft p, EventDraft e) {
    return p.sentence == e.sentence
        && p.type == e.type
        && p.status == e.status
        && RESTATED.contains(p.type)
        && !p.head.trigger().form().verbal()
        && !e.head.trigger().form().verbal()
        && e.head.first() >= p.head.end()
        && !differentSubject(p, e)
        && (datesCompatible(p, e) || dateOpensSentence(p, e));
  }

  /**
   * A second trigger of the sentence that tells a facet of the happening its first trigger told,
   * among the same actors on the same day: a recognition and the decrees signed on it ("أعلن اعتراف
   * روسيا ... ووقع مرسومين بهذا الشأن"), a declaration signed and what it recognised, a meeting and
   * what it decided ("عقد المجلس اجتماعه ... وأقر خلاله"), a war and the withdrawal that ended it,
   * and, after a happening of any type, a later trigger of no type of the guide's own (`other`:
   * "داهمت الشرطة أمس مقراً … وأفرجت عن رهائن كانوا فيه") that the same date governs and that names
   * no one new: what else was done in that happening; talks and the visit a clause of theirs tells
   * ("بحث الوزير مع نظيره، الذي بدأ اليوم زيارة للبلاد تستمر يومين، …"), the meetings held during a
   * visit being that visit. One happening, one event. A visit or talks during which a deal is
   * signed, and a statement reacting to an act, stay two (neither pair is a facet here); so does a
   * second trigger bringing in someone the first did not name, or with another status or date, or
   * told with a date phrase of its own (the same year named again is still a date of its own: a
   * second happening).
   */
  static boolean sameSentenceFacet(EventDraft p, EventDraft e) {
    if (p.sentence != e.sentence || e.head.first() <= p.head.first() || p.status != e.status) {
      return false;
    }
    if (!FACETS.getOrDefault(p.type, Set.of()).contains(e.type)) {
      return false;
    }
    if (p.date == null
        || e.date == null
        || p.date.expression().start() == null
        || e.date.expression().start() == null
        || e.sinceDate
        || !datesCompatible(p, e)) {
      return false; // the sentence's date must govern both triggers
    }
    if (p.ownDate && e.ownDate && p.date.first() != e.date.first()) {
      // "اشترت … في خريف 2023، وافتتحت … سفارتها في العام نفسه": each with a date of its own
      return false;
    }
    Set<String> mine = DraftComparisons.names(p);
    Set<String> theirs = DraftComparisons.names(e);
    return !theirs.isEmpty() && mine.containsAll(theirs);
  }

  /**
   * "ومن المنتظر أن يتم غداً، في اختتام المؤتمر، توقيع اتفاقيات بين البلدين": a first trigger of no
   * type of the guide's own (`other`) and a later one of the sentence with a type, that the
   * sentence's one date governs (the later one has no date phrase of its own) and that names no one
   * the first did not (or the first names no one): the typed trigger tells what the happening is
   * (the guide keeps `other` for a happening that fits none of the types), one happening. Not a
   * statement, which may react to the act; not another status.
   */
  static boolean typedAfterOther(EventDraft p, EventDraft e) {
    if (p.sentence != e.sentence
        || p.type != EventType.OTHER
        || e.type == EventType.OTHER
        || e.type == EventType.STATEMENT
        || e.head.trigger().form().verbal() // "ووقع الجانبان اتفاقاً": a further act of its own
        || e.head.first() <= p.head.first()
        || p.status != e.status
        || p.date == null
        || p.date.expression().start() == null
        || e.sinceDate) {
      return false;
    }
    if (e.date != null && (e.date.first() != p.date.first() || !datesCompatible(p, e))) {
      return false; // a date phrase of its own: another happening
    }
    Set<String> mine = DraftComparisons.names(p);
    Set<String> theirs = DraftComparisons.names(e);
    // the first naming no one ("أن يتم … توقيع اتفاقيات بين تونس واليابان"), the typed one names
    // the parties
    return !theirs.isEmpty() && (mine.isEmpty() || mine.containsAll(theirs));
  }

  /** For the type of a sentence's first trigger, the types a later trigger may tell a facet of. */
  private static final Map<EventType, Set<EventType>> FACETS =
      Map.of(
          EventType.DIPLOMATIC, EnumSet.of(EventType.DEAL, EventType.OTHER),
          EventType.DEAL, EnumSet.of(EventType.DIPLOMATIC, EventType.OTHER),
          EventType.MEETING, EnumSet.of(EventType.OTHER, EventType.VISIT),
          EventType.INCIDENT, EnumSet.of(EventType.MILITARY, EventType.OTHER),
          EventType.VISIT, EnumSet.of(EventType.OTHER, EventType.MEETING),
          EventType.STATEMENT, EnumSet.of(EventType.OTHER),
          EventType.MILITARY, EnumSet.of(EventType.OTHER));

  private static final Set<EventType> RESTATED =
      EnumSet.of(EventType.VISIT, EventType.MEETING, EventType.DEAL);

  /**
   * p's date stands before p's noun in the sentence ("الصادرة اليوم الأربعاء الزيارة"): it dates
   * what opens the sentence (the papers of the day), while the second noun's date is the
   * happening's.
   */
  static boolean dateOpensSentence(EventDraft p, EventDraft e) {
    return p.date != null
        && e.date != null
        && e.ownDate
        && p.date.first() < p.head.first()
        && !datesCompatible(p, e);
  }

  /**
   * The talks that led to an agreement told in the same sentence ("اتفق البلدان ... في ختام مباحثات
   * استضافتها بكين") are one happening with it, dated by the agreement.
   */
  static boolean talksOfOutcome(EventDraft p, EventDraft e) {
    return p.sentence == e.sentence
        && (p.type == EventType.DIPLOMATIC || p.type == EventType.DEAL)
        && e.type == EventType.MEETING
        && !e.head.trigger().form().verbal()
        && e.head.first() > p.head.first();
  }
}
