package org.chronology.extraction.pipeline;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;
import org.chronology.text.TsvResource;
import org.chronology.time.Precision;
import org.chronology.time.TemporalExpression;

/**
 * Dates across sentences, once every sentence is dated on its own: a clause told as happening
 * during or right after a happening of the article ("وعلى هامش الزيارة، جرى توقيع …", "وعقب انتهاء
 * الجولة، أعلن …") shares that happening's date; a date given relative to a happening ("قبل يومين
 * من انطلاق الجولة", "بعد يومين من هذا اللقاء") is resolved against it ({@link RelativeOccasions});
 * and "وتأتي هذه الخطوة بعد شهرين من الهجوم" dates the attack from the article's happening. The
 * happening named by a noun is the nearest dated event before it of the noun's type, else the
 * article's main happening (its first event with a date of its own).
 */
final class OccasionDates {

  private static final String PATH = "/lang/ar/time/occasion.tsv";

  /**
   * How many days before the publication a happening may be the one an undated reaction follows.
   */
  static final int REACTION_DAYS = 7;

  /** How many words may stand between a "during" word and the happening's noun (عقب انتهاء …). */
  private static final int NOUN_REACH = 3;

  private final Map<String, List<String>> words;

  /** {@link #words} as sets: {@link #is} is asked of most words of a text by several rules. */
  private final Map<String, Set<String>> sets = new HashMap<>();

  OccasionDates() {
    this.words = TsvResource.byKind(PATH);
    words.forEach((kind, list) -> sets.put(kind, new HashSet<>(list)));
  }

  boolean is(String kind, String word) {
    Set<String> set = sets.get(kind);
    return set != null
        && (set.contains(word) || set.contains(Proclitics.withoutAndOrPreposition(word)));
  }

  /** The word itself or after و/ف, not after a preposition ("لصحيفة" is no subject). */
  boolean isBare(String kind, String word) {
    Set<String> set = sets.get(kind);
    return set != null && (set.contains(word) || set.contains(Proclitics.withoutConjunction(word)));
  }

  void apply(Document doc, Lexicon lexicon) {
    List<EventDraft> drafts = doc.events();
    for (EventDraft d : drafts) {
      if (!resolved(d)) {
        during(doc, d, lexicon);
      }
      if (!resolved(d)) {
        witnessedAt(doc, d, lexicon);
      }
      if (d.date == null) {
        ThenDates.apply(doc, d, this);
      }
      if (d.date == null) {
        ClosingActs.apply(doc, d, this); // "محادثات، يعقبها توقيع إعلان"
      }
    }
    for (DateHit h : doc.dates()) {
      if (h.expression().anchor() != null && h.expression().start() == null) {
        RelativeOccasions.apply(doc, h, lexicon, this);
      }
    }
    newsOfTheDay(doc);
  }

  /**
   * The news of a live blog's time-stamped entry ("18:40" on the line before) with no date phrase
   * at all happened on the publication day (day precision, no phrase). A lead sentence without a
   * date is left alone: a headline-like first line would become a second event.
   */
  private static void newsOfTheDay(Document doc) {
    LocalDate pub = doc.article().publishedOn();
    if (pub == null) {
      return;
    }
    for (EventDraft d : doc.events()) {
      Sentence s = doc.sentences().get(d.sentence);
      if (d.date != null
          || d.status != EventStatus.HAPPENED
          || s.headline()
          || !LiveEntries.is(doc, s)) {
        continue;
      }
      d.date = publicationDay(s, pub, false);
      d.ownDate = false;
    }
  }

  /**
   * The publication day as an event's date with no phrase of its own, at the sentence's start;
   * approximate when the day is only the latest it can be (a medium's report).
   */
  static DateHit publicationDay(Sentence s, LocalDate pub, boolean approximate) {
    return new DateHit(
        s.firstToken(),
        s.firstToken(),
        new TemporalExpression(
            s.start(), s.start(), "", pub, pub, Precision.DAY, approximate, pub, true, false));
  }

