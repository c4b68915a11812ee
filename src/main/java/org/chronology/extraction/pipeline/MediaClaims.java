package org.chronology.extraction.pipeline;

import org.chronology.text.Sentence;

/**
 * Whether a medium or unnamed sources tell a happening (guide, Status: `reported` for claims the
 * article does not confirm; dev README "كشفت صحيفة X … أن Y", "علمت … من مصادر"): a verb of
 * revealing whose subject is a medium ("كشفت «هآرتس» أن"، "وكانت صحيفة «هآرتس» قد كشفت أن"), or a
 * report verb whose subject is unnamed ("قالت مصادر مطلعة إن"، "تقارير إعلامية قالت إن"), then its
 * "أن" before the happening. The words are occasion.tsv's {@code reveal}, {@code report}, {@code
 * told}, {@code medium}, {@code unnamed}, {@code complement} and {@code quoting}.
 */
final class MediaClaims {

  /** How many words "أن" may stand after the report verb (the medium, its name, a date). */
  private static final int COMPLEMENT_REACH = 9;

  /** How many words a medium subject may stand before its verb (its name, "قد"). */
  private static final int SUBJECT_REACH = 4;

  private final OccasionDates words;

  MediaClaims(OccasionDates words) {
    this.words = words;
  }

  /**
   * A claim frame closes before {@code head} in {@code s}: a verb of revealing with a medium or a
   * quoted name as its subject, or any report verb whose subject is unnamed (reports, sources, the
   * media). A named paper that writes or recalls ("كتبت «معاريف» أن"، "ذكّرت الصحيفة بأن") reports
   * what the article takes as done; a medium that mentions ("ذكرت الصحيفة أن"، "وكانت صحيفة «هآرتس»
   * قد ذكرت أن") tells a claim, as the claim cue "ذكرت صحيفة" does.
   */
  boolean frames(Document doc, Sentence s, int head) {
    // the nearest saying with its "أن" before the happening is its frame ("وقالت مصادر إن …، فيما
    // قال التلفزيون إن …": the second happening is the television's word)
    for (int v = head - 1; v >= s.firstToken(); v--) {
      String w = doc.tokens().get(v).text();
      if (!bare("reveal", w) && !bare("report", w) && !bare("told", w)) {
        continue;
      }
      if (complementBefore(doc, v, head)) {
        return claim(doc, s, v, head);
      }
    }
    return false;
  }

  /**
   * The saying at {@code v} is itself the only word of its sentence's event ("وكانت صحيفة «معاريف»
   * ذكرت الشهر الماضي أن …"، "ذكرت صحف عراقية أن بغداد تدرس …"): a medium or unnamed sources
   * telling a happening of the complement whose own word the extractor does not know. The news is
   * that happening, told as a claim (dev README "كشفت صحيفة X … أن Y": Y, reported), not the
   * medium's statement.
   */
  boolean ownFrame(Document doc, Sentence s, int v) {
    String w = doc.tokens().get(v).text();
    if (!bare("reveal", w) && !bare("report", w) && !bare("told", w)) {
      return false;
    }
    int end = s.endToken();
    return complementBefore(doc, v, end) && claim(doc, s, v, end) && !guessed(doc, v, end);
  }

  /**
   * "ذكرت مجلة أن سلاح الجو ربما يستخدم القاعدة": a medium that only guesses tells no happening;
   * its assessment is the news, a statement.
   */
  private boolean guessed(Document doc, int v, int end) {
    for (int c = v + 1; c < end; c++) {
      if (bare("guess", doc.tokens().get(c).text())) {
        return true;
      }
    }
    return false;
  }

  private boolean claim(Document doc, Sentence s, int v, int head) {
    String w = doc.tokens().get(v).text();
    boolean reveal = bare("reveal", w);
    int subject = v + 1 < head && bare("medium", doc.tokens().get(v + 1).text()) ? v + 1 : -1;
    if (subject < 0) {
      subject = mediumBefore(doc, s, v);
    }
    return subject >= 0 && (reveal || bare("unnamed", doc.tokens().get(subject).text()))
        || reveal && quotedNameAfter(doc, v)
        || subject >= 0 && bare("mention", w) && !remindedOf(doc, v, head);
  }

  /**
   * A happening that dates another of its sentence ("أن وفداً زار باكو قبل يوم من انطلاق العملية")
   * is the claim's time reference, not part of what is claimed.
   */
  static void leaveAnchors(Document doc) {
    for (EventDraft x : doc.events()) {
      if (x.anchor != null && x.anchor.sentence == x.sentence) {
        x.anchor.mediaClaim = false;
      }
    }
  }

  /**
   * Once the tellings of a happening are one event, it is reported if its first telling (or the
   * body's, for a headline) is a claim; a later claim about a happening the article told as done
   * leaves it done, and marks set before coalescing would have kept the tellings apart. A
   * consideration the press or unnamed sources tell ("وذكرت مصادر أن الكويت تدرس اقتناء …") keeps
   * its mark: reported already, it is their claim the article does not confirm (guide, Status:
   * reported), not the writer's own hedge, and is weighed as a claim.
   */
  static void reported(java.util.List<EventDraft> events) {
    for (EventDraft e : events) {
      // the mark stays only on a happening reported for it (a plan they tell stays planned)
      e.mediaClaim &=
          e.status == org.chronology.extraction.EventStatus.HAPPENED
              || e.status == org.chronology.extraction.EventStatus.REPORTED;
      if (e.mediaClaim) {
        e.status = org.chronology.extraction.EventStatus.REPORTED;
      }
    }
  }

  private boolean bare(String kind, String word) {
    return words.isBare(kind, word);
  }

  /** "كشفت «هآرتس» أن": a name in quotation marks right after the verb. */
  private static boolean quotedNameAfter(Document doc, int v) {
    if (v + 1 >= doc.tokens().size()) {
      return false;
    }
    String between =
        doc.normalized()
            .text()
            .substring(doc.tokens().get(v).end(), doc.tokens().get(v + 1).start());
    return between.indexOf('«') >= 0 || between.indexOf('"') >= 0 || between.indexOf('“') >= 0;
  }

  /** "وكانت صحيفة «معاريف» قد كشفت": a medium a few words before the verb, no "أن" between. */
  private int mediumBefore(Document doc, Sentence s, int v) {
    for (int m = v - 1; m >= Math.max(s.firstToken(), v - SUBJECT_REACH); m--) {
      String w = doc.tokens().get(m).text();
      if (words.is("complement", w) || s.clauseOf(m) != s.clauseOf(v)) {
        return -1;
      }
      if (bare("medium", w)) {
        return m;
      }
    }
    return -1;
  }

  /**
   * "ذكّرت الصحيفة بأن": the complement of a verb of mentioning opened by "بأن" tells what the
   * paper reminds of, not what it reports.
   */
  private boolean remindedOf(Document doc, int v, int head) {
    for (int c = v + 1; c < Math.min(head, v + 1 + COMPLEMENT_REACH); c++) {
      String w = doc.tokens().get(c).text();
      if (words.is("complement", w)) {
        return words.is("reminding", w);
      }
    }
    return false;
  }

  private boolean complementBefore(Document doc, int v, int head) {
    for (int c = v + 1; c < Math.min(head, v + 1 + COMPLEMENT_REACH); c++) {
      String w = doc.tokens().get(c).text();
      if (words.is("quoting", w)) {
        return false; // "نقلت الصحيفة عن الوزير قوله إن": a speaker's word
      }
      if (words.is("complement", w)) {
        return true;
      }
    }
    return false;
  }
}
