package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.actor.GazetteerEntry;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;

/** Parties a clause names together: a dual, a shared body or a count ("الدول الثلاث"). */
final class CollectiveParties {

  private CollectiveParties() {}

  /**
   * The clause names the two parties by a dual ("البلدان"، "الجانبين"، "الزعيمان") or by the body
   * they share ("اللجنة الفنية المشتركة"), which stands for both. The clause's words start at
   * {@code from} (before its first token when a witness verb's subject presides over it).
   */
  static boolean namesParties(Lexicon lexicon, Document doc, EventDraft d, int from) {
    for (int t = from; t < d.end; t++) {
      String w = doc.tokens().get(t).text();
      if (lexicon.namesParties(w) || lexicon.is(FunctionWord.JOINT_ADJECTIVE, w) && named(doc, t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the clause names parties by a counted plural ("الدول الثلاث") or an n-sided adjective
   * ("القمة الثلاثية"); -1 when it does not.
   */
  static int countedAt(Lexicon lexicon, Document doc, EventDraft d) {
    for (int t = d.first; t < d.end; t++) {
      String next = nextWord(doc, d, t);
      String w = doc.tokens().get(t).text();
      int n = lexicon.countedParties(w, next);
      if (n == 0) {
        continue;
      }
      boolean sides = lexicon.namesSides(w);
      if (sides && !afterEventNoun(lexicon, doc, t)) {
        continue; // "خلال الثلاثي الأول": a quarter of the year, no n-sided meeting
      }
      if (!sides && opens(doc, t + 2)) {
        continue; // "الرؤساء الثلاثة عون وبري وميقاتي": the clause names them itself
      }
      return t;
    }
    return -1;
  }

  static String nextWord(Document doc, EventDraft d, int t) {
    return t + 1 < d.end && !TitledNames.hasStop(doc, t + 1)
        ? doc.tokens().get(t + 1).text()
        : null;
  }

  /** Token {@code t} follows an event noun ("القمة الثلاثية"، "الاجتماع الثلاثي"). */
  private static boolean afterEventNoun(Lexicon lexicon, Document doc, int t) {
    if (t == 0 || TitledNames.hasStop(doc, t)) {
      return false;
    }
    var trigger = lexicon.triggers().longestAt(doc.tokens(), doc.forms(), t - 1, t);
    return trigger != null && trigger.first() == t - 1 && !trigger.values().get(0).form().verbal();
  }

  /** An actor mention covers token {@code t}. */
  private static boolean named(Document doc, int t) {
    for (ActorHit h : doc.actors()) {
      if (h.first() <= t && t < h.end()) {
        return true;
      }
    }
    return false;
  }

  /** An actor mention opens at token {@code t}. */
  private static boolean opens(Document doc, int t) {
    for (ActorHit h : doc.actors()) {
      if (h.first() == t) {
        return true;
      }
    }
    return false;
  }

  /** The office of a dual title in the clause ("الرئيسان"، "الوزيرين"), or null. */
  static String leadersOffice(Lexicon lexicon, Document doc, EventDraft d, int from) {
    for (int t = from; t < d.end; t++) {
      if (lexicon.namesParties(doc.tokens().get(t).text())) {
        var title = lexicon.titles().longestAt(doc.tokens(), doc.forms(), t, t + 1);
        if (title != null && title.first() == t && title.values().get(0).office() != null) {
          return title.values().get(0).office();
        }
      }
    }
    return null;
  }

  /**
   * "ووقّع البلدان اتفاقية": the dual stands for the two states of the article's relationship; the
   * ones the clause does not already name join the event, implied.
   */
  static void addParties(EventDraft d, List<GazetteerEntry> pair) {
    if (pair.size() < 2) {
      return;
    }
    for (GazetteerEntry c : pair) {
      boolean present = false;
      for (ResolvedActor a : d.actors) {
        present |= a.name().equals(c.name());
      }
      if (!present) {
        d.actors.add(ResolvedActor.implied(c, null));
      }
    }
  }

  /**
   * "ووقعت الدول الثلاث": the article's states join the event, implied, until it has as many states
   * as the count says; the ones the clause names already are among them.
   */
  static void addCounted(EventDraft d, List<GazetteerEntry> states, int before) {
    java.util.Set<String> named = new java.util.HashSet<>();
    for (ResolvedActor a : d.actors) {
      if (a.first() >= before) {
        continue;
      }
      String state = a.kind() == ActorKind.COUNTRY ? a.name() : a.identity().country();
      if (state != null) {
        named.add(state);
      }
    }
    for (GazetteerEntry c : states) {
      if (named.size() >= states.size()) {
        return;
      }
      if (named.add(c.name()) && d.actors.stream().noneMatch(a -> a.name().equals(c.name()))) {
        d.actors.add(ResolvedActor.implied(c, null));
      }
    }
  }
}
