package org.chronology.extraction.pipeline;

import java.time.LocalDate;
import java.util.List;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Sentence;
import org.chronology.time.Precision;
import org.chronology.time.TemporalExpression;

/**
 * Date governance after the events are settled: the happenings an article tells without a date of
 * their own share the date of its main happening when that is the news of the day. It runs after
 * filtering, coalescing and confidence, which read "no date" as a sign of background, so that it
 * only dates the events they kept. Another side's undated reply answers what was told just before
 * it ({@link ReplyDates}).
 */
@Stage.Contract(name = "news-peg-dates", requires = Layer.CONFIDENCE, adds = Layer.NEWS_DATES)
public final class NewsPegStage implements Stage {

  private static final OccasionDates OCCASION = new OccasionDates();

  private final Lexicon lexicon;

  public NewsPegStage(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** How many days before the publication the article's main happening may be its news peg. */
  static final int PEG_DAYS = 3;

  /**
   * The other happenings an article tells without a date of their own ("وأدان رئيس الوزراء القصف",
   * "ونفت الخارجية التركية مسؤولية قواتها") are part of the news of the day when the article's main
   * happening is that day's news (a day at most {@link #PEG_DAYS} before the publication): they
   * share its date, as inherited. Not a planned, cancelled or negated event, not a sentence timed
   * relative to another happening, and not a sentence told as earlier background ("وكانت أنقرة قد
   * أطلقت …", the {@code earlier} words of occasion.tsv).
   */
  @Override
  public void process(Document doc) {
    WhenClauses.apply(lexicon, doc); // "منذ سبتمبر 2021، حين استقبله"
    shareSentenceDate(doc);
    ReportDates.apply(doc, OCCASION); // what a medium reports is dated by the report
    AlsoDates.apply(doc, OCCASION); // "كما …" adds to the happening just told, on its day
    PlannedOccasionSteps.apply(doc); // "ويُنتظر أن يوقع البلدان …" during the planned visit
    shareNewsPeg(doc, doc.article().publishedOn());
    AlsoDates.applyToo(doc, OCCASION); // "ناقش الجانبان أيضاً …" adds to what was just told
    OCCASION.reactions(doc); // a reaction the day's news left undated
    ContinuedDates.apply(doc, OCCASION); // "وأضاف البيان أن …" is part of the report before it
    ReplyDates.apply(doc, lexicon); // another side's reply answers what was just told
    newsOfTheReport(doc, doc.article().publishedOn());
  }

  /**
   * A happening told as done with no date phrase, no dated happening to share and no sign of
   * background ("أعلنت وزارة الخارجية استدعاء السفير") is the news of the report (dev README,
   * undated "today's news"): it took place on the publication day (day precision, no phrase). Not a
   * planned, claimed, negated or lapsed one, not a sentence told as earlier background or timed
   * relative to another happening, and not in an article whose main happening is older than the
   * news of the day (its undated happenings may be of that time). Run last, once every other
   * reading had its chance.
   */
  private static void newsOfTheReport(Document doc, LocalDate pub) {
    if (pub == null) {
      return;
    }
    EventDraft main = peg(doc);
    if (main != null
        && OccasionDates.resolved(main)
        && main.date.expression().start().isBefore(pub.minusDays(PEG_DAYS))) {
      return; // the article's news is older: what it leaves undated may be of that time
    }
    for (EventDraft d : doc.events()) {
      if (d.date != null
          || d.status != EventStatus.HAPPENED
          || d.negated
          || d.lapsed
          || d.pastPerfect
          || earlier(doc, d)) {
        continue;
      }
      Sentence s = doc.sentences().get(d.sentence);
      if (anchoredIn(doc, s)) {
        continue;
      }
      d.date = OccasionDates.publicationDay(s, pub, false);
      d.ownDate = false;
    }
  }

  /**
   * A clause left without a date phrase in a sentence another clause of which is dated ("أغلقت
   * الحكومة المعبر في فبراير الماضي، متهمة …"، "أعلنت يوم الأحد استدعاء سفرائها، وهو ما ردت عليه
   * الجزائر باستدعاء …") is told as of that time: it takes the date of the nearest dated happening
   * before it in the sentence, when that one is told as done and its date is not after the
   * publication; so does a call-off told so ("…، وهو ما ردت عليه الجزائر بتأجيل …"), which with no
   * day it was meant for is dated when it was made (dev README, cancelled events). Run once the
   * events are settled, so that it does not change which are kept.
   */
  private static void shareSentenceDate(Document doc) {
    LocalDate pub = doc.article().publishedOn();
    for (EventDraft d : doc.events()) {
      if (d.date != null
          || !toldDone(d) && d.status != EventStatus.CANCELLED
          || d.negated
          || d.lapsed) {
        continue; // a call-off without a day it was meant for is dated when it was made
      }
      EventDraft p = null;
      for (EventDraft o : doc.events()) {
        if (o != d
            && o.sentence == d.sentence
            && o.head.first() < d.head.first()
            && (p == null || o.head.first() > p.head.first())) {
          p = o;
        }
      }
      if (p == null || p.date == null) {
        continue;
      }
      TemporalExpression e = p.date.expression();
      if (p.status == EventStatus.HAPPENED
          && e.start() != null
          && e.anchor() == null
          && !p.sinceDate
          && (pub == null || !e.start().isAfter(pub))) {
        d.date = p.date;
        d.ownDate = false;
      }
    }
  }

  /**
   * Done, or claimed done by a medium or unnamed sources: a claim without a date of its own is
   * dated as the happening it claims would be (dev README, "كشفت صحيفة X … أن Y").
   */
  private static boolean toldDone(EventDraft d) {
    return d.status == EventStatus.HAPPENED || d.mediaClaim && d.status == EventStatus.REPORTED;
  }

  private static void shareNewsPeg(Document doc, LocalDate pub) {
    EventDraft main = pub == null ? null : peg(doc);
    DateHit lead = pub == null ? null : LeadDates.unextracted(doc, main);
    DateHit pegDate = lead != null ? lead : main != null ? main.date : null;
    if (pegDate == null) {
      return;
    }
    TemporalExpression m = pegDate.expression();
    if (m.precision() != Precision.DAY
        || m.start().isAfter(pub)
        || m.start().isBefore(pub.minusDays(PEG_DAYS))) {
      return;
    }
    for (EventDraft d : doc.events()) {
      if (d.date != null || !toldDone(d) || d.negated || d == main) {
        continue;
      }
      if (earlier(doc, d) || anchoredIn(doc, doc.sentences().get(d.sentence))) {
        continue;
      }
      OccasionDates.share(d, pegDate);
    }
  }

  /**
   * The article's main happening, told in its own words rather than as background: "وكان الطيار قد
   * أسر … الأربعاء الماضي" is what led to the news, not the news. When every dated happening is
   * told so, the first of them.
   */
  private static EventDraft peg(Document doc) {
    EventDraft main = OccasionDates.main(doc, null);
    for (EventDraft p = main; p != null; p = next(doc, p)) {
      if (!earlier(doc, p)) {
        return p;
      }
    }
    return main;
  }

  /** The next event after {@code p} with a resolved date of its own. */
  private static EventDraft next(Document doc, EventDraft p) {
    List<EventDraft> all = doc.events();
    for (int k = all.indexOf(p) + 1; k < all.size(); k++) {
      EventDraft q = all.get(k);
      if (OccasionDates.resolved(q) && q.ownDate && !q.sinceDate) {
        return q;
      }
    }
    return null;
  }

  /**
   * The sentence times something relative to another happening, even left unresolved ("ويأتي
   * الاجتماع بعد يومين من إعلان …"): its events are timed by that, not by the day's news.
   */
  private static boolean anchoredIn(Document doc, Sentence s) {
    for (DateHit h : doc.dates()) {
      if (h.expression().anchor() != null
          && h.first() >= s.firstToken()
          && h.first() < s.endToken()) {
        return true;
      }
    }
    return false;
  }

  /** A sentence told as earlier background ("وكانت أنقرة قد أطلقت …", "وسبق أن …"). */
  static boolean earlier(Document doc, EventDraft d) {
    Sentence s = doc.sentences().get(d.sentence);
    return OCCASION.is("earlier", doc.tokens().get(s.firstToken()).text());
  }
}
