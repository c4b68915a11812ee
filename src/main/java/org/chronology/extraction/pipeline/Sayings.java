package org.chronology.extraction.pipeline;

import static org.chronology.extraction.pipeline.DraftComparisons.among;
import static org.chronology.extraction.pipeline.DraftComparisons.bothResolvedEqual;

import org.chronology.extraction.ActorKind;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.extraction.Role;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.Proclitics;

/**
 * When a statement is no news of its own but a further mention of a happening of the article: the
 * announcement of an incident or an act, what was said during a happening by those taking part, and
 * a state's word told again as its ministry's statement. {@link CoalesceStage} asks these questions
 * of a pair (earlier event, later mention) in the order it decides.
 */
record Sayings(Lexicon lexicon) {

  /**
   * An incident told in what an announcement says ("أعلن الجيش، الأربعاء، أن مسلحين نصبوا كميناً
   * لقواته …") is the news: the announcement is the incident's, not a statement of its own. So is
   * an act an announcing verb takes as its object by its verbal noun ("أعلنت الخارجية، أمس السبت،
   * استدعاء سفيرها"، "أعلنت الغرفة اليوم تأجيل المنتدى"), unless the act carries a date of its own
   * apart from the announcement's (then it is a happening named as the background of the step
   * announced: "أعلن إنهاء العمل باتفاق السلام الموقع عام 2015").
   */
  boolean announcedIncident(Document doc, EventDraft p, EventDraft e) {
    if (p.type != EventType.STATEMENT
        || !SaidOf.HAPPENINGS.contains(e.type)
        || p.sentence != e.sentence
        || !p.head.trigger().form().verbal()
        || e.head.inQuote()
        || e.head.first() <= p.head.end()) {
      return false;
    }
    if (e.type != EventType.INCIDENT
        && !lexicon.is(
            FunctionWord.ANNOUNCE,
            Proclitics.withoutConjunction(doc.tokens().get(p.head.first()).text()))) {
      return false; // "قال إن بلاده ستفتح …" may be news of its own; "أعلن أن …" tells the act
    }
    for (int t = p.head.end(); t < e.head.first(); t++) {
      if (lexicon.is(FunctionWord.COMPLEMENTIZER, doc.tokens().get(t).text())) {
        return true;
      }
    }
    return announcedObject(doc, p, e);
  }

  /**
   * How far after the announcing verb its object may stand (past its subject and a date phrase).
   */
  private static final int OBJECT_REACH = 12;

  /**
   * e's verbal noun is the object of p's announcing verb: near after it, no other trigger between
   * them, and e without a date of its own that disagrees with p's (an act told as done earlier).
   */
  private static boolean announcedObject(Document doc, EventDraft p, EventDraft e) {
    if (e.head.trigger().form().verbal()
        || e.head.first() - p.head.end() > OBJECT_REACH
        || e.ownDate
            && e.status == EventStatus.HAPPENED
            && !DraftComparisons.datesCompatible(p, e)) {
      return false;
    }
    for (TriggerHit t : doc.triggers()) {
      if (t.sentence() == e.sentence && t.first() >= p.head.end() && t.first() < e.head.first()) {
        return false;
      }
    }
    return true;
  }

  /**
   * What was said during a happening is a further mention of it: a statement in the same sentence
   * as another happening ("أجرى اتصالاً ... أعرب خلاله عن"), or a statement without a date of its
   * own by someone taking part in an earlier happening of the article ("من جهته، قال الوزير"), or
   * dated on the very day of that happening ("وقال الرئيس في خطاب مساء أمس" after "أعلن الرئيس أمس
   * قطع العلاقات") when that is one side's step, not talks (what is said at talks may tell their
   * outcome), unless earlier than it ("في وقت سابق أمس"); a state or a body takes part only with a
   * role in it.
   */
  boolean saidDuring(Document doc, EventDraft p, EventDraft e, boolean eDated) {
    if (e.type != EventType.STATEMENT || p.type == EventType.STATEMENT || reaction(doc, p, e)) {
      return false;
    }
    if (p.sentence == e.sentence) {
      // "استدعت السفير، قبل أن تعلن الوزارة في بيان أن …": a later step, not said during it
      return !SequelClauses.opensSequel(lexicon, doc, e);
    }
    if (eDated && !(oneSided(p) && DraftComparisons.sameDay(p, e) && !earlierThatDay(doc, e))
        || e.status != p.status) {
      return false;
    }
    if (guestSpeaks(doc, p, e)) {
      return true; // the guest speaks, whoever else his words name
    }
    boolean speaks = false;
    for (ResolvedActor a : e.actors) {
      if (a.role() != Role.SPEAKER) {
        continue;
      }
      speaks = true;
      if (!among(a, p.actors) || a.kind() != ActorKind.PERSON && !tookPart(a, p)) {
        return false;
      }
    }
    return speaks || turnAtGathering(doc, p, e);
  }

