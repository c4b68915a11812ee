package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.PhraseMatcher;
import org.chronology.text.Proclitics;
import org.chronology.text.Token;

/**
 * A body the parties share, named by a joint-body head, its complements and the adjective of
 * sharing ("اللجنة الفنية المشتركة"، "لجنة حكومية مشتركة"، "اللجنة الأمنية الليبية التونسية
 * المشتركة"): an organisation and an actor (guide, Actors), though no state adjective need close
 * it. Read by {@link Institutions} after a joint-body head.
 */
record JointBodies(Lexicon lexicon, Gazetteer gazetteer) {

  /** Words between the head and the adjective of sharing. */
  private static final int MAX_COMPLEMENT = 4;

  /**
   * Where the body headed at token {@code i} ends: after its adjective of sharing, which follows
   * the head or complements that agree with the head in definiteness (state adjectives among them);
   * -1 when no such adjective closes the run.
   */
  int end(Document doc, int i, int to) {
    List<Token> tokens = doc.tokens();
    Boolean definite = definiteness(lexicon, tokens.get(i).text());
    int words = 0;
    for (int j = i + 1; j < to && words <= MAX_COMPLEMENT; words++) {
      if (TitledNames.hasStop(doc, j)) {
        return -1;
      }
      String w = tokens.get(j).text();
      if (lexicon.is(FunctionWord.JOINT_ADJECTIVE, w)) {
        return agrees(definite, w) ? j + 1 : -1;
      }
      PhraseMatcher.Match<String> dem = lexicon.demonyms().longestAt(tokens, doc.forms(), j, to);
      if (dem != null && dem.first() == j && !Proclitics.startsWithAnd(w)) {
        j = dem.end(); // "الليبية التونسية": the states sharing it
        continue;
      }
      if (!complement(doc, j, to) || !agrees(definite, w)) {
        return -1;
      }
      definite = Proclitics.hasArticle(Proclitics.withoutAnd(w));
      j++;
    }
    return -1;
  }

  /**
   * Where a body read up to {@code end} ("اللجنة العليا المصرية العراقية") ends when the adjective
   * of sharing closes it right after: after that adjective, else {@code end}.
   */
  int closedAt(Document doc, int end, int to) {
    return end < to
            && !TitledNames.hasStop(doc, end)
            && lexicon.is(FunctionWord.JOINT_ADJECTIVE, doc.tokens().get(end).text())
        ? end + 1
        : end;
  }

  /** The first state adjective of the body's name on {@code [i, end)}, or null. */
  String state(Document doc, int i, int end, int to) {
    for (int j = i + 1; j < end; j++) {
      PhraseMatcher.Match<String> dem =
          lexicon.demonyms().longestAt(doc.tokens(), doc.forms(), j, to);
      if (dem != null && dem.first() == j) {
        return dem.values().get(0);
      }
    }
    return null;
  }

  /**
   * The head's definiteness: with the article, without (bare), or unknown behind a preposition that
   * drops the article's alef ("للجنة"), when the first complement decides.
   */
  private static Boolean definiteness(Lexicon lexicon, String head) {
    String bare =
        lexicon.is(FunctionWord.JOINT_BODY, head) ? head : Proclitics.withoutAndOrPreposition(head);
    if (Proclitics.hasArticle(bare)) {
      return true;
    }
    return bare.equals(Proclitics.withoutAnd(head)) ? Boolean.FALSE : null;
  }

  /** An adjective agrees with its noun in definiteness ("والتجارية" after "الاقتصادية"). */
  private static boolean agrees(Boolean definite, String w) {
    return definite == null || definite == Proclitics.hasArticle(Proclitics.withoutAnd(w));
  }

  /** A complement word: an Arabic word the lexicon knows as nothing else. */
  boolean complement(Document doc, int j, int to) {
    List<Token> tokens = doc.tokens();
    String w = tokens.get(j).text();
    return w.length() > 2
        && NameParts.isArabicWord(w)
        && !lexicon.isStopword(w)
        && !NameParts.inDatePhrase(doc, j)
        && lexicon.titles().longestAt(tokens, doc.forms(), j, to) == null
        && lexicon.triggers().longestAt(tokens, doc.forms(), j, to) == null
        && gazetteer.matcher().longestAt(tokens, doc.forms(), j, to) == null
        && lexicon.places().longestAt(tokens, doc.forms(), j, to) == null;
  }
}
