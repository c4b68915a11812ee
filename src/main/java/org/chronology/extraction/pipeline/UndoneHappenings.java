package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;

/** A happening named but not done: the aim of talks, a hypothesis, a condition, a quote, a call. */
final class UndoneHappenings {

  private UndoneHappenings() {}

  /** How far before a noun its purpose word may stand ("الرامية إلى تطبيع"). */
  private static final int PURPOSE_REACH = 2;

  /**
   * A happening named as the aim of another ("محادثات الرامية إلى تطبيع العلاقات"، "وفد لبحث تمديد
   * الهدنة"، "بهدف إقامة مشروع مشترك") has not happened: it is what the talks are for.
   */
  static boolean purpose(Lexicon lexicon, Document doc, TriggerHit h) {
    return !h.trigger().form().verbal()
        && lexicon.anyIn(FunctionWord.PURPOSE, doc.tokens(), h.first() - PURPOSE_REACH, h.first());
  }

  /** How far before the preposition of what is hoped for the verb of hope may stand. */
  private static final int HOPE_REACH = 6;

  /**
   * A happening named after the preposition of a verb of hope ("وتتطلع الحكومة إلى توقيع اتفاقية
   * للتجارة الحرة"، "يأمل الجانبان في عقد قمة"، "تطمح أنقرة إلى") is a wish: neither done nor set
   * for a day (guide: opinions are no events; a line of hope is no planned event). A preposition
   * standing closer to the happening ("إلى التحقيق في الهجوم") makes it the topic, not the wish.
   */
  private static boolean hoped(Lexicon lexicon, Document doc, TriggerHit h) {
    if (h.trigger().form().verbal()
        || h.trigger().type() == EventType.STATEMENT
        || h.first() == 0) {
      return false;
    }
    int from = doc.sentences().get(h.sentence()).firstToken();
    int to = -1;
    for (int i = h.first() - 1; i >= Math.max(from, h.first() - 1 - CALLED_GAP); i--) {
      String w = doc.tokens().get(i).text();
      if (org.chronology.text.Prepositions.isFree(w)) {
        to = i;
        break;
      }
    }
    if (to < 0) {
      return false;
    }
    for (int i = to - 1; i >= Math.max(from, to - HOPE_REACH); i--) {
      if (lexicon.isBareOrJoined(FunctionWord.HOPE, doc.tokens().get(i).text())) {
        return true;
      }
    }
    return false;
  }

  /** A happening hoped for and set for a time in its clause: planned, not a wish. */
  static boolean hopedForATime(Lexicon lexicon, Document doc, TriggerHit h) {
    return hoped(lexicon, doc, h) && datedHope(doc, h);
  }

  /** How far after the happening hoped for its own date may begin. */
  private static final int HOPE_DATE_REACH = 8;

  /**
   * A happening hoped for with its own date in its clause ("وتتطلع الحكومة إلى زيارة الرئيس إلى
   * الرباط خلال خريف هذا العام"): a line of hope set for a time is a planned happening (guide:
   * planned for future or scheduled events), unlike a wish with no time.
   */
  private static boolean datedHope(Document doc, TriggerHit h) {
    org.chronology.text.Sentence s = doc.sentences().get(h.sentence());
    int clause = s.clauseOf(h.first());
    for (DateHit d : doc.dates()) {
      if (d.first() >= h.end()
          && d.first() - h.end() <= HOPE_DATE_REACH
          && d.end() <= s.endToken()
          && s.clauseOf(d.first()) == clause) {
        return true;
      }
    }
    return false;
  }

