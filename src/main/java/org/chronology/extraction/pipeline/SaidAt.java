package org.chronology.extraction.pipeline;

import static org.chronology.extraction.pipeline.DraftComparisons.among;
import static org.chronology.extraction.pipeline.DraftComparisons.datesCompatible;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.extraction.Role;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;

/**
 * What those at a happening said there is evidence of the happening, not a statement of its own
 * (the guide: a statement is an event only when the declaration itself is the news). A saying
 * placed at the happening by its frame, before what is said, is such a mention: said in joint
 * remarks or a joint press conference, in the closing communiqué ("وقال الرئيسان في مؤتمر صحفي
 * مشترك إن …"، "وأدان الوزراء في البيان الختامي …"), or during, at the start or the end of the
 * talks, the summit or the ceremony already told ("وقال الوزير في مستهل المحادثات إن …"، "وقال خلال
 * المراسم إن …"), or in the speaker's own speech there ("وقال الوزير في كلمته إن …"; not one
 * addressed to an audience named after it, "في كلمته أمام الجمعية العامة"). The saying, and an
 * undated noun of what it reports ("إن حجم التبادل التجاري …"), fold into the nearest happening of
 * the article before it that took place at an agreeing date, with the speaker among those at it. A
 * decision told in what is said ("إن البلدين اتفقا على رفع التبادل") is news of its own; so is a
 * fresh gathering ("خلال اجتماع مع …") or a spokesman's own press conference is no such mention.
 */
record SaidAt(Lexicon lexicon) {

  private static final OccasionDates OCCASION = new OccasionDates();

  /** Happenings at which those present speak. */
  private static final Set<EventType> SPOKEN_AT =
      EnumSet.of(EventType.MEETING, EventType.VISIT, EventType.DEAL, EventType.DIPLOMATIC);

  /** How many words may stand between a "during" word and the gathering's noun (في مستهل …). */
  private static final int NOUN_REACH = 2;

  /** How many words may stand between "in" and the joint word (في مؤتمر صحفي مشترك). */
  private static final int JOINT_REACH = 3;

  /** The happening e was said at, among the events kept before it; null when e is news. */
  EventDraft occasion(Document doc, List<EventDraft> kept, EventDraft e) {
    boolean passage = false;
    if (!saidAtOccasion(doc, e)) {
      passage = e.type == EventType.STATEMENT && atPassage(doc, e);
      if (!passage) {
        return null;
      }
    }
    Set<EventType> occasions = passage ? EnumSet.of(EventType.VISIT) : SPOKEN_AT;
    int at = kept.indexOf(e);
    for (int k = (at < 0 ? kept.size() : at) - 1; k >= 0; k--) {
      EventDraft p = kept.get(k);
      if (p.sentence <= e.sentence
          && occasions.contains(p.type)
          && p.status == EventStatus.HAPPENED
          && (datesCompatible(p, e) || quotedDate(doc, e))
          && speakersAmong(e, p)) {
        return p;
      }
    }
    return null;
  }

