package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Clause;

/**
 * Which of a clause's triggers is the head of the happening {@link EventSegmentStage} makes of it:
 * its first verb, else its strongest noun, unless the verb declares or approves another happening
 * (أعلن، صادق) or a noun is only the setting of what the clause tells ("خلال الزيارة").
 *
 * <p>Why a class of its own: choosing one clause's head reads only that clause's words; cutting the
 * sentence into clauses and merging neighbouring segments, the stage's own work, comes around it.
 */
record ClauseHeads(Lexicon lexicon) {

  /**
   * The head of a clause: its first verb, else its strongest noun. A visit noun beats a meeting
   * verb (meetings held during a visit are the visit); after a declaration verb (أعلن) or an
   * approval (صادق) the happening declared or approved is the head, a verb before a noun.
   */
  TriggerHit head(Document doc, List<TriggerHit> trig, Clause cl, List<DateHit> dates) {
    TriggerHit verb = null;
    TriggerHit noun = null;
    TriggerHit laterVerb = null;
    TriggerHit declared = null;
    TriggerHit stayDay = null; // "في اليوم الثاني من زيارته": the day's setting (StayDays)
    boolean other = false;
    for (TriggerHit t : trig) {
      other |= t.first() >= cl.firstToken() && t.first() < cl.endToken() && !framed(doc, t);
    }
    for (TriggerHit t : trig) {
      if (t.first() < cl.firstToken()
          || t.first() >= cl.endToken()
          || other && framed(doc, t)
          || SincePhrases.governedVerb(
              lexicon, doc, cl.firstToken(), cl.endToken(), t, trig, dates)) {
        continue; // "أرفع زيارة منذ سيطرة الحركة": where a gap starts
      }
      if (t.trigger().form().verbal()) {
        if (verb == null) {
          verb = t;
        } else if (laterVerb == null && t.trigger().type() != verb.trigger().type()) {
          laterVerb = t;
        }
      } else if (StayDays.laterDayOf(doc, t)) {
        stayDay = stayDay == null ? t : stayDay;
      } else {
        if (noun == null || t.trigger().strength() > noun.trigger().strength()) {
          noun = t;
        }
        if (!setting(doc, t, trig)
            && !speakingMission(doc, t, verb)
            && (declared == null || t.trigger().strength() > declared.trigger().strength())) {
          declared = t;
        }
      }
    }
    noun = verb == null && noun == null ? stayDay : noun;
    if (verb != null && declared != null && framesAnother(doc, verb)) {
      noun = declared; // "وأعلنت الإمارات خلال الزيارة تأسيس صندوق": not the visit
    }
    if (verb == null
        && noun != null
        && declared != null
        && setting(doc, noun, trig)
        && declared.trigger().type() != noun.trigger().type()) {
      noun = declared; // "وجرى خلال الزيارة توقيع مذكرة تفاهم": the signing, set during the visit
    }
    if (verb == null
        && noun != null
        && declared != null
        && SidelineTalks.beside(lexicon, doc, noun, declared)) {
      noun = declared; // "وعلى هامش القمة عقد الزعيمان لقاءً ثنائياً": the talks beside the summit
    }
    if (verb != null
        && noun != null
        && noun.trigger().type() == EventType.VISIT
        && verb.trigger().type() == EventType.MEETING
        && !HeadDeclarations.ownDatedMeeting(verb, noun, dates)
        && trig.stream().noneMatch(t -> StayDays.laterDayOf(doc, t))) {
      return noun;
    }
    if (HeadDeclarations.guestVisiting(lexicon, doc, verb, laterVerb)) {
      return laterVerb; // "استقبل الرئيس نظيره الذي يزور البلاد": a meeting held during a visit
    }
    if (verb != null
        && framesAnother(doc, verb)
        && (decided(doc, verb, noun) || conferred(doc, verb, noun))) {
      return noun; // "أعلن الوزير أمس أن البلدين قررا رفع مستوى العلاقات"
    }
    // a dated declaration stays the news, unless it announces an incident, whose details it gives
    // (a definite incident noun is one already told: "أن التحقيقات في الهجوم")
    boolean dated = verb != null && HeadDeclarations.dated(lexicon, doc, verb, cl, dates);
    if (verb != null && framesAnother(doc, verb)) {
      if (laterVerb != null
          && laterVerb.trigger().type() != EventType.STATEMENT
          && (!dated || laterVerb.trigger().type() == EventType.INCIDENT)
          && !negatedBetween(doc, verb.end(), laterVerb.first())) {
        return laterVerb; // "أعلن الجيش أن رئيس الأركان سيزور أذربيجان"
      }
      if (noun != null
          && (!dated || noun.trigger().type() == EventType.INCIDENT && !noun.definite())
          && noun.first() > verb.first()
          && noun.trigger().type() != verb.trigger().type()
          && noun.trigger().type() != EventType.STATEMENT
          && !BackgroundFilterStage.namedAsBuilding(lexicon, doc, noun.first())
          && !negatedBetween(doc, verb.end(), noun.first())
          && !ExpressedReactions.about(lexicon, doc, verb, noun)) {
        return noun; // "أعلنت الرئاسة تأجيل الزيارة"، "صادق البرلمان على فتح السفارة"
      }
    }
    if (verb == null
        && noun != null
        && ExpressedReactions.reactionClause(lexicon, doc, cl.firstToken(), noun)) {
      return null;
    }
    return verb != null ? verb : noun;
  }

