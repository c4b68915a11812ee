package org.chronology.extraction.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.Trigger;
import org.chronology.extraction.lang.TriggerForm;
import org.chronology.text.Clause;
import org.chronology.text.PhraseMatcher;
import org.chronology.text.Prepositions;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;

/**
 * Verb-and-object triggers written with the subject between verb and object, the usual order of
 * news Arabic: "سحبت تركيا سفيرها"، "وصل الرئيس الأوكراني أمس إلى أنقرة"، "أطلق مسلحون النار". The
 * hit is the verb alone (the subject between stays free for actors). When the object is a
 * preposition of destination ("وصل … إلى"), a place or a state must follow it: "وصلت العلاقات إلى
 * أدنى مستوى" is no arrival.
 */
final class VerbObjectTriggers {

  /**
   * How many words (the subject, a date) may stand between the verb and its object: a subject of
   * two offices and a date takes nine ("وصل نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين الأردني
   * أمس إلى بغداد").
   */
  static final int MAX_GAP = 9;

  private VerbObjectTriggers() {}

  static List<TriggerHit> find(
      Lexicon lexicon, Document doc, Sentence s, List<TriggerHit> found, boolean[] quoted) {
    List<TriggerHit> out = new ArrayList<>();
    Reach reach = Reach.of(lexicon, doc, s);
    boolean[] aside = reach.aside();
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      if (covered(found, i)) {
        continue;
      }
      int clauseEnd = reach.clauseEnd(i);
      for (Proclitics.Form form : doc.forms().of(i)) {
        PhraseMatcher<Trigger> rest = lexicon.verbObjectRest(form.text());
        if (rest == null) {
          continue;
        }
        Trigger t = restAfterGap(lexicon, doc, rest, found, i, clauseEnd, s, aside);
        if (t == null) {
          t = subjectFirst(lexicon, doc, rest, s, i);
        }
        if (t != null && t.form() == TriggerForm.VERB && form.preposition()) {
          continue; // a past verb takes no preposition: "طالب بفرض عقوبات" is a verbal noun
        }
        if (t != null) {
          out.add(
              new TriggerHit(
                  s.index(), i, i + 1, t, form.future(), false, false, quoted[i - s.firstToken()]));
          break;
        }
      }
    }
    return out;
  }

  private static Trigger restAfterGap(
      Lexicon lexicon,
      Document doc,
      PhraseMatcher<Trigger> rest,
      List<TriggerHit> found,
      int verb,
      int clauseEnd,
      Sentence s,
      boolean[] aside) {
    int gap = 0;
    for (int j = verb + 2; j < clauseEnd && gap < MAX_GAP; j++) {
      if (!aside[j - 1 - s.firstToken()]) {
        gap++; // a date or an aside between is not counted: only the subject's words are
      }
      if (startsVerb(found, j - 1)) {
        return null; // another verb: the object belongs to it
      }
      PhraseMatcher.Match<Trigger> m = rest.longestAt(doc.tokens(), doc.forms(), j, clauseEnd);
      if (m == null) {
        continue;
      }
      String last = doc.tokens().get(m.end() - 1).text();
      if (Prepositions.isDestination(last) && !placeAt(lexicon, doc, m.end(), clauseEnd)) {
        return null;
      }
      return m.values().get(0);
    }
    return null;
  }

  /**
   * "وكانت محكمة العدل الدولية قد أمرت فنزويلا": in a past perfect the subject may stand between
   * كان and قد, before its verb; a trigger whose second word is that subject ("أمرت المحكمة") is
   * then read backwards from the verb to كان.
   */
  private static Trigger subjectFirst(
      Lexicon lexicon, Document doc, PhraseMatcher<Trigger> rest, Sentence s, int verb) {
    int particle = verb - 1;
    if (particle <= s.firstToken()
        || !lexicon.anyIn(FunctionWord.PERFECT, doc.tokens(), particle, verb)) {
      return null;
    }
    for (int k = particle - 1; k >= Math.max(s.firstToken(), particle - 1 - MAX_GAP); k--) {
      if (lexicon.anyIn(FunctionWord.WAS, doc.tokens(), k, k + 1)) {
        for (int j = k + 1; j < particle; j++) {
          PhraseMatcher.Match<Trigger> m = rest.longestAt(doc.tokens(), doc.forms(), j, particle);
          if (m != null) {
            return m.values().get(0);
          }
        }
        return null;
      }
    }
    return null;
  }

  private static boolean placeAt(Lexicon lexicon, Document doc, int i, int end) {
    // a place noun (إلى العاصمة القطرية الدوحة) names a place as a known name does
    return i < end
        && (lexicon.is(FunctionWord.PLACE_NOUN, doc.tokens().get(i).text())
            || lexicon.places().longestAt(doc.tokens(), doc.forms(), i, end) != null
            || lexicon.stateNames().longestAt(doc.tokens(), doc.forms(), i, end) != null);
  }

  /** Whether token {@code i} lies inside a trigger already found. */
  static boolean covered(List<TriggerHit> found, int i) {
    for (TriggerHit h : found) {
      if (h.first() <= i && i < h.end()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a verbal trigger already found starts at token {@code i}. */
  static boolean startsVerb(List<TriggerHit> found, int i) {
    for (TriggerHit h : found) {
      if (h.first() == i && h.trigger().form().verbal()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The longest a relative clause set off by commas may be ("، الذي تتولى بلاده رئاسة الاتحاد،").
   */
  private static final int ASIDE = 10;

  /**
   * Relative clauses set off by commas after the subject ("ووصل الرئيس، الذي تتولى بلاده رئاسة
   * الاتحاد، إلى موسكو"): an aside about the subject, the verb's object still follows.
   */
  private static List<Clause> asides(Lexicon lexicon, Document doc, List<Clause> clauses) {
    List<Clause> out = new ArrayList<>();
    for (int i = 1; i + 1 < clauses.size(); i++) {
      Clause c = clauses.get(i);
      String first = Proclitics.withoutConjunction(doc.tokens().get(c.firstToken()).text());
      if (c.endToken() - c.firstToken() <= ASIDE && lexicon.is(FunctionWord.RELATIVE, first)) {
        out.add(c);
      }
    }
    return out;
  }

  /** The longest a date set off by commas may be, with its day-part word ("صباح الثلاثاء"). */
  private static final int DATE_CLAUSE = 3;

  /**
   * Clauses with a short clause between them that is a date, ending with it ("، صباح الثلاثاء،"),
   * joined back into one.
   */
  private static List<Clause> joinDates(List<Clause> clauses, List<DateHit> dates) {
    return EventSegmentStage.joinAround(
        clauses, c -> c.endToken() - c.firstToken() <= DATE_CLAUSE && endsWithDate(c, dates));
  }

  private static boolean endsWithDate(Clause c, List<DateHit> dates) {
    for (DateHit d : dates) {
      if (d.first() >= c.firstToken() && d.end() == c.endToken()) {
        return true;
      }
    }
    return false;
  }

  /**
   * How far a verb's object may stand in sentence {@code s}: the verb's clause with dates and
   * relative asides set off by commas joined back into it, and those dates and asides, which are
   * not counted among the words between verb and object.
   */
  record Reach(Sentence s, List<Clause> clauses, boolean[] aside) {

    static Reach of(Lexicon lexicon, Document doc, Sentence s) {
      List<DateHit> dates = SentenceDates.datesIn(doc, s.firstToken(), s.endToken());
      List<Clause> asides = asides(lexicon, doc, s.clauses());
      List<Clause> clauses =
          EventSegmentStage.joinAround(joinDates(s.clauses(), dates), asides::contains);
      boolean[] aside = new boolean[s.endToken() - s.firstToken()];
      for (Clause c : asides) {
        Arrays.fill(aside, c.firstToken() - s.firstToken(), c.endToken() - s.firstToken(), true);
      }
      for (DateHit d : dates) {
        Arrays.fill(
            aside,
            d.first() - s.firstToken(),
            Math.min(d.end(), s.endToken()) - s.firstToken(),
            true);
      }
      return new Reach(s, clauses, aside);
    }

    /**
     * The end of the clause holding a word; a date set off by commas ("أغلقت السلطات، صباح
     * الثلاثاء، معبر …") does not end the verb's clause, its object still follows.
     */
    int clauseEnd(int i) {
      for (Clause c : clauses) {
        if (c.firstToken() <= i && i < c.endToken()) {
          return c.endToken();
        }
      }
      return s.endToken();
    }

    /** Token {@code i} is in a date or an aside set off by commas. */
    boolean aside(int i) {
      return aside[i - s.firstToken()];
    }
  }
}
