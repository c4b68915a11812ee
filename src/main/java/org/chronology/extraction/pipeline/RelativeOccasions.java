package org.chronology.extraction.pipeline;

import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Sentence;
import org.chronology.time.EventAnchor;

/** The reading of a date given relative to a happening ("بعد شهرين من الهجوم"). */
final class RelativeOccasions {

  private RelativeOccasions() {}

  /** Resolves an anchored phrase against the happening on one side of it, or dates that one. */
  static void apply(Document doc, DateHit h, Lexicon lexicon, OccasionDates words) {
    EventAnchor anchor = h.expression().anchor();
    Sentence s = OccasionDates.sentenceOf(doc, h.first());
    if (s == null) {
      return;
    }
    EventDraft object = null;
    for (EventDraft d : doc.events()) {
      boolean next =
          d.head.first() >= h.end()
                  && d.head.first() - h.end() <= 2
                  && OccasionDates.sameClause(doc, h.end() - 1, d.head.first())
              || d.first >= h.end()
                  && d.first - h.end() <= 1
                  && OccasionDates.sameClause(
                      doc, h.end() - 1, d.first); // "من الهجوم الذي استهدف …"
      if (d.sentence == s.index() && next && object == null) {
        object = d;
      }
    }
    EventDraft subject = null;
    for (EventDraft d : doc.events()) {
      boolean inside = h.first() >= d.first && h.first() < d.end;
      if (d != object
          && (d.date == h || object != null && d.anchor == object)
          && (subject == null
              || inside
              || !(h.first() >= subject.first && h.first() < subject.end))) {
        subject = d; // the last one dated by it, unless an earlier one holds the phrase
      }
    }
    for (EventDraft d : doc.events()) {
      if (subject == null && d != object && h.first() >= d.first && h.first() < d.end) {
        subject = d; // the clause the phrase stands in
      }
    }
    if (words.pointsBack(doc, s, h.first())
        && datedBackAfter(doc, s, h, object, subject, lexicon, words)) {
      return;
    }
    if (RetoldOccasions.retoldSubject(doc, s, h, subject, object, words)) {
      return;
    }
    if (object == null) {
      TriggerHit noun = OccasionDates.nounAfter(doc, s, h.end());
      EventDraft ref =
          subject == null
              ? null
              : noun != null
                  ? words.referent(doc, noun, subject)
                  : words.definiteAfter(doc, s, h.end()) ? OccasionDates.main(doc, subject) : null;
      if (ref != null && subject.date == h) {
        subject.date =
            new DateHit(
                h.first(), h.end(), anchor.resolve(h.expression(), OccasionDates.date(ref)));
        subject.ownDate = false; // derived from another happening: "بعد ساعة من الحادث" tells on
      }
      return;
    }
    if (OccasionDates.resolved(object)) {
      return; // the same-sentence anchor is resolved when events are coalesced
    }
    boolean comes = words.pointsBack(doc, s, h.first());
    if (subject != null && subject.date == h && words.pointed(doc, object.head) && !comes) {
      // (after "تأتي" or a demonstrative the subject is the happening already told: the anchor
      // named after the phrase is what the phrase dates, below)
      // "في اليوم التالي للغارات": the noun names a happening told before; count from it
      EventDraft ref = words.referent(doc, object.head, object);
      if (ref != null && ref != subject) {
        subject.date =
            new DateHit(
                h.first(), h.end(), anchor.resolve(h.expression(), OccasionDates.date(ref)));
        subject.ownDate = false;
        return;
      }
    }
    if (comes && renamesTold(doc, object, subject, lexicon, words)) {
      return; // "ويأتي التوقيع بعد شهرين من الإعلان عن الاتفاق": no earlier happening of its own
    }
    EventDraft from = subject != null && OccasionDates.resolved(subject) ? subject : null;
    if (from == null && comes) {
      // "وتأتي الزيارة بعد أسبوعين من اجتماع …": the anchor named after the phrase is dated back
      // from the article's happening, even when the phrase stands in the anchor's own clause
      from = OccasionDates.main(doc, object);
    }
    if (from == null
        && subject == null
        && LapseClauses.measuredFrom(lexicon, doc, object.head.first())) {
      // "أعلنت مالي مساء الاثنين إغلاق مجالها الجوي …، بعد ساعات من قرار مماثل اتخذته الجزائر":
      // the phrase, standing in no happening's words, follows the sentence's happening told before
      // it; the happening named after it is dated back from that one (the guide: a date the text
      // gives); a short lapse only (function-words.tsv: lapse), not a stretch of a process ("بعد
      // أكثر من عام على المواجهات")
      from = toldBefore(doc, s, h);
    }
    if (from != null) {
      object.date =
          new DateHit(
              h.first(),
              h.end(),
              anchor.inverse().resolve(h.expression(), OccasionDates.date(from)));
      object.ownDate = false;
    }
  }