  /**
   * e is the saying, or an undated noun of what it reports, of a sentence whose frame (the words
   * before what is said) places the saying at a gathering.
   */
  boolean saidAtOccasion(Document doc, EventDraft e) {
    var s = doc.sentences().get(e.sentence);
    int clause = -1;
    for (int t = s.firstToken(); t < s.endToken() && clause < 0; t++) {
      if (lexicon.is(FunctionWord.COMPLEMENTIZER, doc.tokens().get(t).text())) {
        clause = t;
      }
    }
    if (e.type != EventType.STATEMENT) {
      boolean reported =
          clause >= 0
              && e.head.first() > clause
              && (!e.head.trigger().form().verbal() || e.type == EventType.MEETING)
              && e.status == EventStatus.HAPPENED
              && (e.date == null || !e.ownDate);
      if (!reported) {
        return false;
      }
    }
    int frameEnd = clause < 0 ? s.endToken() : clause;
    for (int t = frameEnd; t < s.endToken(); t++) {
      if (lexicon.is(
          FunctionWord.DECISION, Proclitics.withoutConjunction(doc.tokens().get(t).text()))) {
        return false; // "قال في المؤتمر الصحفي المشترك إن البلدين اتفقا على …": a decision is news
      }
    }
    for (int t = s.firstToken(); t < frameEnd; t++) {
      String w = doc.tokens().get(t).text();
      if (OCCASION.is("joint", w) && placedAt(doc, Math.max(s.firstToken(), t - JOINT_REACH), t)) {
        return true;
      }
      if (OCCASION.is("held", w) && t < e.head.first()) {
        // "وجرت مراسم الافتتاح بحضور الوزير، الذي وصف الخطوة …": the sentence tells the occasion
        for (int n = t + 1; n <= t + NOUN_REACH && n < frameEnd; n++) {
          String noun = Proclitics.withoutConjunction(doc.tokens().get(n).text());
          if (lexicon.is(FunctionWord.GATHERING, noun) || OCCASION.is("ceremony", noun)) {
            return true;
          }
        }
      }
      if ((OCCASION.is("in", w) || OCCASION.is("during", w))
          && t + 1 < frameEnd
          && OCCASION.is("speech", doc.tokens().get(t + 1).text())
          && (t + 2 >= s.endToken() || !OCCASION.is("audience", doc.tokens().get(t + 2).text()))) {
        return true; // "وقال الوزير في كلمته إن …": his speech at the happening told
      }
      if (OCCASION.is("during", w)) {
        for (int n = t + 1; n <= t + NOUN_REACH && n < frameEnd; n++) {
          String noun = Proclitics.withoutConjunction(doc.tokens().get(n).text());
          if (lexicon.is(FunctionWord.GATHERING, noun) || OCCASION.is("ceremony", noun)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The words before what e says place the saying at a visitor's arrival or departure ("وقال الوزير
   * للصحفيين قبيل مغادرته بغداد إن …"، "وصرح لدى وصوله بأن …").
   */
  private static boolean atPassage(Document doc, EventDraft e) {
    var s = doc.sentences().get(e.sentence);
    for (int t = s.firstToken(); t + 1 < s.endToken(); t++) {
      if (OCCASION.is("moment", doc.tokens().get(t).text())
          && OCCASION.is("passage", doc.tokens().get(t + 1).text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * e's date phrase stands inside quotation marks: the speaker's own "today" ("أنجزنا اليوم خطوة
   * …") is the day he spoke, which the article's publication date does not tell.
   */
  private static boolean quotedDate(Document doc, EventDraft e) {
    if (e.date == null || e.date.end() <= e.date.first()) {
      return false;
    }
    var s = doc.sentences().get(e.sentence);
    int i = e.date.first() - s.firstToken();
    boolean[] quoted = Quotes.quotedTokens(doc, s);
    return i >= 0 && i < quoted.length && quoted[i];
  }

  /** A word of [from, to) is "in" or a "during" word: "في مؤتمر صحفي مشترك". */
  private static boolean placedAt(Document doc, int from, int to) {
    for (int t = from; t < to; t++) {
      String w = doc.tokens().get(t).text();
      if (OCCASION.is("in", w) || OCCASION.is("during", w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The people who speak in e are among p's actors; a saying naming no speaking person takes part
   * through a state or body p names, or names no one.
   */
  private static boolean speakersAmong(EventDraft e, EventDraft p) {
    boolean person = false;
    for (ResolvedActor a : e.actors) {
      if (a.kind() == ActorKind.PERSON && a.role() == Role.SPEAKER) {
        person = true;
        if (!among(a, p.actors)) {
          return false;
        }
      }
    }
    if (person || e.actors.isEmpty()) {
      return true;
    }
    for (ResolvedActor a : e.actors) {
      if (among(a, p.actors)) {
        return true;
      }
    }
    return false;
  }
}