  /** "وذلك خلال زيارة …" after a dated event of the sentence; "خلال الزيارة" told before. */
  private void during(Document doc, EventDraft d, Lexicon lexicon) {
    Sentence s = doc.sentences().get(d.sentence);
    for (int t = Math.max(s.firstToken(), d.head.first() - 2); t < d.head.first(); t++) {
      if (is("during", doc.tokens().get(t).text())) {
        EventDraft before = datedBefore(doc, d);
        if (before != null) {
          share(d, before);
          return;
        }
      }
    }
    for (int t = s.firstToken(); t < d.end; t++) {
      if (d.date == null && pointsToPrevious(doc, s, t) && pointsFor(doc, d, t)) {
        EventDraft before = antecedent(doc, d, t);
        if (before != null && resolved(before)) {
          share(d, before); // "استدعت على إثرها الخارجية السفير": after the happening just told
          return;
        }
      }
      if (!is("during", doc.tokens().get(t).text()) || startsDate(doc, t + 1)) {
        continue;
      }
      if (namesTalksBack(doc, lexicon, s, d, t)) {
        EventDraft talks = talksBefore(doc, d, t);
        if (talks != null) {
          share(d, talks); // "وحضر الوزيران عقب اللقاء التوقيع …": the talks told just before
          return;
        }
      }
      TriggerHit noun = nounAfter(doc, s, t + 1);
      if (RetoldOccasions.namedByDuring(doc, d, t, noun, this)) {
        return;
      }
      if (noun != null
          && noun.first() != d.head.first()
          && pointed(doc, noun)
          && ownsPhrase(d, t, noun)) {
        EventDraft ref = named(doc, noun, d);
        if (ref == null) {
          ref = referent(doc, noun, d);
        }
        if (ref != null) {
          share(d, ref);
          return;
        }
      }
    }
  }

  /**
   * "وشهدت الزيارة توقيع خمس مذكرات تفاهم": an act witnessed by an occasion named as the witness
   * verb's subject ({@link WitnessedActs#subjectOccasion}) shares the occasion's date (the dev
   * conventions: agreements signed during a visit take the visit's date).
   */
  private void witnessedAt(Document doc, EventDraft d, Lexicon lexicon) {
    for (TriggerHit t : doc.triggers()) {
      if (t.sentence() == d.sentence
          && t.first() < d.head.first()
          && t.trigger().type() != d.type
          && WitnessedActs.subjectOccasion(lexicon, doc, t, doc.triggers())) {
        EventDraft ref = referent(doc, t, d);
        if (ref != null) {
          share(d, ref);
        }
        return;
      }
    }
  }

  /**
   * A "during" word that points back by a pronoun rather than a noun: "على إثرها", "خلالها", "عقب
   * ذلك،". It names the happening told just before, whatever noun that was told with.
   */
  private boolean pointsToPrevious(Document doc, Sentence s, int t) {
    String w = Proclitics.withoutAndOrPreposition(doc.tokens().get(t).text());
    for (String suffix : words.getOrDefault("pronoun", List.of())) {
      if (w.length() > suffix.length() + 1
          && w.endsWith(suffix)
          && is("during", w.substring(0, w.length() - suffix.length()))) {
        return true;
      }
    }
    if (!is("during", w) || t + 1 >= s.endToken()) {
      return false;
    }
    TriggerHit noun = nounAfter(doc, s, t + 2);
    return is("that", doc.tokens().get(t + 1).text())
        && (noun == null || noun.first() != t + 2 || noun.trigger().form().verbal());
  }

  /**
   * The pointing word at {@code t} is d's: just before its head, or right after it ("استدعت على
   * إثرها الخارجية"); one after a later verb of d's clauses ("أجرى اتصالاً، بحثا خلاله …") points
   * to d itself.
   */
  private static boolean pointsFor(Document doc, EventDraft d, int t) {
    int h = d.head.first();
    if (t < h) {
      return t >= d.first - 1 && h - t <= NOUN_REACH;
    }
    for (TriggerHit o : doc.triggers()) {
      if (o.first() > h && o.first() < t && o.trigger().form().verbal()) {
        return false;
      }
    }
    return t - h <= 2;
  }

  /**
   * The happening a pointing word at {@code t} stands for: the event headed by the nearest trigger
   * before it (not d's own), or holding it as a noun of its own type ("وصل … في زيارة رسمية. وعقب
   * ذلك"); none when that noun is inside another happening's report ("أعلن الكرملين أن الأسد قام
   * بزيارة …، أجرى خلالها محادثات": the visit has no date of its own to share).
   */
  private static EventDraft antecedent(Document doc, EventDraft d, int t) {
    TriggerHit nearest = null;
    for (TriggerHit h : doc.triggers()) {
      if (h.first() < t && h.first() != d.head.first() && h.sentence() >= d.sentence - 1) {
        nearest = h;
      }
    }
    if (nearest == null) {
      return null;
    }
    for (EventDraft p : doc.events()) {
      boolean holds =
          p.head.first() == nearest.first()
              || nearest.first() >= p.first
                  && nearest.first() < p.end
                  && p.type == nearest.trigger().type();
      if (p != d && holds) {
        return p;
      }
    }
    return null;
  }

