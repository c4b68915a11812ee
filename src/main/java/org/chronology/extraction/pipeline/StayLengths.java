package org.chronology.extraction.pipeline;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;
import org.chronology.text.Token;
import org.chronology.text.TsvResource;
import org.chronology.time.Precision;
import org.chronology.time.TemporalExpression;
import org.chronology.time.TemporalTagger;

/**
 * The days a happening is told to last ("وصل … أمس في زيارة تستغرق ثلاثة أيام"، "اختتم أمس زيارة
 * استمرت يومين"، "زيارة بدأها أمس الاثنين وتستمر يومين"): the guide and the dev conventions date a
 * visit, a meeting or an exercise from its first day to its last, so a happening dated by one day
 * whose own clauses give its length takes that interval, once merging is done. The day told is the
 * first, unless a closing word tells the end (then the length counts back from it) or a word of
 * beginning names the first day with a date of its own. A happening only known to fall in a week or
 * a month keeps its date: its first day is not known.
 */
final class StayLengths {

  private static final String PATH = "/lang/ar/time/stays.tsv";

  /** How many words after the happening's head its length may stand. */
  private static final int LENGTH_REACH = 12;

  /** How many words after a word of beginning or closing its date phrase may open. */
  private static final int MARK_REACH = 2;

  /** The longest stay read as days of a happening (longer ones are spells, not stays). */
  private static final int MAX_DAYS = 14;

  private final Map<String, Set<String>> words = new HashMap<>();

  StayLengths() {
    TsvResource.byKind(PATH).forEach((kind, list) -> words.put(kind, new HashSet<>(list)));
  }

  private boolean is(String kind, String word) {
    Set<String> set = words.get(kind);
    return set.contains(word)
        || set.contains(Proclitics.withoutAndOrPreposition(word))
        || set.contains(Proclitics.withoutConjunction(word));
  }

  /**
   * Marks each draft dated by a single day whose clauses tell its length with the interval of that
   * length ({@link EventDraft#stay}); {@link #settle} gives it once merging is done, so that the
   * days of a stay never decide which mentions are one happening.
   */
  void mark(Document doc) {
    for (EventDraft d : doc.events()) {
      d.stay = null;
      d.stayTold = null;
      if (!oneDay(d.date)) {
        continue;
      }
      int at = lengthAt(doc, d);
      if (at < 0) {
        continue;
      }
      int days = days(doc, at + 1);
      if (days < 2) {
        continue;
      }
      Sentence s = doc.sentences().get(d.sentence);
      DateHit first = after(doc, s, "began");
      DateHit last = first == null ? after(doc, s, "closing") : null;
      d.stayTold = d.date;
      if (first != null) {
        LocalDate from = first.expression().start();
        d.stay = stretched(first, from, from.plusDays(days - 1L));
      } else if (last != null) {
        LocalDate to = last.expression().start();
        d.stay = stretched(last, to.minusDays(days - 1L), to);
      } else if (closing(doc, s, at)) {
        LocalDate to = d.date.expression().start();
        d.stay = stretched(d.date, to.minusDays(days - 1L), to);
      } else {
        LocalDate from = d.date.expression().start();
        d.stay = stretched(d.date, from, from.plusDays(days - 1L));
      }
    }
  }

  /**
   * Once merging is done: a happening still dated by the day its stay was read from (its own, or
   * that of a mention folded into it) takes the stay's interval.
   */
  static void settle(List<EventDraft> all) {
    for (EventDraft f : all) {
      if (f.stay == null) {
        continue;
      }
      EventDraft target = f;
      while (target.foldedInto != null) {
        target = target.foldedInto;
      }
      if (target.date == f.stayTold) {
        target.date = f.stay;
      }
    }
  }

  /** A date of one day, resolved. */
  private static boolean oneDay(DateHit h) {
    if (h == null) {
      return false;
    }
    TemporalExpression e = h.expression();
    return e.start() != null
        && e.precision() == Precision.DAY
        && (e.end() == null || e.end().equals(e.start()));
  }

  private static DateHit stretched(DateHit h, LocalDate from, LocalDate to) {
    return new DateHit(h.first(), h.end(), h.expression().withInterval(from, to));
  }

  /**
   * Where the word of length of d's own clauses stands, after its head and with no trigger of
   * another type, and no other draft's head, between: the length is d's ("استقبل الأمير الرئيس،
   * الذي يقوم بزيارة تستغرق يومين" tells the visit's length, not the reception's); -1 when none.
   */
  private int lengthAt(Document doc, EventDraft d) {
    int to = Math.min(d.end, d.head.end() + LENGTH_REACH);
    for (int t = d.head.end(); t < to; t++) {
      if (!is("lasts", doc.tokens().get(t).text())) {
        continue;
      }
      return ownLength(doc, d, t) ? t : -1;
    }
    return -1;
  }

  private static boolean ownLength(Document doc, EventDraft d, int at) {
    for (TriggerHit h : doc.triggers()) {
      if (h.first() >= d.head.end() && h.first() < at && h.trigger().type() != d.type) {
        return false;
      }
    }
    for (EventDraft o : doc.events()) {
      if (o != d
          && o.sentence == d.sentence
          && o.head.first() > d.head.first()
          && o.head.first() < at) {
        return false;
      }
    }
    return true;
  }

  /** The days counted from token t: a dual ("يومين"), or a number and the plural; 0 if none. */
  private int days(Document doc, int t) {
    List<Token> tokens = doc.tokens();
    if (t >= tokens.size()) {
      return 0;
    }
    String w = tokens.get(t).text();
    if (is("two", w)) {
      return 2;
    }
    if (t + 1 >= tokens.size() || !is("days", tokens.get(t + 1).text())) {
      return 0;
    }
    Integer n = TemporalTagger.countWord(w);
    if (n == null && !w.isEmpty() && w.chars().allMatch(Character::isDigit)) {
      n = 0;
      for (int i = 0; i < w.length(); i++) {
        n = n * 10 + Character.digit(w.charAt(i), 10);
      }
    }
    return n == null || n > MAX_DAYS ? 0 : n;
  }

  /**
   * A date of one day right after a word of beginning ("بدأها أمس الاثنين") or closing ("اختتمها
   * مساء أمس") in the sentence.
   */
  private DateHit after(Document doc, Sentence s, String kind) {
    for (int t = s.firstToken(); t < s.endToken(); t++) {
      if (!is(kind, doc.tokens().get(t).text())) {
        continue;
      }
      for (DateHit h : doc.dates()) {
        if (h.first() > t && h.first() <= t + MARK_REACH && oneDay(h)) {
          return h;
        }
      }
    }
    return null;
  }

  /** A closing word before the length: the day told is the stay's last. */
  private boolean closing(Document doc, Sentence s, int at) {
    for (int t = s.firstToken(); t < at; t++) {
      if (is("closing", doc.tokens().get(t).text())) {
        return true;
      }
    }
    return false;
  }
}
