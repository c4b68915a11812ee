package org.chronology.extraction.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Clause;
import org.chronology.text.Proclitics;

/**
 * Decides where one clause of a sentence holds two happenings and cuts it before the second
 * trigger, so that {@link EventSegmentStage} makes one draft of each.
 *
 * <p>Why a class of its own: the annotation guide counts one event per happening, not per clause; a
 * clause (split at punctuation) may join two happenings by و or tell the second in a relative
 * clause or after a time anchor. Deciding that is a question of its own, apart from choosing each
 * segment's head and merging same-type neighbours.
 */
record SeparateHappenings(Lexicon lexicon) {

  private ClauseHeads heads() {
    return new ClauseHeads(lexicon);
  }

  /**
   * The clauses of a sentence cut where a second happening starts. Splits a clause holding two
   * dated happenings ("افتتحت مكتبا تجاريا عام 2021 وعززته بمكتب للسياحة عام 2022") before the
   * second trigger when a date stands between the two triggers and another after the second.
   */
  List<Clause> split(
      Document doc,
      List<Clause> clauses,
      List<TriggerHit> trig,
      List<DateHit> dates,
      Set<DateHit> frameDates) {
    List<Clause> out = new ArrayList<>();
    for (Clause whole : clauses) {
      for (Clause c : splitAtAnchors(whole, dates)) {
        int cause = CauseClauses.cut(lexicon, doc, c, trig, dates); // "… بعد سقوط الطائرة في …"
        if (cause > 0) {
          splitPair(doc, new Clause(c.firstToken(), cause), trig, dates, frameDates, out);
          c = new Clause(cause, c.endToken());
        }
        int since = SinceClauses.cut(lexicon, doc, c, trig, dates); // "… منذ توليه الحكم عام 2014"
        if (since > 0) {
          splitPair(doc, new Clause(c.firstToken(), since), trig, dates, frameDates, out);
          c = new Clause(since, c.endToken());
        }
        splitPair(doc, c, trig, dates, frameDates, out);
      }
    }
    return out;
  }

  /**
   * "زار أذربيجان قبل يوم من انطلاق العملية": the anchor event after the phrase is its own clause.
   */
  private static List<Clause> splitAtAnchors(Clause c, List<DateHit> dates) {
    List<Clause> out = new ArrayList<>();
    int start = c.firstToken();
    for (DateHit d : dates) {
      if (d.expression().anchor() != null
          && d.first() > start
          && d.end() < c.endToken()
          && d.first() >= c.firstToken()) {
        out.add(new Clause(start, d.end()));
        start = d.end();
      }
    }
    out.add(new Clause(start, c.endToken()));
    return out;
  }