  /**
   * The phrase at {@code t} is d's: inside its clauses, or right before them ("وعقب انتهاء الجولة،
   * أعلن …"), not in the middle of another event's clause.
   */
  private static boolean ownsPhrase(EventDraft d, int t, TriggerHit noun) {
    return t >= d.first || noun.end() >= d.first - 1;
  }

  /**
   * A reaction told as done without a date of its own ("ودان الوزير الهجوم"، "ورحبت العاصمتان
   * بالبيان المشترك") followed the happening it names, and was reported by the publication: it is
   * dated from that happening's day to the publication day, approximate. The happening is the
   * nearest dated one before of the type of a noun pointing back after the verb, else, after a
   * definite noun, the article's main happening; one told more than a week before the publication
   * is not the news the reaction belongs to.
   */
  void reactions(Document doc) {
    LocalDate pub = doc.article().publishedOn();
    if (pub == null) {
      return;
    }
    for (EventDraft d : doc.events()) {
      if (d.date != null
          || d.status != EventStatus.HAPPENED
          || d.type != org.chronology.extraction.EventType.STATEMENT
          || !is("reaction", doc.tokens().get(d.head.first()).text())) {
        continue;
      }
      Sentence s = doc.sentences().get(d.sentence);
      EventDraft ref = null;
      for (TriggerHit t : doc.triggers()) {
        if (t.sentence() == s.index()
            && t.first() >= d.head.end()
            && sameClause(doc, d.head.first(), t.first())
            && pointed(doc, t)) {
          ref = referent(doc, t, d);
          break;
        }
      }
      if (ref == null && definiteAfter(doc, s, d.head.end())) {
        ref = main(doc, d);
      }
      if (ref == null || !resolved(ref) || date(ref).precision() != Precision.DAY) {
        continue;
      }
      LocalDate from = date(ref).start();
      if (from.isAfter(pub) || from.isBefore(pub.minusDays(REACTION_DAYS))) {
        continue;
      }
      datedFromTo(d, s, from, pub);
    }
  }

  /**
   * Dates d, a reaction or reply without a date of its own, from the day of what it answers to the
   * publication day (inferred, not its own).
   */
  static void datedFromTo(EventDraft d, Sentence s, LocalDate from, LocalDate pub) {
    d.date =
        new DateHit(
            s.firstToken(),
            s.firstToken(),
            new TemporalExpression(
                s.start(),
                s.start(),
                "",
                from,
                pub,
                Precision.DAY,
                from.isBefore(pub),
                pub,
                true,
                false));
    d.ownDate = false;
  }

  /** A demonstrative or "تأتي" before the phrase: its subject is the happening already told. */
  boolean pointsBack(Document doc, Sentence s, int before) {
    for (int t = s.firstToken(); t < before; t++) {
      String w = doc.tokens().get(t).text();
      if (is("demonstrative", w) || is("comes", w)) {
        return true;
      }
    }
    return false;
  }

  /** "الزيارة", "زيارته", "هذه الزيارة": a noun that names a happening already told. */
  boolean pointed(Document doc, TriggerHit noun) {
    return noun.definite()
        || noun.possessive()
        || noun.first() > 0 && is("demonstrative", doc.tokens().get(noun.first() - 1).text());
  }

