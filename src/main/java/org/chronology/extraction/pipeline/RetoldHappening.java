package org.chronology.extraction.pipeline;

import static org.chronology.extraction.pipeline.DraftComparisons.datesCompatible;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.EventType;
import org.chronology.extraction.Role;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.TriggerForm;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.Proclitics;
import org.chronology.text.TsvResource;

/**
 * A further mention of a happening already told, read under another type: a reception, talks or a
 * remark typed as a meeting or a statement next to the visit they belong to, a step told again as a
 * deal next to the diplomatic act. It names no one the happening does not already involve (the same
 * parties, or one side only), no date of its own that disagrees, no other place (checked before),
 * and no word of "again" or "another"; then it takes the happening's type and folds.
 */
final class RetoldHappening {

  private static final Map<String, List<String>> WORDS =
      TsvResource.byKind("/lang/ar/extraction/retold.tsv");

  /** How far from the mention's word an "again" word may stand. */
  private static final int AGAIN_REACH = 3;

  private RetoldHappening() {}

  static boolean retold(Document doc, EventDraft p, EventDraft e) {
    if (p.sentence >= e.sentence
        || p.type == e.type
        || !pairRetold(p.type, e)
        || p.status != e.status
        || e.date != null && (e.ownDate || e.date.expression().start() != null) && !sameTime(p, e)
        || again(doc, e)) {
      return false;
    }
    return withinParties(p, e);
  }

  /**
   * "وأكد الوزير أن زيارة جلالة السلطان تأتي …"، "أبلغت السلطات السورية بقرارها" further down: a
   * happening named again by its noun (a visit's, or a definite or possessed one), without a date
   * of its own, by the happening's sides only, is the happening told before (the guide: one
   * happening, one event; further mentions are evidence), unless a word of "again" or "another"
   * stands by it. A verb tells a new act and is left to the other rules.
   */
  static boolean namedAgain(Document doc, EventDraft p, EventDraft e) {
    return p.sentence < e.sentence
        && p.type == e.type
        && (e.type == EventType.VISIT || e.head.definite() || e.head.possessive())
        && p.status == e.status
        && !e.head.trigger().form().verbal()
        && (e.date == null || !e.ownDate && e.date.expression().start() == null)
        && !again(doc, e)
        && sameSides(p, e);
  }

  /**
   * "استدعت الدولة سفيرها … وقال المتحدث إن الحكومة قررت استدعاء السفير" further down: the
   * happening's own word (the stem of its trigger) named again by a noun, with no date of its own
   * (an inherited one that agrees), of the same status and by the happening's sides only, is the
   * happening told before (the guide: one happening, however many sentences report it, is one
   * event), unless a word of "again" or "another" stands by it. Unlike {@link #namedAgain}, the
   * noun need not be definite: sharing the word is what points back.
   */
  static boolean sameWordAgain(Document doc, EventDraft p, EventDraft e) {
    return p.sentence < e.sentence
        && p.type == e.type
        && p.status == e.status
        && e.head.trigger().form() == TriggerForm.NOUN
        && !e.ownDate
        && datesCompatible(p, e)
        && sameWord(p.head, e.head)
        && !again(doc, e)
        && sameSides(p, e);
  }

  /**
   * "وقال الوزير إن الاتفاق «يفتح باباً جديداً …»، فيما أعلن نظيره أن الجانبين سيعقدان منتدى في
   * يونيو المقبل"، "ويرى المحلل أن «استدعاء السفيرة رسالة واضحة»، مضيفاً أن «مدريد مطالبة اليوم
   * …»": a happening's definite noun opening what someone says (right after إن/أن) is the topic of
   * the saying, the happening already told and now judged, not a new one (the guide: one happening,
   * however many sentences report it). The future or the day another clause of the sentence tells,
   * past another إن/أن, is not the noun's. Of the happening's type (or one it is wrongly read
   * under), by its sides only, with no word of "again" or "another" by it, and the article's
   * first-told happening of that type.
   */
  static boolean topicOfSaying(Lexicon lexicon, Document doc, EventDraft p, EventDraft e) {
    int h = e.head.first();
    if (p.sentence >= e.sentence
        || p.type != e.type && !pairRetold(p.type, e)
        || e.head.trigger().form().verbal()
        || !e.head.definite() && !e.head.possessive() && !annexedToDefinite(doc, e)
        || h <= doc.sentences().get(e.sentence).firstToken()
        || !lexicon.isBareOrJoined(FunctionWord.COMPLEMENTIZER, doc.tokens().get(h - 1).text())
        || again(doc, e)) {
      return false;
    }
    if (e.date != null
        && e.ownDate
        && !datesCompatible(p, e)
        && !lexicon.anyIn(
            FunctionWord.COMPLEMENTIZER, doc.tokens(), e.head.end(), e.date.first())) {
      return false; // "إن اتفاق عام 2015 …": the noun's own day names another happening
    }
    int end = doc.sentences().get(e.sentence).endToken();
    if (e.status != p.status
        && !lexicon.anyIn(FunctionWord.COMPLEMENTIZER, doc.tokens(), e.head.end(), end)) {
      return false; // "وأن الصفقة قد توقع خلال الأشهر المقبلة": a step of its own still to come
    }
    return sameSides(p, e) && firstOfItsKind(doc, p);
  }

  /**
   * "استدعاء السفيرة"، "افتتاح السفارة": a noun annexed to a definite noun right after it is
   * definite by that annexation.
   */
  private static boolean annexedToDefinite(Document doc, EventDraft e) {
    // the annexed noun is the trigger's own second word ("استدعاء السفير") or the word after it
    int to = Math.min(e.head.end() + 1, doc.sentences().get(e.sentence).endToken());
    return e.head.first() + 1 < to
        && Proclitics.hasArticle(doc.tokens().get(e.head.first() + 1).text());
  }

