package org.chronology.extraction.pipeline;

import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.ModalityCue;
import org.chronology.extraction.lang.TriggerForm;
import org.chronology.text.Sentence;

/**
 * Status from modality cues in scope (planned, reported, cancelled); the future prefix makes an
 * event planned; a negation (لم، لن) right before the head marks it negated.
 */
@Stage.Contract(
    name = "status",
    requires = {Layer.EVENTS, Layer.MODALITY, Layer.DATES},
    adds = Layer.STATUS)
public final class EventStatusStage implements Stage {

  private static final int BEFORE_REACH = 8;
  private static final int ADJACENT_REACH = 4;
  private static final int AFTER_REACH = 5;

  /**
   * How far after the happening's word a denial or an unconfirmed note may stand: farther, it tells
   * of a charge or a detail told since ("اتهمت جارتها بحفر خنادق …، وهو ما نفته أسمرة": the charge
   * was made; a statement is its own saying, done).
   */
  private static final int UNCONFIRMED_REACH = 10;

  /** Complementizers, for a decision announced in a dated declaration. */
  private final Lexicon lexicon;

  private static final MediaClaims CLAIMS = new MediaClaims(new OccasionDates());

  /** What a claim or the denial of one makes of the status. */
  private final ClaimStatus claims;

  public EventStatusStage(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.claims = new ClaimStatus(lexicon);
  }

  @Override
  public void process(Document doc) {
    new RelativeClauseHeads(lexicon).apply(doc); // before the status, which reads the head
    new ArmedArrivals(lexicon).apply(doc);
    for (EventDraft d : doc.events()) {
      status(doc, doc.sentences().get(d.sentence), d);
    }
    new ConjoinedPlans(lexicon).apply(doc); // "ومن المنتظر أن يلتقي …، وأن يوقع …"
  }