  /** "من انطلاق الجولة": a definite or pointed noun names a happening already told. */
  boolean definiteAfter(Document doc, Sentence s, int from) {
    for (int t = from; t < Math.min(s.endToken(), from + NOUN_REACH + 1); t++) {
      String w = doc.tokens().get(t).text();
      if (Proclitics.hasArticle(w) || is("demonstrative", w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "وحضر الوزيران عقب اللقاء التوقيع …"، "وفي ختام الاجتماع، أعلن …": the "during" word at {@code
   * t} is d's and a bare definite noun of talks (the {@code gathering} words) follows it, itself no
   * trigger: it names back the talks already told, whose day the act shares (guide, Dates).
   */
  private static boolean namesTalksBack(
      Document doc, Lexicon lexicon, Sentence s, EventDraft d, int t) {
    return t + 1 < s.endToken()
        && t + 1 >= d.first - 1
        && lexicon.is(FunctionWord.GATHERING, doc.tokens().get(t + 1).text())
        && !startsTrigger(doc, t + 1);
  }

  /** A trigger starts at token {@code t}. */
  private static boolean startsTrigger(Document doc, int t) {
    for (TriggerHit h : doc.triggers()) {
      if (h.first() == t) {
        return true;
      }
    }
    return false;
  }

  /** How many sentences before the act the talks a gathering noun names back may be told. */
  private static final int TALKS_REACH = 2;

  /**
   * The nearest talks or visit told as done before token {@code t}, in d's sentence or the two
   * before, with a resolved date.
   */
  private static EventDraft talksBefore(Document doc, EventDraft d, int t) {
    EventDraft best = null;
    for (EventDraft p : doc.events()) {
      if (p != d
          && (p.type == EventType.MEETING || p.type == EventType.VISIT)
          && p.status == EventStatus.HAPPENED
          && p.sentence >= d.sentence - TALKS_REACH
          && p.head.first() < t
          && resolved(p)) {
        best = p;
      }
    }
    return best;
  }

  /** The first trigger within a few words from {@code from}, in the sentence. */
  static TriggerHit nounAfter(Document doc, Sentence s, int from) {
    for (TriggerHit t : doc.triggers()) {
      if (t.sentence() == s.index() && t.first() >= from && t.first() < from + NOUN_REACH + 1) {
        return t;
      }
    }
    return null;
  }

  /** The nearest dated event before {@code d} of the noun's type, else the main happening. */
  /**
   * "وعقب المباحثات الثنائية، وقع الجانبان …": the noun after the "during" word heads a dated
   * happening of d's own sentence, so that happening is the one named, whatever came before it.
   */
  private static EventDraft named(Document doc, TriggerHit noun, EventDraft d) {
    for (EventDraft p : doc.events()) {
      if (p != d && p.sentence == d.sentence && p.head.first() == noun.first() && resolved(p)) {
        return p;
      }
    }
    return null;
  }

  EventDraft referent(Document doc, TriggerHit noun, EventDraft d) {
    EventDraft best = null;
    for (EventDraft p : doc.events()) {
      boolean earlier =
          p.sentence < d.sentence || p.sentence == d.sentence && p.head.first() < noun.first();
      if (p != d
          && earlier
          && !p.sinceNamed // the earlier happening a منذ names, not the article's own
          && PastPerfect.mayName(this, doc, noun, p)
          && resolved(p)) {
        best = p;
      }
    }
    return best != null ? best : main(doc, d);
  }

  /**
   * The article's main happening: its first event with a resolved date of its own, told as done (a
   * step the article announces, "ستعيد فتح سفارتها خلال الأيام المقبلة", is not what happened).
   */
  static EventDraft main(Document doc, EventDraft not) {
    LocalDate pub = doc.article().publishedOn();
    EventDraft first = null;
    for (EventDraft p : doc.events()) {
      if (p != not
          && resolved(p)
          && p.ownDate
          && !p.sinceDate
          && (pub == null || !lastDay(told(p)).isAfter(pub))
          && (first == null
              || p.sentence < first.sentence
              || p.sentence == first.sentence && p.head.first() < first.head.first())) {
        first = p;
      }
    }
    return first;
  }

  /**
   * The date p was told with: a stay that runs past the publication ("وصل اليوم في زيارة تستغرق
   * يومين") is still the day's news by the day told ({@link StayLengths}).
   */
  private static TemporalExpression told(EventDraft p) {
    return p.stay != null && p.date == p.stay ? p.stayTold.expression() : date(p);
  }

  private static LocalDate lastDay(TemporalExpression e) {
    return e.end() != null ? e.end() : e.start();
  }

  private static EventDraft datedBefore(Document doc, EventDraft d) {
    EventDraft best = null;
    for (EventDraft p : doc.events()) {
      if (p.sentence == d.sentence && p.head.first() < d.head.first() && resolved(p)) {
        best = p;
      }
    }
    return best;
  }

  private static boolean startsDate(Document doc, int token) {
    for (DateHit h : doc.dates()) {
      if (h.first() == token) {
        return true;
      }
    }
    return false;
  }

  static Sentence sentenceOf(Document doc, int token) {
    for (Sentence s : doc.sentences()) {
      if (token >= s.firstToken() && token < s.endToken()) {
        return s;
      }
    }
    return null;
  }

  /** Tokens {@code a} and {@code b} stand in one clause of one sentence (no comma between). */
  static boolean sameClause(Document doc, int a, int b) {
    Sentence s = sentenceOf(doc, a);
    return s != null && b < s.endToken() && s.clauseOf(a) == s.clauseOf(b);
  }

  static void share(EventDraft d, EventDraft from) {
    share(d, from.date);
  }

  /** Dates {@code d} by a phrase that times another happening or the occasion, not by its own. */
  static void share(EventDraft d, DateHit date) {
    d.date = date;
    d.ownDate = false;
    d.sinceDate = false;
  }

  static TemporalExpression date(EventDraft d) {
    return d.date.expression();
  }

  static boolean resolved(EventDraft d) {
    return d.date != null && d.date.expression().start() != null && !d.sinceDate;
  }
}
