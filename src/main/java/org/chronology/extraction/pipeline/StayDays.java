package org.chronology.extraction.pipeline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronology.extraction.EventType;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.Clause;
import org.chronology.text.Proclitics;
import org.chronology.text.Token;
import org.chronology.text.TsvResource;

/**
 * A visit's noun named as the stay whose later day a happening falls on ("استقبل المرشد اليوم
 * الضيف، في اليوم الثاني من زيارته"، "انطلقت جلسة المحادثات في اليوم الثاني من زيارة الوزير"، "في
 * ثاني أيام زيارته التي بدأها أمس، التقى الرئيس نظيره"): the noun is that day's setting, not the
 * happening told. The guide keeps the meetings of a visit in the visit "unless a meeting is
 * reported with its own separate date", and dev convention review round 62, item 1, counts «في
 * اليوم الثاني من زيارته» and «في ثاني أيام زيارته» as such a day; so the meeting of the clause is
 * its head, and the visit is the one its arrival tells. The words are stays.tsv's {@code stay-day}
 * kinds.
 */
final class StayDays {

  private static final String PATH = "/lang/ar/time/stays.tsv";

  private static final Map<String, Set<String>> WORDS = new HashMap<>();

  /** The rank of a later day's ordinal ("الثاني" → 2), from the file's third column. */
  private static final Map<String, Integer> RANKS = new HashMap<>();

  static {
    TsvResource.byKind(PATH).forEach((kind, list) -> WORDS.put(kind, new HashSet<>(list)));
    for (String[] r : TsvResource.read(PATH, 3)) {
      if (!r[2].isEmpty()) {
        RANKS.put(ArabicNormalizer.key(r[1]), Integer.parseInt(r[2]));
      }
    }
  }

  /**
   * The visit noun t names the later day its clause opens with, after at most a preposition from
   * token {@code from} ("وفي اليوم الثاني من الزيارة"، "في ثاني أيام زيارته"), so the clause is
   * that day and nothing else.
   */
  static boolean opensWithDay(Document doc, TriggerHit t, int from) {
    if (!laterDayOf(doc, t)) {
      return false;
    }
    List<Token> tokens = doc.tokens();
    int i = rankBefore(tokens, t, from);
    if (i < 0) {
      return false;
    }
    int start = i > from && is("stay-day-noun", tokens.get(i - 1).text()) ? i - 1 : i;
    return start - from <= 1;
  }

  /** A later day of a stay: its rank in the stay and the tokens that tell it. */
  record Day(int rank, int first, int end) {}

  /**
   * The ordinal of a later day a few words before the visit noun t, not before token {@code from}
   * ("اليوم الثاني من الزيارة"): its token, or -1.
   */
  private static int rankBefore(List<Token> tokens, TriggerHit t, int from) {
    for (int i = t.first() - 1; i >= Math.max(from, t.first() - 3); i--) {
      if (RANKS.containsKey(Proclitics.withoutConjunction(tokens.get(i).text()))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The later day of a stay sentence s names, as its rank in the stay and the tokens that tell it
   * ("في اليوم الثاني من زيارته" → 2), or null.
   */
  static Day dayIn(Document doc, int s) {
    for (TriggerHit t : doc.triggers()) {
      if (t.sentence() != s || !laterDayOf(doc, t)) {
        continue;
      }
      List<Token> tokens = doc.tokens();
      int i = rankBefore(tokens, t, doc.sentences().get(s).firstToken());
      if (i >= 0) {
        return new Day(RANKS.get(Proclitics.withoutConjunction(tokens.get(i).text())), i, t.end());
      }
    }
    return openingDay(doc, s);
  }

  /**
   * A sentence of a visit's account whose first clause is only a later day ("وفي اليوم الثاني،
   * استقبل …"): the stay is the one the article tells, unnamed.
   */
  private static Day openingDay(Document doc, int s) {
    List<Clause> clauses = doc.sentences().get(s).clauses();
    if (clauses.isEmpty()) {
      return null;
    }
    Clause c = clauses.get(0);
    int f = c.firstToken();
    if (c.endToken() - f != 3) {
      return null;
    }
    List<Token> tokens = doc.tokens();
    Integer rank = RANKS.get(tokens.get(f + 2).text());
    boolean day =
        is("stay-day-in", Proclitics.withoutConjunction(tokens.get(f).text()))
            && is("stay-day-noun", tokens.get(f + 1).text());
    return day && rank != null ? new Day(rank, f + 1, f + 3) : null;
  }

  private StayDays() {}

  private static boolean is(String kind, String w) {
    Set<String> set = WORDS.getOrDefault(kind, Set.of());
    return set.contains(w) || set.contains(Proclitics.withoutAndOrPreposition(w));
  }

  /** Sentence s names a later day of a stay ("في اليوم الثاني من زيارته"). */
  static boolean inSentence(Document doc, int s) {
    for (TriggerHit t : doc.triggers()) {
      if (t.sentence() == s && laterDayOf(doc, t)) {
        return true;
      }
    }
    return false;
  }

  /** The visit noun t stands right after a later day of the stay it names. */
  static boolean laterDayOf(Document doc, TriggerHit t) {
    if (t == null || t.trigger().type() != EventType.VISIT || t.trigger().form().verbal()) {
      return false;
    }
    List<Token> tokens = doc.tokens();
    int f = doc.sentences().get(t.sentence()).firstToken();
    int i = t.first() - 1;
    if (i - 1 >= f && is("stay-days", tokens.get(i).text())) {
      return is("stay-day-first-of", tokens.get(i - 1).text());
    }
    // "في اليوم الثاني للزيارة": the preposition fused with the noun stands for من
    boolean fused = Proclitics.afterFusingPreposition(tokens.get(t.first()).text()) != null;
    if (i < f || !fused && !is("stay-day-of", tokens.get(i).text())) {
      return false;
    }
    int o = fused ? i : i - 1;
    if (o >= f && is("stay-day-also-last", tokens.get(o).text())) {
      o--;
    }
    return o - 1 >= f
        && is("stay-day-ordinal", tokens.get(o).text())
        && is("stay-day-noun", tokens.get(o - 1).text());
  }
}
