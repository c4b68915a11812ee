package org.chronology.extraction.pipeline;

import java.util.EnumSet;
import org.chronology.extraction.EventType;

/**
 * "سيجري الرئيسان غدا محادثات، يعقبها توقيع إعلان"، "أجرى محادثات مع نظيره يوم السبت، توّجت بتوقيع
 * مذكرتي تفاهم"، "اختتمت أمس أعمال الدورة، وتم التوقيع على مذكرتين": an act told right after a
 * gathering of its sentence, by a word saying it followed, crowned or was witnessed at that
 * gathering, happened there (guide, Dates: a relative date is read from the text around it). With
 * no date phrase of its own it shares the gathering's date; it stays its own happening (a signing
 * is a deal, the talks a meeting). The words are the {@code closing} kind of occasion.tsv; the
 * gathering is the nearest dated meeting or visit before the act in its sentence, of another type
 * than the act (a next round agreed at a meeting has its own, later day).
 */
final class ClosingActs {

  /** How far before the act's head the closing word may stand ("والتي من المقرر أن تشهد توقيع"). */
  static final int REACH = 4;

  private static final EnumSet<EventType> GATHERINGS =
      EnumSet.of(EventType.MEETING, EventType.VISIT);

  private ClosingActs() {}

  /** Dates {@code d} by the gathering it closed, when its clause says so. */
  static boolean apply(Document doc, EventDraft d, OccasionDates words) {
    if (d.date != null || GATHERINGS.contains(d.type) || !closes(doc, d, words)) {
      return false;
    }
    EventDraft gathering = null;
    for (EventDraft p : doc.events()) {
      if (p != d
          && p.sentence == d.sentence
          && p.head.first() < d.head.first()
          && p.foldedInto == null
          && GATHERINGS.contains(p.type)) {
        gathering = p;
      }
    }
    if (gathering == null || !OccasionDates.resolved(gathering)) {
      return false;
    }
    OccasionDates.share(d, gathering);
    return true;
  }

  private static boolean closes(Document doc, EventDraft d, OccasionDates words) {
    if (d.first < d.head.first() && words.is("closing", doc.tokens().get(d.first).text())) {
      return true; // the clause opens with it ("يشهد في ختامها الجانبان توقيع عدد من الاتفاقيات")
    }
    for (int t = Math.max(d.first, d.head.first() - REACH); t < d.head.first(); t++) {
      if (words.is("closing", doc.tokens().get(t).text())) {
        return true;
      }
    }
    return false;
  }
}