  private void splitPair(
      Document doc,
      Clause c,
      List<TriggerHit> trig,
      List<DateHit> dates,
      Set<DateHit> frameDates,
      List<Clause> out) {
    int start = c.firstToken();
    TriggerHit prev = null;
    for (int k = 0; k < trig.size(); k++) {
      TriggerHit t = trig.get(k);
      if (t.first() < c.firstToken() || t.first() >= c.endToken()) {
        continue;
      }
      if (prev != null) {
        int nextTrig = c.endToken();
        for (int j = k + 1; j < trig.size(); j++) {
          if (trig.get(j).first() > t.first()) {
            nextTrig = Math.min(nextTrig, trig.get(j).first());
            break;
          }
        }
        boolean twoDated =
            SentenceDates.hasDate(dates, frameDates, prev.end(), t.first())
                && SentenceDates.hasDate(dates, frameDates, t.end(), nextTrig)
                && conjunctionBetween(doc, prev.end(), t.first());
        boolean relativeDated =
            relative(doc, t) && SentenceDates.hasDate(dates, frameDates, t.end(), nextTrig);
        int within = NamedVisitSettings.cut(doc, prev, t); // "وقّع … خلال زيارة الرئيس إلى …"
        if (within < 0 && NumberedRounds.roundOfSeries(lexicon, doc, prev)) {
          // "انطلقت الجولة الأولى من المشاورات … خلال زيارة الوزيرة": a session and the visit
          within = NamedVisitSettings.cutAfterSession(doc, prev, t);
        }
        int beside =
            BesideInstruments.secondInstrument(lexicon, doc, prev, t)
                ? BesideInstruments.cutBefore(lexicon, doc, t)
                : -1; // "وقع الرئيسان إعلاناً، إلى جانب خمس مذكرات تفاهم"
        int follows = FollowingSignings.cut(doc, prev, t); // "مباحثات … يعقبها توقيع اتفاقية"
        int cut = within > 0 ? within : beside > 0 ? beside : follows > 0 ? follows : t.first();
        if ((twoDated
                || relativeDated
                || within > 0
                || conjoinedOtherVerb(doc, prev, t)
                || actDuringIt(doc, prev, t)
                || conjoinedStep(doc, prev, t)
                || conjoinedAnnouncement(doc, prev, t, trig)
                || beside > 0
                || follows > 0
                || new InvitedVisits(lexicon).accepted(doc, prev, t))
            && cut > start
            && !(heads().framesAnother(doc, prev) && heads().decided(doc, prev, t))) {
          out.add(new Clause(start, cut));
          start = cut;
        }
      }
      prev = t;
    }
    out.add(new Clause(start, c.endToken()));
  }

  /**
   * "زار باكو ووقع اتفاقية": a second verb joined by و that reports another kind of happening (not
   * a meeting during a visit) starts a clause of its own.
   */
  private boolean conjoinedOtherVerb(Document doc, TriggerHit prev, TriggerHit t) {
    if (!t.trigger().form().verbal()
        || !prev.trigger().form().verbal()
        || !Proclitics.startsWithAnd(doc.tokens().get(t.first()).text())
        || t.trigger().type() == prev.trigger().type()) {
      return false;
    }
    return otherKinds(prev, t);
  }

  /**
   * "عقب الزيارة التي قام بها الرئيس إلى نواكشوط في مارس 2019 ووقع خلالها البلدان اتفاقيات": a verb
   * joined by و whose "during it" points back at a happening of another kind told before it (a
   * signing during a visit) opens a happening of its own, with or without a comma (guide: a signing
   * during a visit is a deal of its own); talks during a visit stay the visit.
   */
  private boolean actDuringIt(Document doc, TriggerHit prev, TriggerHit t) {
    if (!t.trigger().form().verbal()
        || !Proclitics.startsWithAnd(doc.tokens().get(t.first()).text())
        || t.end() >= doc.sentences().get(t.sentence()).endToken()
        || !lexicon.is(FunctionWord.DURING_IT, doc.tokens().get(t.end()).text())
        || t.trigger().type() == prev.trigger().type()) {
      return false;
    }
    return otherKinds(prev, t);
  }

  /**
   * Two happenings of other kinds, neither a saying: a visit and a meeting are one happening (the
   * talks held during the visit), a statement is what was said of the other.
   */
  private static boolean otherKinds(TriggerHit prev, TriggerHit t) {
    Set<EventType> visitLike = EnumSet.of(EventType.VISIT, EventType.MEETING);
    return !(visitLike.contains(t.trigger().type()) && visitLike.contains(prev.trigger().type()))
        && t.trigger().type() != EventType.STATEMENT
        && prev.trigger().type() != EventType.STATEMENT;
  }

