package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;
import org.chronology.text.Token;

/**
 * What a body is for, written after its name with ل ("اللجنة الحكومية المشتركة للتعاون الاقتصادي"،
 * "الشركة المصرية القابضة للغازات الطبيعية"، "اللجنة المشتركة لتحديد الحدود"): part of its full
 * name, as the guide names organisations and companies (Actors). Read by {@link Institutions} after
 * the name of a body whose head is a named-body word; a ministry, a government or an army is named
 * without it (what follows them after ل is whom they spoke or wrote to).
 */
record BodyPurposes(Lexicon lexicon, Gazetteer gazetteer) {

  /** Definite adjectives of the name between it and its purpose ("القابضة"). */
  private static final int MAX_ADJECTIVES = 1;

  /** Definite words after the noun of purpose ("للتعاون الاقتصادي والتجاري"). */
  private static final int MAX_WORDS = 3;

  /** The shortest noun of purpose written without the article ("لتحديد"). */
  private static final int MIN_BARE_NOUN = 4;

  /**
   * Where the body headed at token {@code head} and read up to {@code end} ends once its purpose is
   * read: after the ل complement and the definite words that go with it, else {@code end}.
   */
  int end(Document doc, int head, int end, int to) {
    List<Token> tokens = doc.tokens();
    String w0 = tokens.get(head).text();
    if (!lexicon.is(FunctionWord.NAMED_BODY, w0)
        && !lexicon.is(FunctionWord.NAMED_BODY, Proclitics.withoutAnd(w0))) {
      return end;
    }
    JointBodies words = new JointBodies(lexicon, gazetteer);
    for (int a = 0; a <= MAX_ADJECTIVES; a++) {
      int at = end + a;
      if (at >= to || TitledNames.hasStop(doc, at)) {
        return end;
      }
      int after = purpose(doc, at, to, words);
      if (after > at) {
        return after;
      }
      String w = tokens.get(at).text();
      if (!Proclitics.hasArticle(w) || !words.complement(doc, at, to)) {
        return end; // "الشركة المصرية القابضة للغازات": one adjective of the name before it
      }
    }
    return end;
  }

  /** The end of a purpose opening at token {@code j} ("للتعاون الاقتصادي"), else {@code j}. */
  private int purpose(Document doc, int j, int to, JointBodies words) {
    List<Token> tokens = doc.tokens();
    String w = tokens.get(j).text();
    String noun = Proclitics.afterFusingPreposition(w);
    if (noun == null
        || lexicon.is(FunctionWord.NOT_BODY_PURPOSE, w)
        || lexicon.is(FunctionWord.PURPOSE, w)
        || lexicon.is(FunctionWord.INSTITUTION, noun)
        || lexicon.demonyms().longestAt(tokens, doc.forms(), j, to) != null
        || !words.complement(doc, j, to)) {
      return j;
    }
    boolean definite = Proclitics.hasArticle(noun);
    if (!definite && noun.length() < MIN_BARE_NOUN) {
      return j; // "لها"، "لكن": no noun of purpose
    }
    int k = j + 1;
    while (k < to && k - j <= MAX_WORDS && !TitledNames.hasStop(doc, k)) {
      String next = Proclitics.withoutAnd(tokens.get(k).text());
      if (!Proclitics.hasArticle(next)
          || NameParts.inDatePhrase(doc, k)
          || gazetteer.matcher().longestAt(tokens, doc.forms(), k, to) != null
          || lexicon.places().longestAt(tokens, doc.forms(), k, to) != null
          || lexicon.titles().longestAt(tokens, doc.forms(), k, to) != null
          || lexicon.triggers().longestAt(tokens, doc.forms(), k, to) != null) {
        break;
      }
      k++;
    }
    // "لتحديد الحدود": a noun without the article is in construct with a definite word after it
    return definite || k > j + 1 ? k : j;
  }
}