  private void status(Document doc, Sentence s, EventDraft d) {
    EventStatus st =
        d.head.future() && !announcedDecision(doc, s, d)
            ? EventStatus.PLANNED
            : EventStatus.HAPPENED;
    int headFirst = d.head.first();
    boolean claimed = false;
    int claimEnd = -1;
    for (CueHit c : doc.cues()) {
      if (c.sentence() != s.index()) {
        continue;
      }
      ModalityCue cue = c.cue();
      if (cue.scope() == ModalityCue.Scope.CLAIM) {
        if (c.end() <= headFirst) {
          claimed = true;
          claimEnd = Math.max(claimEnd, c.end());
        }
        continue;
      }
      boolean applies =
          switch (cue.scope()) {
            case ADJACENT ->
                c.end() <= headFirst
                    && headFirst - c.end() <= ADJACENT_REACH
                    && s.clauseOf(c.first()) == s.clauseOf(headFirst)
                    && !copulaAfter(doc, c, s)
                    && !ownNegation(doc, c, headFirst)
                    && !exceptAfter(doc, s, d);
            case BEFORE ->
                (c.end() <= headFirst && headFirst - c.end() <= BEFORE_REACH
                        || c.first() == headFirst) // a trigger phrase opened by it ("تدرس شراء")
                    && c.first() >= d.first
                    && !plot(doc, d, c);
            case SENTENCE ->
                !toldDoneBefore(doc, d, c)
                    && !untilComing(doc, s, c)
                    && !FollowUpComplement.times(doc, lexicon, s, d, c);
            case CLAIM -> false;
            case AFTER ->
                c.first() >= d.head.end()
                    && c.first() - d.head.end() <= AFTER_REACH
                    && s.clauseOf(c.first()) == s.clauseOf(headFirst);
            case PREDICATE ->
                d.head.trigger().form() == TriggerForm.NOUN
                    && c.first() >= d.head.end()
                    && noHappeningBetween(doc, d, c)
                    && !subjectAfter(doc, c);
            case UNCONFIRMED ->
                d.type != EventType.STATEMENT
                    && c.first() >= d.head.end()
                    && c.first() - d.head.end() <= UNCONFIRMED_REACH
                    && noHappeningBetween(doc, d, c);
          };
      if (!applies) {
        continue;
      }
      if (cue.scope() == ModalityCue.Scope.ADJACENT) {
        d.negated = true;
      }
      if (cue.scope() == ModalityCue.Scope.UNCONFIRMED) {
        d.unconfirmed = true;
      }
      if (rank(cue.status()) > rank(st)) {
        st = cue.status();
      }
    }
    if ((st == EventStatus.HAPPENED || st == EventStatus.PLANNED) && witnessedPlan(doc, s, d)) {
      // planned already by its frame ("ومن المقرر أن يشهد …") or by the witnessing: told by that
      // verb either way, as a programme's signing the dev conventions count as its own event
      st = EventStatus.PLANNED;
      d.witnessedAhead = true;
    }
    if (rank(EventStatus.PLANNED) > rank(st) && new AgreedSteps(lexicon).planned(doc, s, d)) {
      st = EventStatus.PLANNED;
    }
    if (st == EventStatus.HAPPENED && new InvitedVisits(lexicon).invitedTo(doc, d.head)) {
      // "دعوة لزيارة القاهرة": the trip invited to is still to come
      st = EventStatus.PLANNED;
    }
    if (st == EventStatus.HAPPENED && declaredPlan(doc, s, d)) {
      st = EventStatus.PLANNED;
    }
    if (st == EventStatus.HAPPENED && dueAhead(doc, s, d)) {
      st = EventStatus.PLANNED;
    }
    if (st == EventStatus.HAPPENED && new ProgrammeWeekdays(lexicon).ahead(doc, s, d)) {
      st = EventStatus.PLANNED;
    }
    if (rank(EventStatus.REPORTED) > rank(st) && possible(doc, d)) {
      st = EventStatus.REPORTED;
    }
    if (st == EventStatus.HAPPENED && claims.deniedClaim(doc, s, d)) {
      st = EventStatus.REPORTED;
      EventType denied = ClaimStatus.deniedHappening(doc, s, d, claims.claimCue(doc, s, d));
      if (denied != null) {
        d.type = denied; // "نفت الوزارة تقارير عن عبور شحنات أسلحة": the shipments, reported
      }
    }
    d.mediaClaim =
        CLAIMS.frames(doc, s, headFirst)
            || d.type == EventType.STATEMENT
                && d.head.trigger().form() == TriggerForm.FRAME
                && CLAIMS.ownFrame(doc, s, headFirst);
    if (claimed && st == EventStatus.HAPPENED) {
      if (claims.plannedInClaim(doc, s, claimEnd, headFirst)) {
        // "نقلت عن مصادر أن الرئيسين سيعقدان اليوم جلسة محادثات": a plan the sources tell
        st = EventStatus.PLANNED;
      } else if (!claims.rejoinder(doc, d) && !claims.toldBefore(doc, d)) {
        // what the press or unnamed sources say took place; a plan they tell stays planned. A
        // claim the article does not confirm, told as plainly as a fact (not a hedge)
        st = EventStatus.REPORTED;
        d.unconfirmed = true;
      }
    }
    d.status = st;
  }

  /** How far after the happening's word "except" may close its negation. */
  private static final int EXCEPT_REACH = 6;