  /**
   * "زار وزير الخارجية بغداد وأعلن عودة سفارة بلاده إليها": a declaring verb joined by و after a
   * verb of another happening, announcing a step of a third kind (a mission reopened, aid pledged),
   * tells that step, a happening of its own beside the first (a signing or a step announced during
   * a visit is not the visit); the declaring verb starts a clause of its own.
   */
  private boolean conjoinedAnnouncement(
      Document doc, TriggerHit prev, TriggerHit t, List<TriggerHit> trig) {
    if (!t.trigger().form().verbal()
        || !prev.trigger().form().verbal()
        || !Proclitics.startsWithAnd(doc.tokens().get(t.first()).text())
        || prev.trigger().type() == EventType.STATEMENT
        || !heads().framesAnother(doc, t)) {
      return false;
    }
    for (TriggerHit n : trig) {
      if (n.sentence() == t.sentence()
          && n.first() >= t.end()
          && n.first() <= t.end() + ANNOUNCED_REACH
          && !n.trigger().form().verbal()) {
        EventType type = n.trigger().type();
        return type != prev.trigger().type()
            && type != EventType.STATEMENT
            && type != EventType.OTHER
            && !(EnumSet.of(EventType.VISIT, EventType.MEETING).contains(type)
                && EnumSet.of(EventType.VISIT, EventType.MEETING).contains(prev.trigger().type()));
      }
    }
    return false;
  }

  /**
   * The step announced by a declaring verb joined to the verb of {@code earlier} ({@link
   * #conjoinedAnnouncement}) is announced by the same doer, among the same sides, that day: {@code
   * later} takes their names, and their date when it has none of its own.
   */
  void shareAnnouncer(Document doc, EventDraft earlier, EventDraft later) {
    if (earlier.sentence != later.sentence || later.first <= earlier.head.first()) {
      return;
    }
    TriggerHit verb = null;
    for (TriggerHit t : doc.triggers()) {
      if (t.sentence() == later.sentence && t.first() == later.first) {
        verb = t;
      }
    }
    if (verb == null || !conjoinedAnnouncement(doc, earlier.head, verb, doc.triggers())) {
      return;
    }
    DraftComparisons.takeSidesAndDay(earlier, later, a -> a.withRole(null));
  }

  /** How far after a declaring verb the step it announces may be named ("وأعلن من هناك حزمة"). */
  private static final int ANNOUNCED_REACH = 3;

  /**
   * "أعلنت إغلاق سفارتها في طهران وطرد السفير": two steps in relations named by their verbal nouns
   * (listed-step), the second joined by و right at its trigger within the clause of the first, are
   * two steps ({@link ConjoinedActs#distinct}, the test for such steps in clauses of their own);
   * the second starts a clause of its own. Not two verbs ("أغلقت سفارتها وسحبت دبلوماسييها": one
   * measure told twice), nor a second mission named after the first ("سفارتها وقنصليتها").
   */
  private boolean conjoinedStep(Document doc, TriggerHit prev, TriggerHit t) {
    String w = doc.tokens().get(t.first()).text();
    return Proclitics.startsWithAnd(w)
        && w.length() > 2
        && !prev.trigger().form().verbal()
        && !t.trigger().form().verbal()
        && listedStep(doc, t.first())
        && (listedStep(doc, prev.first()) || prev.first() > 0 && listedStep(doc, prev.first() - 1))
        && new ConjoinedActs(lexicon).distinct(doc, prev, t, t.first());
  }

  private boolean listedStep(Document doc, int i) {
    return lexicon.is(
        FunctionWord.LISTED_STEP, Proclitics.withoutConjunction(doc.tokens().get(i).text()));
  }

  /**
   * "انسحبت من الاتفاق الذي أبرمته مع واشنطن عام 1987": a verb in a relative clause with a date of
   * its own tells another happening than the clause it hangs on; so does a verb's participle with
   * the article ("اتفاقية التعاون الموقعة بينهما عام 2001").
   */
  private boolean relative(Document doc, TriggerHit t) {
    return t.trigger().form().verbal()
        && (lexicon.anyIn(FunctionWord.RELATIVE, doc.tokens(), t.first() - 1, t.first() + 1)
            || Proclitics.hasArticle(doc.tokens().get(t.first()).text()));
  }

  /** A word joined by و between the two (a second verb: "وعززته"). */
  private boolean conjunctionBetween(Document doc, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = doc.tokens().get(i).text();
      if (Proclitics.startsWithAnd(w) && w.length() > 3) {
        return true;
      }
    }
    return false;
  }
}