  private static final OccasionDates OCCASION = new OccasionDates();

  /**
   * "وأعلنت الإمارات خلال الزيارة تأسيس صندوق"، "أعلنت على هامش القمة توقيع اتفاقية": a happening's
   * noun right after a word of "during" (occasion.tsv) is the setting of a declaration, not what
   * was declared; another happening's noun of the clause is. So is the occasion a witness verb
   * names ({@link WitnessedActs}).
   */
  private boolean setting(Document doc, TriggerHit t, List<TriggerHit> trig) {
    int f = doc.sentences().get(t.sentence()).firstToken();
    int before = t.first() - 1;
    if (before > f && OCCASION.is("demonstrative", doc.tokens().get(before).text())) {
      // "وسيتم خلال هذه الزيارة التوقيع على …": the visit, pointed back to, is the setting
      before--;
    }
    return before >= f && OCCASION.is("during", doc.tokens().get(before).text())
        || StayDaySetting.rankedDay(lexicon, doc, f, before)
        || WitnessedActs.occasion(lexicon, doc, t, trig)
        || WitnessedActs.subjectOccasion(lexicon, doc, t, trig);
  }

  /**
   * A decision or agreement between the declaration and a happening noun ("أعلن أمس أن أنقرة وتل
   * أبيب قررتا رفع مستوى العلاقات"، "اتفقتا على فتح الأجواء"): the step decided is the news, even
   * when the declaration has a date of its own.
   */
  boolean decided(Document doc, TriggerHit verb, TriggerHit noun) {
    if (noun == null
        || noun.first() <= verb.end()
        || noun.trigger().type() == EventType.STATEMENT
        || negatedBetween(doc, verb.end(), noun.first())) {
      return false;
    }
    return lexicon.anyIn(FunctionWord.DECISION, doc.tokens(), verb.end(), noun.first());
  }

  /**
   * "أعلنت الوزارة أمس أن السفير شخص غير مرغوب فيه": the status the declaration confers stands
   * right before the noun; declaring it is the act (an expulsion), the news even in a dated
   * declaration.
   */
  private boolean conferred(Document doc, TriggerHit verb, TriggerHit noun) {
    return noun != null
        && noun.first() > verb.end()
        && noun.trigger().type() != EventType.STATEMENT
        && !negatedBetween(doc, verb.end(), noun.first())
        && lexicon.is(FunctionWord.CONFERRED, doc.tokens().get(noun.first() - 1).text());
  }

  /**
   * "قال إن الرئيس لا يعتزم المشاركة في أي لقاء": a happening denied or refused in what is said did
   * not happen; the saying is the news.
   */
  private boolean negatedBetween(Document doc, int from, int to) {
    return lexicon.anyIn(FunctionWord.NEGATION, doc.tokens(), from, to);
  }

  /**
   * "وتأتي الزيارة بعد شهرين من الاتفاق الذي …": the noun right after a framing verb opening the
   * sentence is a happening already told; the happening it is placed after is the news.
   */
  boolean framed(Document doc, TriggerHit t) {
    int f = doc.sentences().get(t.sentence()).firstToken();
    return !t.trigger().form().verbal()
        && t.first() > f
        && t.first() - f <= 2
        && lexicon.anyIn(FunctionWord.FRAMING, doc.tokens(), f, f + 1);
  }

  /**
   * "تعلن سفارة اليابان أن الدورة الأولى … تعقد اليوم": a mission named right after a verb of
   * announcing or saying is its subject, who speaks, not the act declared.
   */
  private boolean speakingMission(Document doc, TriggerHit t, TriggerHit verb) {
    return verb != null
        && verb.trigger().type() == EventType.STATEMENT
        && t.first() == verb.end()
        && EventSegmentStage.reads(lexicon, doc, FunctionWord.SPEAKING_MISSION, t.first());
  }

  /** A declaration (أعلن) or approval (صادق) whose object may be the real happening. */
  boolean framesAnother(Document doc, TriggerHit verb) {
    var t = verb.trigger();
    return t.type() == EventType.OTHER
            && (lexicon.anyIn(FunctionWord.APPROVAL, doc.tokens(), verb.first(), verb.first() + 1)
                || lexicon.anyIn(
                    FunctionWord.OPENING, doc.tokens(), verb.first(), verb.first() + 1))
        || (t.type() == EventType.STATEMENT && t.objectRole() == null);
  }
}
