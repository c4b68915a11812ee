package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.Trigger;
import org.chronology.extraction.lang.TriggerForm;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;
import org.chronology.text.Token;

/**
 * A saying with no date of its own that is still news of its own (the guide's statement: a
 * declaration or protest that is itself the news): a spokesman's word ("وقال المتحدث باسم الخارجية
 * الإيرانية إن …"), or a saying set against what was just told ("في المقابل، قال مصدر رسمي …"، "من
 * جهته، قال …"), or a saying the speaker made at his own occasion to speak ("قال وزير الخارجية
 * التشيكي في مؤتمر صحفي في براغ إن …"، "في كلمة متلفزة"، "في تصريح لوكالة"). It is dated from its
 * article like any undated happening; words of a party to an earlier happening still fold into it
 * ({@link Sayings#saidDuring}), and so does the acting side's own word right after its step ({@link
 * OwnSideWords}).
 */
record Replies(Lexicon lexicon) {

  /** At most this many words before the saying verb (من جهته، وفي المقابل، وفي موسكو). */
  private static final int LEAD = 3;

  /** Told as surely as a declaring verb of the lexicon (صرح). */
  private static final double STRENGTH = 0.6;

  /**
   * The saying as a statement's head when the sentence's frame is such a saying (a verb opening the
   * sentence, as read above), else null: the frame alone is too weak to be kept undated.
   */
  TriggerHit head(Document doc, Sentence s, TriggerHit frame) {
    if (!reply(doc, s, frame)) {
      return null;
    }
    Trigger t = frame.trigger();
    Trigger said =
        new Trigger(
            t.type(), t.phrase(), STRENGTH, TriggerForm.VERB, t.subjectRole(), t.objectRole());
    return new TriggerHit(
        frame.sentence(),
        frame.first(),
        frame.end(),
        said,
        frame.future(),
        frame.definite(),
        frame.possessive(),
        frame.inQuote());
  }

  private boolean reply(Document doc, Sentence s, TriggerHit frame) {
    List<Token> tokens = doc.tokens();
    int h = frame.first();
    if (h - s.firstToken() > LEAD || frame.end() >= s.endToken() || frame.inQuote()) {
      return false;
    }
    if (frame.end() != h + 1 || !saying(tokens.get(h).text())) {
      return false;
    }
    // or "قال الوزير في مؤتمر صحفي في براغ إن …": his own occasion to speak
    return opened(doc, s, frame) || ownSetting(doc, s, frame);
  }

  /**
   * The saying is another voice given the floor by the words before its verb (من جهته، في المقابل،
   * وفي موسكو).
   */
  boolean opened(Document doc, Sentence s, TriggerHit frame) {
    List<Token> tokens = doc.tokens();
    int h = frame.first();
    if (elsewhere(doc, s, h)) {
      return true; // "وفي موسكو، قالت المتحدثة باسم الخارجية …": another capital's word
    }
    for (int i = s.firstToken(); i < h; i++) {
      String w = tokens.get(i).text();
      String bare = Proclitics.withoutConjunction(w);
      if (opener(w) || opener(bare)) {
        return true;
      }
      // "في المقابل": في is no conjunction ف before ي; the pair is read as written and without و/ف
      if (i + 1 < h) {
        String next = " " + tokens.get(i + 1).text();
        if (opener(w + next) || opener(bare + next)) {
          return true;
        }
      }
    }
    return false;
  }

  /** At most this many words between the saying verb and its setting (the speaker's name). */
  private static final int SETTING_REACH = 10;

  /**
   * Between the saying verb and what is said (its complementizer), في or a "during" word and the
   * noun of the speaker's own occasion to speak ("في مؤتمر صحفي"، "في كلمة متلفزة"، "في تصريح").
   */
  boolean ownSetting(Document doc, Sentence s, TriggerHit frame) {
    List<Token> tokens = doc.tokens();
    int to = Math.min(s.endToken() - 1, frame.end() + SETTING_REACH);
    for (int t = frame.end(); t < to; t++) {
      String w = tokens.get(t).text();
      if (lexicon.is(FunctionWord.COMPLEMENTIZER, w)) {
        return false;
      }
      if (!lexicon.is(FunctionWord.PLACE_IN, w) && !OCCASION.is("during", w)) {
        continue;
      }
      String noun = tokens.get(t + 1).text();
      String pair = t + 2 < s.endToken() ? noun + " " + tokens.get(t + 2).text() : noun;
      if (lexicon.is(FunctionWord.OWN_SETTING, noun)
          || lexicon.is(FunctionWord.OWN_SETTING, pair)) {
        return true;
      }
    }
    return false;
  }

  private static final OccasionDates OCCASION = new OccasionDates();

  /** The words before the verb are في and a place ("وفي موسكو"، "وفي بكين"). */
  private boolean elsewhere(Document doc, Sentence s, int h) {
    int first = s.firstToken();
    String w = doc.tokens().get(first).text();
    if (h - first != 2 || !lexicon.isBareOrJoined(FunctionWord.PLACE_IN, w)) {
      return false;
    }
    for (PlaceHit p : doc.places()) {
      if (p.first() == first + 1 && p.end() == h) {
        return true;
      }
    }
    return false;
  }

  private boolean opener(String words) {
    return lexicon.is(FunctionWord.CONTRAST, words) || lexicon.is(FunctionWord.REPLY_OPENER, words);
  }

  /** A saying verb the frames of the lexicon read (قال، قالت), not a report's noun. */
  private boolean saying(String word) {
    return lexicon.is(FunctionWord.SAYING, Proclitics.withoutConjunction(word));
  }
}