  /**
   * No happening of p's type told before p stands apart from it: a noun with nothing of its own
   * names the article's first-told happening of its kind ("أن الزيارة" after the visit told and an
   * earlier one recalled, "منذ زيارته الأولى عام 1997"), not the one recalled last.
   */
  private static boolean firstOfItsKind(Document doc, EventDraft p) {
    for (EventDraft d : doc.events()) {
      if (d == p) {
        return true;
      }
      EventDraft root = d;
      while (root.foldedInto != null) {
        root = root.foldedInto;
      }
      if (d.type == p.type && root != p) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first words of both triggers are one word: equal, or beginning alike for {@value
   * #STEM_LETTERS} letters (a derived verb and its verbal noun share the root with its prefix).
   */
  static boolean sameWord(TriggerHit a, TriggerHit b) {
    String x = firstWord(a.trigger().phrase());
    String y = firstWord(b.trigger().phrase());
    return x.equals(y)
        || x.length() >= STEM_LETTERS
            && y.length() >= STEM_LETTERS
            && x.regionMatches(0, y, 0, STEM_LETTERS);
  }

  /** Letters two forms of one word share at least (root and derivation prefix). */
  private static final int STEM_LETTERS = 4;

  private static String firstWord(String phrase) {
    String w = phrase.strip().split("\\s+")[0];
    int cut = w.indexOf('!');
    w = cut >= 0 ? w.substring(0, cut) : w;
    return ArabicNormalizer.key(w.endsWith("*") ? w.substring(0, w.length() - 1) : w);
  }

  /**
   * Every state e names is one of p's, and so is the state of every person or body e names; a
   * person of no known state may stand by unless travelling (the minister who speaks of the visit);
   * e shares at least a state or a person with p.
   */
  private static boolean sameSides(EventDraft p, EventDraft e) {
    Set<String> names = DraftComparisons.names(p);
    Set<String> states = DraftComparisons.states(p);
    boolean shared = false;
    for (ResolvedActor a : e.actors) {
      if (names.contains(a.name())) {
        shared = true;
        continue;
      }
      String state = a.kind() == ActorKind.COUNTRY ? a.name() : a.country();
      if (state == null && a.kind() == ActorKind.PERSON && a.role() != Role.VISITOR) {
        continue;
      }
      if (state == null
          || !states.contains(state)
          || a.kind() != ActorKind.COUNTRY && a.role() == Role.VISITOR) {
        return false;
      }
      shared |= a.kind() == ActorKind.COUNTRY;
    }
    return shared;
  }

  /**
   * Types a further mention of a happening of type {@code told} may wrongly take; an act or an
   * instrument is named again by a definite or possessed noun ("الاتفاق"، "اعترافها"), while "توقيع
   * عقد" tells another one. A statement is left out: a party's reaction is news of its own, and
   * what those taking part said during the happening is already {@link Sayings#saidDuring}.
   */
  private static boolean pairRetold(EventType told, EventDraft e) {
    return switch (told) {
      case VISIT -> e.type == EventType.MEETING || e.type == EventType.OTHER;
      case MEETING -> e.type == EventType.OTHER;
      case DIPLOMATIC, DEAL ->
          (e.type == EventType.DEAL || e.type == EventType.DIPLOMATIC)
              && !e.head.trigger().form().verbal()
              && (e.head.definite() || e.head.possessive());
      case INCIDENT -> e.type == EventType.MILITARY;
      default -> false;
    };
  }

  /** e's date, its own or its sentence's, is resolved and overlaps p's resolved date. */
  private static boolean sameTime(EventDraft p, EventDraft e) {
    return p.date != null
        && p.date.expression().start() != null
        && e.date.expression().start() != null
        && datesCompatible(p, e);
  }

  /** A word of "again" or "another" stands near e's word. */
  static boolean again(Document doc, EventDraft e) {
    List<String> words = WORDS.get("again");
    var s = doc.sentences().get(e.sentence);
    int from = Math.max(s.firstToken(), e.head.first() - AGAIN_REACH);
    int to = Math.min(s.endToken(), e.head.end() + AGAIN_REACH);
    for (int t = from; t < to; t++) {
      String w = doc.tokens().get(t).text();
      if (words.contains(w) || words.contains(Proclitics.withoutAndOrPreposition(w))) {
        return true;
      }
    }
    return false;
  }

  /** A word of a summit stands in e's clauses. */
  static boolean summit(Document doc, EventDraft e) {
    List<String> words = WORDS.get("summit");
    for (int t = e.first; t < e.end; t++) {
      String w = doc.tokens().get(t).text();
      if (words.contains(w) || words.contains(Proclitics.withoutAndOrPreposition(w))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Every state e names is one of p's, every person e names is one of p's or of one of p's states,
   * and e shares at least one actor with p.
   */
  private static boolean withinParties(EventDraft p, EventDraft e) {
    Set<String> names = DraftComparisons.names(p);
    Set<String> states = DraftComparisons.states(p);
    boolean shared = false;
    for (ResolvedActor a : e.actors) {
      boolean known = names.contains(a.name());
      shared |= known;
      if (known) {
        continue;
      }
      if (a.kind() == ActorKind.COUNTRY) {
        if (!states.contains(a.name())) {
          return false;
        }
        shared = true;
      } else if (a.country() == null || !states.contains(a.country())) {
        return false;
      } else if (a.kind() == ActorKind.PERSON && a.role() != null) {
        return false; // someone else doing it
      }
    }
    return shared;
  }
}