  /**
   * "لم تفتح باكو سفارتها في تل أبيب إلا في مارس": "except" in the negated clause, shortly after
   * the happening's word, says when it took place; the negation does not call it off.
   */
  private boolean exceptAfter(Document doc, Sentence s, EventDraft d) {
    int to = Math.min(s.endToken(), d.head.end() + EXCEPT_REACH);
    for (int i = d.head.end(); i < to; i++) {
      if (s.clauseOf(i) != s.clauseOf(d.head.first())) {
        return false;
      }
      if (lexicon.is(FunctionWord.EXCEPT, doc.tokens().get(i).text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "زيارة الوزير إلى عمّان، التي كانت مقررة اليوم، ألغيت": no other happening's word stands
   * between the noun and the verb of calling off, so the verb tells what became of that happening.
   */
  private boolean noHappeningBetween(Document doc, EventDraft d, CueHit verb) {
    for (EventDraft o : doc.events()) {
      if (o != d
          && o.sentence == d.sentence
          && o.head.first() >= d.head.end()
          && o.head.first() < verb.first()) {
        return false;
      }
    }
    // "عقدت الجولة الثانية، فيما أرجئت جولة ثالثة": a contrast opens another happening's clause
    return !lexicon.anyIn(FunctionWord.CONTRAST, doc.tokens(), d.head.end(), verb.first());
  }

  /**
   * "بعد أن تأجلت القمة التي كانت مقررة": a happening's word right after the verb is its own
   * subject, another happening than the one told before.
   */
  private static boolean subjectAfter(Document doc, CueHit verb) {
    for (TriggerHit t : doc.triggers()) {
      if (t.first() == verb.end() || t.first() == verb.end() + 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * "لم تكن زيارة الرئيس … حدثاً عابراً": a negated copula denies what the happening was, not that
   * it took place (the guide's cancelled is for events called off).
   */
  private boolean copulaAfter(Document doc, CueHit c, Sentence s) {
    return c.end() < s.endToken()
        && lexicon.is(FunctionWord.NEGATED_COPULA, doc.tokens().get(c.end()).text());
  }

  /**
   * "ولم تمض ساعات حتى أعلنت …"، "ولم تنس باكو الهجوم …"، "عن مسؤول لم تسمه أن …": the verb right
   * after the negation, not the happening's own word, is one whose negation stays its own; the
   * happening named after it took place.
   */
  private boolean ownNegation(Document doc, CueHit c, int headFirst) {
    return c.end() < headFirst
        && lexicon.is(FunctionWord.NEGATION_OWN, doc.tokens().get(c.end()).text());
  }

  /**
   * How far before a happening's noun the verb of witnessing it may stand, with its subject and a
   * place or time phrase between ("سيشهد الجانبان خلال الزيارة التوقيع على مذكرة تفاهم").
   */
  private static final int WITNESS_REACH = 10;

  /**
   * "كما سيشهد الجانبان خلال الزيارة التوقيع على مذكرة تفاهم"، "ومن المنتظر أن يشهد الزعيمان في
   * ختام المباحثات توقيع عدد من مذكرات التفاهم": a signing or other act told by its noun as the
   * object of a verb of witnessing that is itself still to come (the future prefix, or a plan word
   * right before it) is still to come too, the guide's planned for a scheduled event; the plan word
   * stands before the witnessing, farther from the act than a plan word's usual reach. A witnessing
   * told in the past ("وشهد الزعيمان توقيع …") or in a headline's present ("يشهدان توقيع") keeps
   * the act done.
   */
  private boolean witnessedPlan(Document doc, Sentence s, EventDraft d) {
    if (d.head.trigger().form() != TriggerForm.NOUN) {
      return false;
    }
    int h = d.head.first();
    for (int w = h - 1; w >= Math.max(s.firstToken(), h - WITNESS_REACH); w--) {
      if (!witnessing(doc, w, false)) {
        continue;
      }
      for (EventDraft o : doc.events()) {
        if (o != d
            && o.sentence == d.sentence
            && o.head.trigger().form().verbal()
            && o.head.first() > w
            && o.head.first() < h) {
          return false; // another clause's verb stands between: its act is witnessed
        }
      }
      return witnessing(doc, w, true) || planRightBefore(doc, s, w);
    }
    return false;
  }

  /** Token i is a verb of witnessing (with the future prefix, when {@code future}). */
  private boolean witnessing(Document doc, int i, boolean future) {
    for (org.chronology.text.Proclitics.Form f : doc.forms().of(i)) {
      if ((!future || f.future()) && lexicon.is(FunctionWord.WITNESS, f.text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A planning verb before an attack ("اعتقلت خلية كانت تخطط لاغتيال السفير"): a plot, the guide's
   * incident (foiled plot), which the plan word does not make a plan.
   */
  private boolean plot(Document doc, EventDraft d, CueHit c) {
    return d.type == EventType.INCIDENT
        && lexicon.isBareOrJoined(FunctionWord.PLOT, doc.tokens().get(c.first()).text());
  }

  /** A plan word ("من المنتظر أن"، "من المقرر أن") of the sentence ends right before token i. */
  private static boolean planRightBefore(Document doc, Sentence s, int i) {
    for (CueHit c : doc.cues()) {
      if (c.sentence() == s.index()
          && c.cue().status() == EventStatus.PLANNED
          && c.cue().scope() == ModalityCue.Scope.BEFORE
          && c.end() <= i
          && i - c.end() <= ADJACENT_REACH) {
        return true;
      }
    }
    return false;
  }

  /**
   * "تعقد اللجنة اجتماعها الأول في القاهرة قبل نهاية العام الجاري": a happening told by its noun or
   * a present verb whose own clause gives it a deadline still ahead (from the publication day to
   * the end of a period not yet over, an exact span the tagger reads from "قبل/بحلول نهاية …") is
   * still to come (guide, Status: planned for future events). A past verb keeps its status: the
   * deadline is then a later step's ("اتفقا على إنجاز المشروع قبل نهاية العام").
   */
  private boolean dueAhead(Document doc, Sentence s, EventDraft d) {
    var pub = doc.article().publishedOn();
    TriggerForm form = d.head.trigger().form();
    if (pub == null || form != TriggerForm.NOUN && form != TriggerForm.PRESENT) {
      return false;
    }
    int clause = s.clauseOf(d.head.first());
    for (DateHit h : doc.dates()) {
      var e = h.expression();
      if (h.first() >= d.head.end()
          && h.first() < d.end
          && s.clauseOf(h.first()) == clause
          && h.first() > 0
          && lexicon.isBareOrJoined(FunctionWord.DEADLINE, doc.tokens().get(h.first() - 1).text())
          && e.relative()
          && !e.approximate()
          && e.precision() != org.chronology.time.Precision.DAY
          && pub.equals(e.start())
          && e.end() != null
          && e.end().isAfter(pub)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "قد" before a present verb ("قد يزور المغرب") tells what may happen, a report of a possibility;
   * before a past verb ("قد زار") the same particle tells what has happened. Behind و or ف ("وقد
   * يزور") it is the same particle.
   */
  private boolean possible(Document doc, EventDraft d) {
    int h = d.head.first();
    return d.head.trigger().form() == TriggerForm.PRESENT
        && h > doc.sentences().get(d.sentence).firstToken()
        && lexicon.isBareOrJoined(FunctionWord.PERFECT, doc.tokens().get(h - 1).text());
  }

  /**
   * "قالت تركيا وإسرائيل يوم الأربعاء إنهما ستعيدان العلاقات": a step told by its noun after a
   * future helper, in what a dated declaration says, is a decision taken and announced that day
   * (the guide's declared happening), not a plan; undated ("وبحسب البيان، ستعيد الدولتان فتح
   * سفارتيهما") it stays planned.
   */
  private boolean announcedDecision(Document doc, Sentence s, EventDraft d) {
    if (d.head.trigger().form() != TriggerForm.NOUN) {
      return false;
    }
    for (int c = d.head.first() - 1; c > s.firstToken(); c--) {
      String w = doc.tokens().get(c).text();
      if (lexicon.is(FunctionWord.COMPLEMENTIZER, w) || lexicon.is(FunctionWord.SAID_THAT, w)) {
        return !SentenceDates.datesIn(doc, s.firstToken(), c).isEmpty();
      }
    }
    return false;
  }

  /** How far after the complementizer the declared future verb may stand. */
  private static final int DECLARED_REACH = 8;

  /**
   * "وأعلنت الشركة أنها ستبدأ الحفر خلال عام 2023": a statement whose verb declares what will be
   * done (a future verb in its complement) tells a planned act, as "من المقرر أن" does. A
   * declaration dated before its complement with no date of the act after it ("أعلنا يوم الأربعاء
   * أنهما ستعيدان العلاقات") is a decision taken that day, as in {@link #announcedDecision}.
   */
  private boolean declaredPlan(Document doc, Sentence s, EventDraft d) {
    if (d.type != EventType.STATEMENT || d.head.future()) {
      return false;
    }
    var tokens = doc.tokens();
    int h = d.head.first();
    if (!lexicon.is(
        FunctionWord.DECLARED_PLAN,
        org.chronology.text.Proclitics.withoutAnd(tokens.get(h).text()))) {
      return false;
    }
    for (int c = d.head.end(); c < s.endToken() && c <= h + 2 * DECLARED_REACH; c++) {
      String w = tokens.get(c).text();
      if (!lexicon.is(FunctionWord.COMPLEMENTIZER, w) && !lexicon.is(FunctionWord.SAID_THAT, w)) {
        continue;
      }
      for (int v = c + 1; v < s.endToken() && v <= c + DECLARED_REACH; v++) {
        if (s.clauseOf(v) != s.clauseOf(c + 1)) {
          break;
        }
        if (futureVerb(tokens.get(v).text())) {
          return SentenceDates.datesIn(doc, s.firstToken(), c).isEmpty() && !actOfItsOwn(doc, d, c);
        }
      }
      return false;
    }
    return false;
  }

  /**
   * "أعلنت الوزارة أن الوزير سيزور أنقرة": the act has an event of its own in the complement, so
   * the statement is the declaration, done.
   */
  private static boolean actOfItsOwn(Document doc, EventDraft d, int complementizer) {
    for (EventDraft o : doc.events()) {
      if (o != d && o.sentence == d.sentence && o.head.first() > complementizer) {
        return true;
      }
    }
    return false;
  }

  /** "ستبدأ"، "سيعاد": the future prefix before a present prefix, not a word that begins so. */
  private boolean futureVerb(String token) {
    return DeclaredPlans.futureVerb(lexicon, token);
  }

  /**
   * "دعا الاتحاد الطرفين إلى الحوار، وأعلن أنه سيوفد بعثة خلال الأيام المقبلة": a past-tense verb
   * told before another happening of its sentence that a sentence-wide future word ("المقبل",
   * "غداً") follows is done; the word times the later happening. With no happening between them
   * ("أعلن أن الحكومة ستعقد الأربعاء المقبل جلسة"), the verb stands for what it announced.
   */
  private static boolean toldDoneBefore(Document doc, EventDraft d, CueHit c) {
    if (d.head.trigger().form() != TriggerForm.VERB
        || d.head.future()
        || c.cue().status() != EventStatus.PLANNED
        || c.first() < d.head.end()) {
      return false;
    }
    for (EventDraft o : doc.events()) {
      if (o.sentence == d.sentence
          && o.head.first() >= d.head.end()
          && o.head.first() < c.first()) {
        return true;
      }
    }
    return false;
  }

  /** How far before a coming day's word "until" may stand ("حتى نهاية الأسبوع المقبل"). */
  private static final int UNTIL_REACH = 3;

  /**
   * "في زيارة رسمية تستمر حتى الأربعاء المقبل": a coming day after "until" is when a happening
   * under way ends, not a sign that it is still to come (the guide: planned is for what is
   * scheduled).
   */
  private boolean untilComing(Document doc, Sentence s, CueHit c) {
    if (c.cue().status() != EventStatus.PLANNED) {
      return false;
    }
    int from = Math.max(s.firstToken(), c.first() - UNTIL_REACH);
    return lexicon.anyIn(FunctionWord.UNTIL, doc.tokens(), from, c.first());
  }

  private static int rank(EventStatus s) {
    return switch (s) {
      case HAPPENED -> 0;
      case PLANNED -> 1;
      case REPORTED -> 2;
      case CANCELLED -> 3;
    };
  }
}