  /**
   * "وطالبته بمغادرة البلاد في غضون 72 ساعة من تسلم الإشعار": the happening named after the "من" of
   * a span to act within starts the count of a deadline; it is the clock of the step asked for, not
   * a happening the article tells.
   */
  static boolean deadlineStart(Lexicon lexicon, Document doc, TriggerHit h) {
    int from = doc.sentences().get(h.sentence()).firstToken();
    if (h.first() - 1 <= from
        || !lexicon.is(FunctionWord.LAPSE_OF, doc.tokens().get(h.first() - 1).text())) {
      return false;
    }
    for (DateHit d : doc.dates()) {
      if (d.end() == h.first() - 1
          && d.first() >= from
          && lexicon.anyIn(FunctionWord.WITHIN, doc.tokens(), d.first(), d.end())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A hope told in what someone says ("قال المتحدث إن نيروبي ترحب بالخطوة وتتطلع إلى إعادة فتح
   * سفارتها"): the saying is the news, a statement; the happening hoped for is none.
   */
  static boolean hopedInSaying(Lexicon lexicon, Document doc, TriggerHit h, List<TriggerHit> all) {
    return hoped(lexicon, doc, h) && !datedHope(doc, h) && saidBefore(h, all);
  }

  /** A hope told on its own, no saying before it: no happening at all. */
  static boolean hopedOnly(Lexicon lexicon, Document doc, TriggerHit h, List<TriggerHit> all) {
    return hoped(lexicon, doc, h) && !datedHope(doc, h) && !saidBefore(h, all);
  }

  private static boolean saidBefore(TriggerHit h, List<TriggerHit> all) {
    for (TriggerHit o : all) {
      if (o.sentence() == h.sentence()
          && o.end() <= h.first()
          && o.trigger().type() == EventType.STATEMENT) {
        return true;
      }
    }
    return false;
  }

  /**
   * A happening noun right after "any" ("أي هجوم على السفينة سيدفع ثمنه"، "بأي اعتداء") is a
   * hypothesis, a threat or a denial, not a happening: the saying around it is the news, a
   * statement.
   */
  static boolean hypothesis(Lexicon lexicon, Document doc, TriggerHit h) {
    return !h.trigger().form().verbal()
        && h.first() > doc.sentences().get(h.sentence()).firstToken()
        && lexicon.is(FunctionWord.ANY, doc.tokens().get(h.first() - 1).text());
  }

  /** How far before a happening's noun a condition still governs it ("إذا تعرضت لهجوم"). */
  private static final int CONDITION_REACH = 3;

  /**
   * A happening noun shortly after a condition in what someone says in the sentence ("قال إن قواته
   * سترد إذا تعرضت لهجوم") is a hypothesis, not a happening: the saying is the news.
   */
  static boolean conditional(Lexicon lexicon, Document doc, TriggerHit h, List<TriggerHit> all) {
    int from = doc.sentences().get(h.sentence()).firstToken();
    if (h.trigger().form().verbal()
        || !lexicon.anyIn(
            FunctionWord.CONDITION,
            doc.tokens(),
            Math.max(from, h.first() - CONDITION_REACH),
            h.first())) {
      return false;
    }
    for (TriggerHit o : all) {
      if (o.sentence() == h.sentence()
          && o.end() <= h.first()
          && o.trigger().type() == EventType.STATEMENT) {
        return true;
      }
    }
    return false;
  }

  /**
   * An incident noun inside the quoted words of someone who speaks in the sentence ("قال إن بلاده
   * تواجه \"هجوماً غير مسبوق\"") is the speaker's figure of speech, not an attack told by the
   * article: the saying is the news.
   */
  static boolean quotedIncident(TriggerHit h, List<TriggerHit> all) {
    if (!h.inQuote() || h.trigger().form().verbal() || h.trigger().type() != EventType.INCIDENT) {
      return false;
    }
    for (TriggerHit o : all) {
      if (o.sentence() == h.sentence()
          && o.end() <= h.first()
          && !o.inQuote()
          && o.trigger().type() == EventType.STATEMENT) {
        return true;
      }
    }
    return false;
  }

  /**
   * How far before the happening called for the call may stand ("دعا الاتحاد، في بيان، الطرفين").
   */
  private static final int CALL_REACH = 12;

  /**
   * How many words may stand between a call's "إلى" and the happening called for when they are what
   * is asked of it ("داعيا الطرفين إلى وقف فوري لإطلاق النار"); a preposition among them ("إلى
   * التحقيق في الهجوم") makes the happening the call's topic, told as done.
   */
  private static final int CALLED_GAP = 2;

  /**
   * A happening named after a call's "إلى" ("دعا الاتحاد الإفريقي الطرفين إلى وقف إطلاق النار"،
   * "تدعو إلى عقد قمة"، "داعيا باكو ويريفان إلى وقف فوري لإطلاق النار") is what is called for, not
   * done: the call, a statement of the sentence or the clause of another saying, is the news.
   */
  static boolean calledFor(Lexicon lexicon, Document doc, TriggerHit h, List<TriggerHit> all) {
    if (h.trigger().form().verbal()
        || h.trigger().type() == EventType.STATEMENT
        || h.first() == 0) {
      return false;
    }
    int from = doc.sentences().get(h.sentence()).firstToken();
    int to = -1;
    for (int i = h.first() - 1; i >= Math.max(from, h.first() - 1 - CALLED_GAP); i--) {
      String w = doc.tokens().get(i).text();
      if (org.chronology.text.Prepositions.isDestination(w)) {
        to = i;
        break;
      }
      if (org.chronology.text.Prepositions.isFree(w)) {
        return false;
      }
    }
    if (to < 0) {
      return false;
    }
    for (int i = to - 1; i >= Math.max(from, h.first() - CALL_REACH); i--) {
      if (lexicon.is(
          FunctionWord.CALL, Proclitics.withoutConjunction(doc.tokens().get(i).text()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A happening noun behind the preposition of a demand whose verb is not itself a trigger ("حين
   * طالب الرئيس بالإفراج عن المعتقلين"، "طالب النواب الحكومة بطرد السفير") is what is demanded, not
   * done: the demand is the news, a statement. A trigger word that itself opens with that letter
   * (بيع) is not behind it.
   */
  static boolean demanded(Lexicon lexicon, Document doc, TriggerHit h, List<TriggerHit> all) {
    int at = demandVerb(lexicon, doc, h);
    return at >= 0 && !statementAt(at, all);
  }

  /**
   * "وتطالب قرارات مجلس الأمن بانسحاب القوات": a demand in the present, not itself a trigger, in a
   * sentence without any date is a standing demand; neither it nor what it asks for is a happening.
   */
  static boolean standingDemand(Lexicon lexicon, Document doc, TriggerHit h, List<TriggerHit> all) {
    int at = demandVerb(lexicon, doc, h);
    if (at < 0 || statementAt(at, all)) {
      return false;
    }
    var s = doc.sentences().get(h.sentence());
    return lexicon.isBareOrJoined(FunctionWord.DEMAND_PRESENT, doc.tokens().get(at).text())
        && SentenceDates.datesIn(doc, s.firstToken(), s.endToken()).isEmpty();
  }

  private static boolean statementAt(int at, List<TriggerHit> all) {
    for (TriggerHit o : all) {
      if (o.first() <= at && at < o.end() && o.trigger().type() == EventType.STATEMENT) {
        return true;
      }
    }
    return false;
  }

  private static boolean behindDemandPreposition(Lexicon lexicon, String token, String phrase) {
    String word = Proclitics.withoutAnd(token);
    for (Proclitics.Form f : Proclitics.forms(word)) {
      String p = word.substring(0, word.length() - f.text().length());
      if (f.preposition()
          && lexicon.is(FunctionWord.DEMANDED_WITH, p)
          && (phrase.isEmpty() || !phrase.startsWith(p))) {
        return true;
      }
    }
    return false;
  }

  /** Where the demand verb the noun at h stands behind is, or -1. */
  private static int demandVerb(Lexicon lexicon, Document doc, TriggerHit h) {
    if (h.trigger().form().verbal() || h.first() == 0) {
      return -1;
    }
    String phrase = org.chronology.text.ArabicNormalizer.key(h.trigger().phrase());
    if (!behindDemandPreposition(lexicon, doc.tokens().get(h.first()).text(), phrase)) {
      return -1;
    }
    int from = doc.sentences().get(h.sentence()).firstToken();
    for (int i = h.first() - 1; i >= Math.max(from, h.first() - CALL_REACH); i--) {
      String w = doc.tokens().get(i).text();
      if (lexicon.isBareOrJoined(FunctionWord.DEMAND, w)
          || lexicon.isBareOrJoined(FunctionWord.DEMAND_PRESENT, w)) {
        return i;
      }
    }
    return -1;
  }
}
