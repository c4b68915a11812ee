package org.chronology.extraction.pipeline;

import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;

/**
 * An announcement of an act is that act ("أعلنت السلطات توقيف ثمانية أشخاص"، "أعلنت الوزارة إعادة
 * فتح سفارتها"): the first happening noun the announcing verb takes as its object gives the event
 * its type and trigger, unless that noun is an event of its own. A happening told in a complement
 * ("أعلن أن بلاده اشترت …") stays a statement; announcements pointing back at a happening of the
 * article were folded into it before. A verbal noun of an act of no other type the verb names
 * ("أعلن الوزير استقالته") makes it other.
 */
record AnnouncedAct(Lexicon lexicon) {

  void apply(Document doc, EventDraft e) {
    if (e.type != EventType.STATEMENT || !e.head.trigger().form().verbal()) {
      return;
    }
    String verb = Proclitics.withoutConjunction(doc.tokens().get(e.head.first()).text());
    if (!lexicon.is(FunctionWord.ANNOUNCE, verb)) {
      return;
    }
    var s = doc.sentences().get(e.sentence);
    TriggerHit named = actNamedBefore(doc, e, s.firstToken());
    if (named != null) {
      e.type = named.trigger().type();
      e.head = named;
      return;
    }
    int object = namedNoun(doc, e.head.end(), s.endToken());
    for (TriggerHit t : doc.triggers()) {
      if (t.sentence() != e.sentence || t.first() < e.head.end() || t.first() >= s.endToken()) {
        continue;
      }
      if (t.first() > object) {
        break; // "أعلن الملك حالة السلامة الوطنية، وبعد دخول قوات …": the verb's object comes first
      }
      EventType type = t.trigger().type();
      if (t.inQuote()) {
        return;
      }
      if (type == EventType.STATEMENT) {
        continue; // "أعلنت في بيان …"
      }
      if (t.trigger().form().verbal() || complementBetween(doc, e.head.end(), t.first())) {
        return; // "أعلن أن بلاده اشترت …": a happening told, the news is the announcement
      }
      for (EventDraft o : doc.events()) {
        if (o != e && o.sentence == t.sentence() && o.head.first() == t.first()) {
          return;
        }
      }
      e.type = type;
      e.head = t;
      return;
    }
    if (namesWithdrawalFromBody(doc, e.head.end(), s.endToken())) {
      e.type = EventType.DIPLOMATIC;
    } else if (names(doc, FunctionWord.ANNOUNCED_DEAL, e.head.end(), s.endToken())) {
      e.type = EventType.DEAL;
    } else if (namesActOfNoOtherType(doc, e.head.end(), s.endToken())) {
      e.type = EventType.OTHER;
    }
  }

  /** How far before "أعلن عنها" the act it points back at may be named. */
  private static final int ABOUT_IT_REACH = 10;

  /**
   * The act announced named before the verb, which opens a relative clause about it ("وقف إطلاق
   * النار الذي أعلن في موسكو فجر السبت"، "الهدنة التي أعلنها الوسطاء أمس") or points back at it
   * with عن and a pronoun ("مذكرة تفاهم أعلن عنها خلال الزيارة"، "المنحة القطرية لإنشاء طريقين التي
   * أعلن عنها عام 2018"), or whose verb is written passive ("اتفاق ثلاثي أُعلن يوم الخميس"، "صفقة
   * السلاح التي بلغت قيمتها مليار دولار وأُعلنت في شباط"): the clause dates that act, the news is
   * the act (the guide: the type is what is reported, not the verb reporting it). The act's noun
   * stands right before the relative, or with one word (its adjective) between; after "عنها" or
   * before a passive verb it may stand further back, as the pronoun or the verb's subject names it.
   * Not when it is an event of its own.
   */
  private TriggerHit actNamedBefore(Document doc, EventDraft e, int sentenceStart) {
    int verb = e.head.first();
    int relative = verb - 1;
    boolean afterRelative =
        relative > sentenceStart
            && lexicon.is(FunctionWord.RELATIVE, doc.tokens().get(relative).text());
    boolean aboutIt =
        verb + 1 < doc.tokens().size()
            && lexicon.is(FunctionWord.ABOUT_IT, doc.tokens().get(verb + 1).text());
    boolean passive = passive(doc, verb);
    if (!afterRelative && !aboutIt && !passive) {
      return null;
    }
    int anchor = afterRelative ? relative : verb;
    int reach = aboutIt || passive ? ABOUT_IT_REACH : 1;
    TriggerHit named = null;
    for (TriggerHit t : doc.triggers()) {
      if (t.sentence() == e.sentence
          && t.first() >= sentenceStart
          && t.end() <= anchor
          && anchor - t.end() <= reach
          && (named == null || t.end() > named.end())) {
        named = t;
      }
    }
    if (named == null
        || named.inQuote()
        || named.trigger().type() == EventType.STATEMENT
        || named.trigger().form().verbal()) {
      return null;
    }
    for (EventDraft o : doc.events()) {
      if (o != e
          && o.foldedInto != e
          && o.sentence == named.sentence()
          && o.head.first() == named.first()) {
        return null;
      }
    }
    return named;
  }