  /** At most this many words between the saying verb and the guest noun ("الوزير الضيف"). */
  private static final int GUEST_REACH = 2;

  /**
   * "وأعرب الضيف عن شكره لحفاوة الاستقبال" after a visit: the saying's subject is the guest, the
   * visitor of that visit, and his word during it is part of it (the guide's one visit event;
   * comments on a visit by the visitor are its evidence).
   */
  private boolean guestSpeaks(Document doc, EventDraft p, EventDraft e) {
    boolean visit =
        p.type == EventType.VISIT || p.actors.stream().anyMatch(a -> a.role() == Role.VISITOR);
    if (!visit || !e.head.trigger().form().verbal()) {
      return false;
    }
    int to = Math.min(doc.sentences().get(e.sentence).endToken(), e.head.end() + GUEST_REACH + 1);
    for (int t = e.head.end(); t < to; t++) {
      if (lexicon.is(FunctionWord.GUEST, doc.tokens().get(t).text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * e's date phrase stands in what e says, after the complementizer that opens it ("وأعرب عن
   * ارتياحه، مشيراً إلى أن افتتاح السفارة في شهر مارس شكّل مرحلة جديدة"): it dates what is told,
   * not the saying, which has no day of its own.
   */
  boolean datedInWhatIsSaid(Document doc, EventDraft e) {
    if (e.type != EventType.STATEMENT || e.date == null || !e.head.trigger().form().verbal()) {
      return false;
    }
    int to = Math.min(e.date.first(), doc.sentences().get(e.sentence).endToken());
    for (int t = e.head.end(); t < to; t++) {
      if (lexicon.is(FunctionWord.COMPLEMENTIZER, doc.tokens().get(t).text())) {
        return true;
      }
    }
    return false;
  }

  /** At most this many words before the saying verb (من جهته، ومن جانبه). */
  private static final int LEAD = 3;

  /**
   * "من جهته، قال ديبي …" after a visit or talks, the speaker not read as an actor: the floor given
   * to the other side of the gathering, whose states are all the saying names, is its word at the
   * occasion (the guide: a saying at an occasion is part of it unless news of its own).
   */
  private boolean turnAtGathering(Document doc, EventDraft p, EventDraft e) {
    if (oneSided(p) || e.actors.isEmpty() || !e.head.trigger().form().verbal()) {
      return false;
    }
    for (ResolvedActor a : e.actors) {
      if (!among(a, p.actors)) {
        return false;
      }
    }
    var tokens = doc.tokens();
    int h = e.head.first();
    int from = doc.sentences().get(e.sentence).firstToken();
    if (h - from > LEAD) {
      return false;
    }
    for (int i = from; i < h; i++) {
      String w = Proclitics.withoutConjunction(tokens.get(i).text());
      if (lexicon.is(FunctionWord.REPLY_OPENER, w)
          || i + 1 < h
              && lexicon.is(FunctionWord.REPLY_OPENER, w + " " + tokens.get(i + 1).text())) {
        return true;
      }
    }
    return false;
  }

  /** A step one side takes, not one of parties together (talks, a visit, a signing). */
  private static boolean oneSided(EventDraft p) {
    return p.type != EventType.MEETING && p.type != EventType.VISIT && p.type != EventType.DEAL;
  }

  /** e's date phrase, or the words from its verb to it, say "earlier" ("في وقت سابق أمس"). */
  private boolean earlierThatDay(Document doc, EventDraft e) {
    int from = Math.min(e.head.first(), e.date.first());
    return lexicon.anyIn(FunctionWord.EARLIER, doc.tokens(), from, e.date.end());
  }

  /**
   * A state or a body speaks during a happening only as a side of it (the host, a party to the
   * talks, the attacker); one merely named there ("نفت السلطات السودانية", "أعلنت باريس أنها ستقدم
   * دعماً") reacts to it, and its word is news of its own.
   */
  private static boolean tookPart(ResolvedActor a, EventDraft p) {
    boolean roles = false;
    for (ResolvedActor b : p.actors) {
      roles |= b.role() != null;
      if (b.name().equals(a.name()) && b.role() != null) {
        return true;
      }
    }
    // no sides read ("قررت الجزائر سحب سفيرها"): the state or body named first is the one acting
    return !roles && !p.actors.isEmpty() && p.actors.get(0).name().equals(a.name());
  }

  /**
   * A reaction to what was just told: a denial or rejection pointing back at it ("وهو ما نفته
   * كراكاس"), a denial in a sentence of its own, or a saying set against it by a word of contrast
   * right before its verb ("فيما دعا رئيس الوزراء …"، "في المقابل، نفت السلطات …") when no one
   * speaking took part in p ("وقال علييف خلال الحفل …، فيما وصف أردوغان الخط" is said during it).
   * It is news of its own, not words said during the happening.
   */
  boolean reaction(Document doc, EventDraft p, EventDraft e) {
    if (!e.head.trigger().form().verbal()) {
      return false;
    }
    var tokens = doc.tokens();
    int h = e.head.first();
    String verb = Proclitics.withoutConjunction(tokens.get(h).text());
    if (lexicon.is(FunctionWord.REJOINDER, verb)
        || lexicon.is(FunctionWord.DENIAL, verb) && e.sentence != p.sentence) {
      // a denial in a sentence of its own ("ونفى الحزب في بيان أي علاقة له بالحادثة") answers
      // the happening; within the claim's own sentence it is the reply within its report
      return true;
    }
    for (ResolvedActor a : e.actors) {
      if (a.role() == Role.SPEAKER && among(a, p.actors)) {
        return false;
      }
    }
    int from = doc.sentences().get(e.sentence).firstToken();
    if (h - 1 >= from && lexicon.anyIn(FunctionWord.CONTRAST, tokens, h - 1, h)) {
      return true;
    }
    if (h - 2 < from) {
      return false;
    }
    // "في حين": في is no conjunction ف before ي; the pair is read as written and without و/ف
    String pair = tokens.get(h - 2).text() + " " + tokens.get(h - 1).text();
    return lexicon.is(FunctionWord.CONTRAST, pair)
        || lexicon.is(
            FunctionWord.CONTRAST,
            Proclitics.withoutConjunction(tokens.get(h - 2).text())
                + " "
                + tokens.get(h - 1).text());
  }

  /**
   * "رحبت سلطنة عمان بـ…", then "وأعربت وزارة الخارجية في بيان لها اليوم عن …": a state's word, its
   * ministry's statement and its spokesman's saying of the same day, one speaking for the other,
   * are one statement.
   */
  boolean sameStatesWord(EventDraft p, EventDraft e) {
    if (p.type != EventType.STATEMENT || e.type != EventType.STATEMENT || p.status != e.status) {
      return false;
    }
    ResolvedActor a = speaker(p);
    ResolvedActor b = speaker(e);
    String state = a == null ? null : state(a);
    if (b == null || state == null || !state.equals(state(b))) {
      return false;
    }
    if (level(a) == level(b)) {
      return false;
    }
    // a spokesman's briefing of the day may follow his ministry's undated statement
    boolean spokesman = level(a) == SPOKESMAN || level(b) == SPOKESMAN;
    return spokesman ? oneDay(p, e) : bothOnOneDay(p, e);
  }

  /** Both dated, to one day. */
  private static boolean bothOnOneDay(EventDraft p, EventDraft e) {
    return bothResolvedEqual(p, e, false)
        && p.date != null
        && e.date != null
        && p.date.expression().precision() == org.chronology.time.Precision.DAY;
  }

  /** Both told on one day, or one of them without any date, which the other's then dates. */
  private static boolean oneDay(EventDraft p, EventDraft e) {
    EventDraft dated = p.date == null ? e : p;
    if (dated.date == null
        || dated.date.expression().precision() != org.chronology.time.Precision.DAY) {
      return false;
    }
    return p.date == null || e.date == null || bothResolvedEqual(p, e, false);
  }

  /** Who speaks for a state in d: the state, one of its institutions, or its spokesman. */
  private ResolvedActor speaker(EventDraft d) {
    ResolvedActor spokesman = null;
    for (ResolvedActor a : d.actors) {
      if (a.role() != Role.SPEAKER) {
        continue;
      }
      if (a.kind() != ActorKind.PERSON) {
        return a;
      }
      if (spokesman == null && spokesman(a)) {
        spokesman = a;
      }
    }
    return spokesman;
  }

  private boolean spokesman(ResolvedActor a) {
    if (a.office() == null) {
      return false;
    }
    String first = ArabicNormalizer.key(a.office()).split(" ")[0];
    return lexicon.is(FunctionWord.SPOKESMAN, first);
  }

  private static String state(ResolvedActor a) {
    return a.kind() == ActorKind.COUNTRY ? a.name() : a.country();
  }

  private static final int STATE = 0;
  private static final int INSTITUTION = 1;
  private static final int SPOKESMAN = 2;

  /** The state itself, an institution of it, or a person speaking for it. */
  private static int level(ResolvedActor a) {
    return a.kind() == ActorKind.COUNTRY
        ? STATE
        : a.kind() == ActorKind.PERSON ? SPOKESMAN : INSTITUTION;
  }
}
