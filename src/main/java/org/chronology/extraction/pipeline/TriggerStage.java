package org.chronology.extraction.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.Suffix;
import org.chronology.extraction.lang.Trigger;
import org.chronology.extraction.lang.TriggerForm;
import org.chronology.text.PhraseMatcher;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;

/** Trigger words of every event type (triggers.tsv), with how they were written. */
@Stage.Contract(
    name = "triggers",
    requires = {Layer.SENTENCES, Layer.DATES},
    adds = Layer.TRIGGERS)
public record TriggerStage(Lexicon lexicon) implements Stage {

  @Override
  public void process(Document doc) {
    List<TriggerHit> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      boolean[] quoted = Quotes.quotedTokens(doc, s);
      for (PhraseMatcher.Match<Trigger> m :
          lexicon.triggers().find(doc.tokens(), doc.forms(), s.firstToken(), s.endToken())) {
        Trigger t = best(m.values());
        String word = doc.tokens().get(m.first()).text();
        boolean future = m.form().future() && t.form().verbal();
        if (m.form().future() && !t.form().verbal()) {
          continue; // a noun read behind the future prefix is a misreading
        }
        if (t.form() == TriggerForm.VERB && m.form().preposition()) {
          continue; // a past verb takes no preposition: "طالب بفرض عقوبات" is a verbal noun
        }
        if (t.form().verbal()
            && m.form().definite()
            && m.end() - m.first() == 1
            && !t.phrase().contains("*")) {
          continue; // a verb takes no article: "الهجوم السافر" is an adjective, not سافر
        }
        if (t.form() == TriggerForm.PRESENT
            && t.type() == org.chronology.extraction.EventType.STATEMENT
            && quoted[m.first() - s.firstToken()]) {
          continue; // "قالت إنها «ترحب بالقرار»": the speaker's words; the saying is the frame
        }
        boolean possessive =
            t.form() == TriggerForm.NOUN && lexicon.hasSuffix(Suffix.POSSESSED, word);
        out.add(
            new TriggerHit(
                s.index(),
                m.first(),
                m.end(),
                t,
                future,
                m.form().definite() || Proclitics.hasArticle(word),
                possessive,
                quoted[m.first() - s.firstToken()]));
      }
      out.addAll(VerbObjectTriggers.find(lexicon, doc, s, out, quoted));
      out.addAll(AgreementTriggers.find(lexicon, doc, s, out, quoted));
      out.addAll(PlannedTriggers.find(lexicon, doc, s, out, quoted));
      out.addAll(ReactionTriggers.find(lexicon, doc, s, out, quoted));
      out.addAll(ExpressedReactions.find(lexicon, doc, s, out, quoted));
      out.addAll(ArrivalTriggers.find(lexicon, doc, s, out, quoted));
      out.addAll(SessionTriggers.find(lexicon, doc, s, out, quoted));
    }
    out.sort(java.util.Comparator.comparingInt(TriggerHit::first));
    int talksRound = Integer.MAX_VALUE;
    int talksRoundAt = Integer.MAX_VALUE; // first token of the first round of talks
    for (TriggerHit h : out) {
      if (roundOfTalks(doc, h, out) && h.first() < talksRoundAt) {
        talksRound = h.sentence();
        talksRoundAt = h.first();
      }
    }
    out.removeIf(
        h ->
            occurs(doc, h, out)
                || timeSpan(doc, h)
                || CountedSpans.decades(lexicon, doc, h)
                || roundOfTalks(doc, h, out)
                || delegationAtTalks(doc, h, out)
                || UndoneHappenings.purpose(lexicon, doc, h)
                || frameOfVisit(doc, h, out)
                || UndoneHappenings.calledFor(lexicon, doc, h, out)
                || UndoneHappenings.hopedOnly(lexicon, doc, h, out)
                || UndoneHappenings.deadlineStart(lexicon, doc, h)
                || UndoneHappenings.standingDemand(lexicon, doc, h, out)
                || paperUse(doc, h)
                || pressReview(doc, h)
                || ownSettingNoun(doc, h));
    org.chronology.extraction.EventType openedBefore = null; // what the article's last opening was
    for (int i = 0; i < out.size(); i++) {
      TriggerHit h = out.get(i);
      org.chronology.extraction.EventType opened = opensSomethingElse(doc, h, out);
      if (opened == org.chronology.extraction.EventType.OTHER
          && openedBefore != null
          && h.definite()
          && !h.trigger().form().verbal()) {
        // "يحضران الافتتاح": the opening named alone is the one told before (of a base, a mission)
        opened = openedBefore;
      }
      if (opened != null && opened != org.chronology.extraction.EventType.OTHER) {
        openedBefore = opened;
      }
      if (opened != null && opened != h.trigger().type()) {
        out.set(i, retyped(h, opened));
      } else if (DiscussedDeals.discussesDeal(lexicon, doc, h, out)) {
        out.set(i, retyped(h, org.chronology.extraction.EventType.DEAL));
      } else if (receivesDiplomatic(doc, h, out)) {
        out.set(i, retyped(h, org.chronology.extraction.EventType.DIPLOMATIC));
      } else if (DepositedMoney.deposits(lexicon, doc, h)) {
        out.set(i, retyped(h, org.chronology.extraction.EventType.DEAL));
      } else if (receivesNoGoods(doc, h)) {
        out.set(i, retyped(h, org.chronology.extraction.EventType.OTHER));
      } else if (UndoneHappenings.hypothesis(lexicon, doc, h)
          || UndoneHappenings.conditional(lexicon, doc, h, out)
          || UndoneHappenings.quotedIncident(h, out)
          || UndoneHappenings.demanded(lexicon, doc, h, out)
          || UndoneHappenings.hopedInSaying(lexicon, doc, h, out)) {
        // "محذراً من أن أي هجوم سيدفع ثمنه"، "نفى عقد أي لقاء": the warning or the denial
        out.set(i, retyped(h, org.chronology.extraction.EventType.STATEMENT));
      } else if (round(doc, h) && afterTalksRound(doc, h, out, talksRound, talksRoundAt)) {
        // "وعقب انتهاء الجولة"، "تلتها جولة ثانية": after a round of talks, a round is talks
        out.set(i, retyped(h, org.chronology.extraction.EventType.MEETING));
      } else if (VisaAgreements.setsVisaPolicy(lexicon, doc, h, out)) {
        out.set(i, retyped(h, org.chronology.extraction.EventType.DIPLOMATIC));
      } else if (NumberedRounds.retype(lexicon, doc, h, out) != null) {
        out.set(i, retyped(h, NumberedRounds.retype(lexicon, doc, h, out)));
      }
      if (!h.future()
          && h.trigger().form() == TriggerForm.NOUN
          && (FutureHelpers.futureHelped(lexicon, doc, h)
              || UndoneHappenings.hopedForATime(lexicon, doc, h))) {
        TriggerHit r = out.get(i);
        out.set(
            i,
            new TriggerHit(
                r.sentence(),
                r.first(),
                r.end(),
                r.trigger(),
                true,
                r.definite(),
                r.possessive(),
                r.inQuote()));
      }
    }
    doc.setTriggers(out);
  }

  private static TriggerHit retyped(TriggerHit h, org.chronology.extraction.EventType type) {
    Trigger t = h.trigger();
    return new TriggerHit(
        h.sentence(),
        h.first(),
        h.end(),
        new Trigger(type, t.phrase(), t.strength(), t.form(), t.subjectRole(), t.objectRole()),
        h.future(),
        h.definite(),
        h.possessive(),
        h.inQuote());
  }

  /**
   * A round told after the article's first round of talks, in a later sentence or later in the same
   * one ("جولة أولى من المحادثات …، تلتها جولة ثانية"), or in the headline that sums the article
   * up, is a round of those talks, not a journey. In a sentence that also tells a journey (زيارة)
   * the same-sentence reading is left alone: the rounds may be that journey's legs.
   */
  private boolean afterTalksRound(
      Document doc, TriggerHit h, List<TriggerHit> all, int sentence, int at) {
    if (sentence == Integer.MAX_VALUE) {
      return false;
    }
    if (h.sentence() > sentence || doc.sentences().get(h.sentence()).headline()) {
      return true;
    }
    if (h.sentence() != sentence || h.first() <= at) {
      return false;
    }
    for (TriggerHit o : all) {
      if (o.sentence() == h.sentence()
          && o.trigger().type() == org.chronology.extraction.EventType.VISIT
          && !round(doc, o)) {
        return false;
      }
    }
    return true;
  }

  private boolean round(Document doc, TriggerHit h) {
    return h.trigger().type() == org.chronology.extraction.EventType.VISIT
        && (lexicon.is(
                FunctionWord.ROUND,
                Proclitics.withoutConjunction(doc.tokens().get(h.first()).text()))
            || lexicon.is(FunctionWord.ROUND, doc.tokens().get(h.first()).text()));
  }

  /**
   * "منذ عقود"، "نزاع استمر ثلاثة عقود"، "عقداً كاملاً": a deal noun that also names a span of time
   * (عقد: a contract or a decade) measures time when a duration word stands before it, past numbers
   * and "أكثر من", or "كاملاً"/"من الزمن" after it.
   */
  private boolean timeSpan(Document doc, TriggerHit h) {
    String word = doc.tokens().get(h.first()).text();
    String bare = Proclitics.withoutAndOrPreposition(word);
    if (h.trigger().form().verbal()
        || !(lexicon.is(FunctionWord.SPAN_NOUN, word)
            || lexicon.is(FunctionWord.SPAN_NOUN, bare))) {
      return false;
    }
    Sentence s = doc.sentences().get(h.sentence());
    if (h.end() < s.endToken()) {
      String next = doc.tokens().get(h.end()).text();
      if (lexicon.is(FunctionWord.SPAN_AFTER, next)
          || lexicon.is(FunctionWord.PARTITIVE, next)
              && h.end() + 1 < s.endToken()
              && lexicon.is(FunctionWord.SPAN_AFTER, doc.tokens().get(h.end() + 1).text())) {
        return true;
      }
    }
    for (int i = h.first() - 1; i >= s.firstToken(); i--) {
      String w = Proclitics.withoutConjunction(doc.tokens().get(i).text());
      if (lexicon.is(FunctionWord.SPAN_BEFORE, w)) {
        return true;
      }
      if (!lexicon.is(FunctionWord.SPAN_BETWEEN, w)) {
        return false;
      }
    }
    return false;
  }

  /**
   * "جوازات سفر مغربية"، "تأشيرات سريعة للسياح الأتراك لزيارة عشر جزر": a journey noun after a
   * passport or a visa word, within a few words of its clause, is what the paper is for, not a
   * visit; the visa, when it is a trigger, types the sentence.
   */
  private boolean paperUse(Document doc, TriggerHit h) {
    if (h.trigger().type() != org.chronology.extraction.EventType.VISIT
        || h.trigger().form().verbal()) {
      return false;
    }
    Sentence s = doc.sentences().get(h.sentence());
    for (int i = h.first() - 1; i >= Math.max(s.firstToken(), h.first() - PAPER_REACH); i--) {
      if (s.clauseOf(i) != s.clauseOf(h.first())) {
        return false;
      }
      for (Proclitics.Form f : doc.forms().of(i)) {
        if (lexicon.is(FunctionWord.TRAVEL_PAPER, f.text())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * How many words a visa may stand before the journey it is for (تأشيرات سريعة للسياح الأتراك).
   */
  private static final int PAPER_REACH = 5;

  /**
   * "في مؤتمر صحفي"، "في مؤتمره الصحفي الأسبوعي": a gathering noun that with the word after it is
   * the speaker's own occasion to speak (own-setting) is no meeting; the saying is the news.
   */
  private boolean ownSettingNoun(Document doc, TriggerHit h) {
    Sentence s = doc.sentences().get(h.sentence());
    if (h.trigger().type() != org.chronology.extraction.EventType.MEETING
        || h.trigger().form().verbal()
        || h.end() != h.first() + 1
        || h.end() >= s.endToken()) {
      return false;
    }
    String next = doc.tokens().get(h.end()).text();
    String bare =
        Proclitics.hasArticle(next) ? next.substring(Proclitics.article().length()) : next;
    for (Proclitics.Form f : doc.forms().of(h.first())) {
      if (lexicon.is(FunctionWord.OWN_SETTING, f.text() + " " + next)
          || lexicon.is(FunctionWord.OWN_SETTING, f.text() + " " + bare)) {
        return true;
      }
    }
    return false;
  }

  /** "جولة الصحف"، "جولة في الصحافة العربية": a review of the press, not a journey. */
  private boolean pressReview(Document doc, TriggerHit h) {
    if (!round(doc, h)) {
      return false;
    }
    Sentence s = doc.sentences().get(h.sentence());
    int at = h.end();
    if (at < s.endToken() && lexicon.is(FunctionWord.PRESS_IN, doc.tokens().get(at).text())) {
      at++;
    }
    return at < s.endToken() && lexicon.is(FunctionWord.PRESS, doc.tokens().get(at).text());
  }

  /** "جولة محادثات" / "جولة جديدة من المفاوضات": the round is the talks, not a journey. */
  private boolean roundOfTalks(Document doc, TriggerHit h, List<TriggerHit> all) {
    if (!round(doc, h)) {
      return false;
    }
    for (TriggerHit o : all) {
      if (o.sentence() == h.sentence()
          && o.trigger().type() == org.chronology.extraction.EventType.MEETING
          && o.first() >= h.end()
          && o.first() - h.end() < OPENED_REACH) {
        return true;
      }
    }
    return false;
  }

  /**
   * The guide's visit is a journey to another state; a meeting is talks wherever they are. "جولة
   * مفاوضات بين الوفدين" names talks and their parties, not a journey: a delegation noun is no
   * visit when its sentence has talks and names no journey (زيارة، وصل …) besides.
   */
  private boolean delegationAtTalks(Document doc, TriggerHit h, List<TriggerHit> all) {
    if (!delegation(doc, h)) {
      return false;
    }
    boolean talks = false;
    for (TriggerHit o : all) {
      if (o.sentence() != h.sentence() || o == h) {
        continue;
      }
      if (o.trigger().type() == org.chronology.extraction.EventType.MEETING) {
        talks = true;
      } else if (o.trigger().type() == org.chronology.extraction.EventType.VISIT
          && !delegation(doc, o)
          && !round(doc, o)) {
        return false;
      }
    }
    return talks;
  }

  private boolean delegation(Document doc, TriggerHit h) {
    if (h.trigger().type() != org.chronology.extraction.EventType.VISIT
        || h.trigger().form().verbal()) {
      return false;
    }
    for (var form : doc.forms().of(h.first())) {
      if (lexicon.is(FunctionWord.DELEGATION, form.text())
          || lexicon.startsWith(FunctionWord.DELEGATION, form.text())) {
        return true;
      }
    }
    return false;
  }

  /** How far after an opening verb the mission it opens may be named ("افتتح رسمياً سفارة"). */
  private static final int OPENED_REACH = 4;

  /**
   * How far before an opening verb the thing it opens may stand as its subject ("سفارة بلاده التي
   * افتتحت"، "القمة التي افتتحت أعمالها"، "بسفارة مقيمة افتتحت").
   */
  private static final int OPENED_BEFORE_REACH = 3;

  /**
   * How far after an opening verb, in its clause, a base it opens may be named when a date and an
   * adjective stand between ("افتتحت أنقرة في سبتمبر 2017 أكبر قاعدة عسكرية لها").
   */
  private static final int OPENED_BASE_REACH = 9;

  /**
   * Opening is a diplomatic step only for a mission or an office ("افتتح سفارة"، "سفارة بلاده التي
   * افتتحت"); opening a military base is military activity (the guide's deployment); a summit or a
   * conference that opened its work ("القمة التي افتتحت أعمالها") is the meeting, its subject
   * before the verb (taking part in the opening of a forum, "سيشارك في افتتاح منتدى", is a ceremony
   * of a visit, left as it was); opening a dam, a railway or a session ("افتتح السد") is another
   * kind of happening. Returns the type of the opening, or null when the trigger is no opening.
   */
  private org.chronology.extraction.EventType opensSomethingElse(
      Document doc, TriggerHit h, List<TriggerHit> all) {
    if (h.trigger().type() != org.chronology.extraction.EventType.DIPLOMATIC
        || !opening(doc.tokens().get(h.first()).text())) {
      return null;
    }
    var s = doc.sentences().get(h.sentence());
    org.chronology.extraction.EventType meeting = null;
    for (TriggerHit o : all) {
      if (o == h || o.sentence() != h.sentence() || opening(doc.tokens().get(o.first()).text())) {
        continue;
      }
      boolean after = o.first() >= h.end() && o.first() - h.end() < OPENED_REACH;
      boolean before = o.end() <= h.first() && h.first() - o.end() < OPENED_BEFORE_REACH;
      if (!after && !before) {
        continue;
      }
      if (o.trigger().type() == org.chronology.extraction.EventType.DIPLOMATIC) {
        return h.trigger().type();
      }
      if (before
          && o.trigger().type() == org.chronology.extraction.EventType.MEETING
          && !o.trigger().form().verbal()) {
        meeting = org.chronology.extraction.EventType.MEETING;
      }
    }
    if (meeting != null) {
      return meeting;
    }
    int clause = s.clauseOf(h.first());
    if (opensOffice(doc, h, s, clause)) {
      return h.trigger().type();
    }
    for (int t = h.end(); t < Math.min(s.endToken(), h.end() + OPENED_BASE_REACH); t++) {
      if (s.clauseOf(t) != clause) {
        break;
      }
      if (EventSegmentStage.reads(lexicon, doc, FunctionWord.OPENED_BASE, t)) {
        return org.chronology.extraction.EventType.MILITARY;
      }
    }
    return org.chronology.extraction.EventType.OTHER;
  }

  /**
   * How far before an opening verb an office may stand as its subject, its qualifiers and قد
   * between ("مكتب التجارة والسياحة الأذربيجاني افتتح في …"، "كان مكتب التعاون الكيني قد افتتح").
   */
  private static final int OPENED_OFFICE_BEFORE_REACH = 5;

  /**
   * An office named, in the opening's clause, right after it as what is opened ("افتتح المكتب يوم
   * الأحد"، "افتتاح مكتب الاتصال") or before it as what opened: the guide's office opened, a
   * diplomatic step, whatever words qualify the office.
   */
  private boolean opensOffice(Document doc, TriggerHit h, Sentence s, int clause) {
    int from = Math.max(s.firstToken(), h.first() - OPENED_OFFICE_BEFORE_REACH);
    int to = Math.min(s.endToken(), h.end() + OPENED_REACH);
    for (int t = from; t < to; t++) {
      if ((t < h.first() || t >= h.end())
          && s.clauseOf(t) == clause
          && EventSegmentStage.reads(lexicon, doc, FunctionWord.OPENED_OFFICE, t)) {
        return true;
      }
    }
    return false;
  }

  /** A verb of receiving (تسلم، استلم) the triggers read as a delivery, a deal. */
  private boolean receivingAsDelivery(Document doc, TriggerHit h) {
    return h.trigger().type() == org.chronology.extraction.EventType.DEAL
        && h.trigger().form().verbal()
        && lexicon.isBareOrJoined(FunctionWord.RECEIVING, doc.tokens().get(h.first()).text());
  }

  /**
   * A verb of receiving (تسلم، استلم), read as a delivery, whose object in its clause is a
   * diplomatic noun ("تسلم العاهل أوراق اعتماد السفير الجديد"): a head of state accrediting an
   * envoy, the guide's diplomatic step, not a purchase delivered.
   */
  private boolean receivesDiplomatic(Document doc, TriggerHit h, List<TriggerHit> all) {
    if (!receivingAsDelivery(doc, h)) {
      return false;
    }
    var s = doc.sentences().get(h.sentence());
    int clause = s.clauseOf(h.first());
    for (TriggerHit o : all) {
      if (o.sentence() == h.sentence()
          && o.first() >= h.end()
          && o.first() - h.end() - dateWords(doc, h.end(), o.first()) < OPENED_BASE_REACH
          && s.clauseOf(o.first()) == clause
          && o.trigger().type() == org.chronology.extraction.EventType.DIPLOMATIC
          && !o.trigger().form().verbal()) {
        return true;
      }
    }
    return false;
  }

  /**
   * How many words between from and to belong to a date ("تسلمت الخارجية في كانون الأول/ ديسمبر
   * الماضي نسخة من أوراق اعتماد السفير"): a date says when, it does not put the object farther
   * away.
   */
  private static int dateWords(Document doc, int from, int to) {
    int n = 0;
    for (DateHit d : doc.dates()) {
      n += Math.max(0, Math.min(d.end(), to) - Math.max(d.first(), from));
    }
    return n;
  }

  /**
   * A verb of receiving (تسلم، استلم), read as a delivery, that takes people handed over or a
   * letter within a few words of its sentence ("تسلمت السلطات المفرج عنهم عند المعبر"، "تسلم الوزير
   * من نظيره، خلال لقائهما، رسالة خطية"): a handover of people, as an exchange of prisoners is, or
   * a letter between leaders, both the guide's other, not goods delivered to a buyer.
   */
  private boolean receivesNoGoods(Document doc, TriggerHit h) {
    if (!receivingAsDelivery(doc, h)) {
      return false;
    }
    var s = doc.sentences().get(h.sentence());
    for (int t = h.end(); t < Math.min(s.endToken(), h.end() + OPENED_BASE_REACH); t++) {
      if (lexicon.isBareOrJoined(FunctionWord.RECEIVED_OTHER, doc.tokens().get(t).text())) {
        return true;
      }
    }
    return false;
  }

  private boolean opening(String word) {
    String w = Proclitics.withoutConjunction(word);
    for (String x : new String[] {word, w}) {
      if (lexicon.endsWith(FunctionWord.OPENING, x) || lexicon.is(FunctionWord.OPENING, x)) {
        return true;
      }
    }
    return false;
  }

  private boolean occurVerb(String word) {
    return lexicon.is(FunctionWord.OCCUR_VERB, word)
        || Proclitics.startsWithAnd(word)
            && lexicon.is(FunctionWord.OCCUR_VERB, Proclitics.withoutAnd(word));
  }

  /**
   * A tour named as the frame of a visit told before it in the sentence ("قد حل بالعاصمة مساء
   * الجمعة، في أول زيارة له، ضمن جولة إفريقية انطلقت منتصف الشهر"، "زار السلطنة في إطار جولة
   * خليجية"): the visit is part of the tour, one journey told once, whatever date the tour has.
   */
  private boolean frameOfVisit(Document doc, TriggerHit h, List<TriggerHit> all) {
    if (h.trigger().type() != org.chronology.extraction.EventType.VISIT
        || h.trigger().form().verbal()
        || !lexicon.anyIn(FunctionWord.PART_OF, doc.tokens(), h.first() - 1, h.first())) {
      return false;
    }
    for (TriggerHit o : all) {
      if (o != h
          && o.sentence() == h.sentence()
          && o.end() <= h.first()
          && o.trigger().type() == org.chronology.extraction.EventType.VISIT) {
        return true;
      }
    }
    return false;
  }

  /** How far back a relative clause's antecedent is looked for ("الاتفاقية الأمنية التي"). */
  private static final int ANTECEDENT_REACH = 4;

  /**
   * "وقع" also means "occurred": a signing verb whose subject is a happening ("وقع انفجار"), or in
   * a relative clause on something not signed ("المشادة التي وقعت بينهما"), signs nothing.
   */
  private boolean occurs(Document doc, TriggerHit h, List<TriggerHit> all) {
    if (h.trigger().type() != org.chronology.extraction.EventType.DEAL
        || !h.trigger().form().verbal()
        || !occurVerb(doc.tokens().get(h.first()).text())) {
      return false;
    }
    for (TriggerHit o : all) {
      if (o.sentence() == h.sentence()
          && (o.first() == h.end() || o.end() == h.first())
          && o.trigger().type() == org.chronology.extraction.EventType.INCIDENT) {
        return true; // وقع هجوم، وقعت اشتباكات، إن الهجوم وقع مساء الثلاثاء
      }
    }
    if (h.first() == 0
        || !lexicon.is(FunctionWord.RELATIVE, doc.tokens().get(h.first() - 1).text())) {
      return false;
    }
    for (TriggerHit o : all) {
      if (o.sentence() == h.sentence()
          && o.trigger().type() == org.chronology.extraction.EventType.DEAL
          && o.end() < h.first()
          && h.first() - o.end() <= ANTECEDENT_REACH) {
        return false; // "الاتفاقية التي وقعت بين البلدين": signed after all
      }
    }
    return true;
  }

  private static Trigger best(List<Trigger> ts) {
    Trigger best = ts.get(0);
    for (Trigger t : ts) {
      if (t.strength() > best.strength()) {
        best = t;
      }
    }
    return best;
  }
}