  /** The damma that marks a perfect verb written passive ("أُعلن"). */
  private static final char DAMMA = '\u064F';

  /**
   * The verb at {@code i} is written with a damma on its first letter: passive, its subject the
   * act.
   */
  private static boolean passive(Document doc, int i) {
    String written = Proclitics.withoutConjunction(doc.originalText(i, i + 1));
    return written.length() > 1 && written.charAt(1) == DAMMA;
  }

  /**
   * Where the verb names, before any complement, an act noun of its lists (a state of emergency, a
   * loan): that noun is its object, so a happening told after it is no act it announces. Returns
   * the noun's token, or {@link Integer#MAX_VALUE} when there is none.
   */
  private int namedNoun(Document doc, int from, int end) {
    for (int t = from; t < Math.min(end, from + VerbObjectTriggers.MAX_GAP + 1); t++) {
      String w = doc.tokens().get(t).text();
      if (lexicon.is(FunctionWord.COMPLEMENTIZER, w)) {
        return Integer.MAX_VALUE;
      }
      for (FunctionWord kind : NAMED_KINDS) {
        if (lexicon.is(kind, w) || lexicon.startsWith(kind, w)) {
          return t;
        }
      }
    }
    return Integer.MAX_VALUE;
  }

  private static final FunctionWord[] NAMED_KINDS = {
    FunctionWord.ANNOUNCED_OTHER, FunctionWord.ANNOUNCED_DEAL
  };

  /**
   * The verb names, before any complement, a verbal noun of an act of no other type ("أعلن الوزير
   * أمس استقالته"): the subject and a date may stand between.
   */
  private boolean namesActOfNoOtherType(Document doc, int from, int end) {
    return names(doc, FunctionWord.ANNOUNCED_OTHER, from, end);
  }

  /**
   * The verb names, before any complement, a noun of that kind: the subject, a date and عن may
   * stand between ("أعلن الرئيس أمس عن قرض بقيمة …").
   */
  private boolean names(Document doc, FunctionWord kind, int from, int end) {
    for (int t = from; t < Math.min(end, from + VerbObjectTriggers.MAX_GAP + 1); t++) {
      String w = doc.tokens().get(t).text();
      if (lexicon.is(FunctionWord.COMPLEMENTIZER, w)) {
        return false;
      }
      if (lexicon.is(kind, w) || lexicon.startsWith(kind, w)) {
        return true;
      }
    }
    return false;
  }

  /** How far after a withdrawal noun the "من" of the body left may stand ("انسحابها الفوري من"). */
  private static final int LEFT_BODY_REACH = 2;

  /**
   * The verb names, before any complement, a state's withdrawal from a body it belongs to ("أعلن
   * الرئيس أمس انسحاب بلاده من رابطة …"، "أعلنت الحكومة انسحابها الفوري من لجنة …"): leaving an
   * organisation is a step in relations between states (diplomatic, as leaving a treaty is), not a
   * declaration that is itself the news.
   */
  private boolean namesWithdrawalFromBody(Document doc, int from, int end) {
    for (int t = from; t < Math.min(end, from + VerbObjectTriggers.MAX_GAP + 1); t++) {
      String w = doc.tokens().get(t).text();
      if (lexicon.is(FunctionWord.COMPLEMENTIZER, w)) {
        return false;
      }
      if (!lexicon.is(FunctionWord.WITHDRAWAL, w)
          && !lexicon.startsWith(FunctionWord.WITHDRAWAL, w)) {
        continue;
      }
      for (int k = t + 1; k < Math.min(end - 1, t + 2 + LEFT_BODY_REACH); k++) {
        if (lexicon.is(FunctionWord.WITHDRAWAL_FROM, doc.tokens().get(k).text())) {
          return lexicon.is(FunctionWord.MEMBER_BODY, doc.tokens().get(k + 1).text());
        }
      }
      return false;
    }
    return false;
  }

  private boolean complementBetween(Document doc, int from, int to) {
    for (int t = from; t < to; t++) {
      if (lexicon.is(FunctionWord.COMPLEMENTIZER, doc.tokens().get(t).text())) {
        return true;
      }
    }
    return false;
  }
}