  /** The last happening of the sentence told before the phrase, with a resolved date, or null. */
  private static EventDraft toldBefore(Document doc, Sentence s, DateHit h) {
    EventDraft before = null;
    for (EventDraft d : doc.events()) {
      if (d.sentence == s.index()
          && d.head.first() < h.first()
          && OccasionDates.resolved(d)
          && (before == null || d.head.first() > before.head.first())) {
        before = d;
      }
    }
    return before;
  }

  /**
   * "وجاء قرار الرئيس بعد يوم من تصويت البرلمان على نداء يدعو …", "ويأتي الاجتماع بعد يومين من
   * إعلان الوزير التوصل إلى اتفاق …": what "جاء" or a demonstrative points back to is the happening
   * already told; an event told after the phrase, in its clause, with no date but the phrase's, is
   * inside the anchor's words, and is dated back from the article's happening (the event right
   * after the phrase is left to {@link #apply}'s own reading). True when one was.
   */
  private static boolean datedBackAfter(
      Document doc,
      Sentence s,
      DateHit h,
      EventDraft object,
      EventDraft subject,
      Lexicon lexicon,
      OccasionDates words) {
    boolean any = false;
    for (EventDraft d : doc.events()) {
      if (d.sentence != s.index()
          || d == object
          || d.head.first() < h.end()
          || !OccasionDates.sameClause(doc, h.end() - 1, d.head.first())
          || d.date != null && d.date != h
          || renamesTold(doc, d, subject, lexicon, words)) {
        continue;
      }
      EventDraft from = OccasionDates.main(doc, d);
      if (from != null) {
        d.date =
            new DateHit(
                h.first(),
                h.end(),
                h.expression()
                    .anchor()
                    .inverse()
                    .resolve(h.expression(), OccasionDates.date(from)));
        d.ownDate = false;
        any = true;
      }
    }
    return any && object == null;
  }

  /**
   * "ويأتي التوقيع بعد نحو شهرين من الإعلان عن التوصل إلى الاتفاق": after "تأتي" the subject is the
   * happening already told; a definite or pointed noun in the anchor's words of the subject's own
   * type, with a happening of that type told in an earlier sentence, names that happening again (a
   * step towards it, not another happening), and the phrase gives it no date of its own. Not when a
   * relative clause tells who did it ("بعد أسبوعين من الزيارة التي قام بها الرئيس …"): that is
   * another happening of the kind.
   */
  private static boolean renamesTold(
      Document doc, EventDraft d, EventDraft subject, Lexicon lexicon, OccasionDates words) {
    if (subject == null || d == null || d == subject || d.type != subject.type) {
      return false;
    }
    if (!words.pointed(doc, d.head)) {
      return false;
    }
    for (int t = d.head.end(); t < Math.min(doc.tokens().size(), d.head.end() + 2); t++) {
      if (lexicon.is(FunctionWord.RELATIVE, doc.tokens().get(t).text())) {
        return false; // (an adjective may stand between: "الزيارة الرسمية التي …")
      }
    }
    for (EventDraft p : doc.events()) {
      if (p.sentence < d.sentence && p.type == d.type && OccasionDates.resolved(p)) {
        return true;
      }
    }
    return false;
  }
}
