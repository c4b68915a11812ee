package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.actor.GazetteerEntry;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.PhraseMatcher;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;

/**
 * State institutions the gazetteer does not list, read from how they are written: an institution
 * head, a complement, and the state's adjective ("وزارة الخارجية وشؤون المغتربين الأردنية"، "الجيش
 * السوداني"); and a state called by the head of its long name alone ("المملكة" after "مملكة
 * البحرين").
 */
record Institutions(Lexicon lexicon, Gazetteer gazetteer) {

  /** Words of the complement between the head and the state adjective. */
  private static final int MAX_COMPLEMENT = 4;

  /** The institution whose head is token {@code i}, or null. */
  ActorHit at(Document doc, Sentence s, int i, int to) {
    String w = doc.tokens().get(i).text();
    String bare =
        lexicon.is(FunctionWord.INSTITUTION, w) ? w : Proclitics.withoutAndOrPreposition(w);
    if (!lexicon.is(FunctionWord.INSTITUTION, bare)) {
      return null;
    }
    for (int j = i + 1; j < to && j - i <= MAX_COMPLEMENT + 1; j++) {
      if (TitledNames.hasStop(doc, j)) {
        return null;
      }
      PhraseMatcher.Match<String> dem =
          lexicon.demonyms().longestAt(doc.tokens(), doc.forms(), j, to);
      if (dem != null && dem.first() == j) {
        String written = withoutProclitic(doc.originalText(i, dem.end()), w, bare);
        return new ActorHit(
            s.index(),
            i,
            dem.end(),
            List.of(),
            written,
            ActorKind.ORGANIZATION,
            null,
            dem.values().get(0),
            ActorHit.Source.GAZETTEER,
            TitledNames.preposition(doc, s, i, !bare.equals(w) && !Proclitics.startsWithAnd(w)));
      }
      String c = doc.tokens().get(j).text();
      String cBare = Proclitics.withoutAnd(c);
      boolean joined = // "وشؤون المغتربين": a conjoined noun whose complement follows
          !c.equals(cBare) && j + 1 < to && Proclitics.hasArticle(doc.tokens().get(j + 1).text());
      if (!Proclitics.hasArticle(c) && !Proclitics.hasArticle(cBare) && !joined
          || lexicon.isStopword(c)
          || lexicon.titles().longestAt(doc.tokens(), doc.forms(), j, to) != null
          || lexicon.triggers().longestAt(doc.tokens(), doc.forms(), j, to) != null
          || gazetteer.matcher().longestAt(doc.tokens(), doc.forms(), j, to) != null
          || lexicon.places().longestAt(doc.tokens(), doc.forms(), j, to) != null) {
        return null;
      }
    }
    return null;
  }

  /** "وكانت المملكة قد سحبت سفيرها": the state of that long name the article named last. */
  ActorHit stateHead(Document doc, Sentence s, int i, List<ActorHit> before) {
    String w = doc.tokens().get(i).text();
    String bare = Proclitics.withoutAndOrPreposition(w);
    String head = lexicon.is(FunctionWord.STATE_HEAD, w) ? w : bare;
    if (!lexicon.is(FunctionWord.STATE_HEAD, head)) {
      return null;
    }
    String word = withoutArticle(ArabicNormalizer.key(head));
    for (int k = before.size() - 1; k >= 0; k--) {
      ActorHit h = before.get(k);
      GazetteerEntry e =
          h.candidates().isEmpty() ? gazetteer.byName(h.country()) : h.candidates().get(0);
      if (h.kind() == ActorKind.COUNTRY
          && e != null
          && e.kind() == ActorKind.COUNTRY
          && named(e, word)) {
        return new ActorHit(
            s.index(),
            i,
            i + 1,
            List.of(e),
            doc.originalText(i, i + 1),
            ActorKind.COUNTRY,
            null,
            e.name(),
            ActorHit.Source.DEMONYM,
            null);
      }
    }
    return null;
  }

  private static boolean named(GazetteerEntry e, String word) {
    for (String n : e.identity().aliases()) {
      for (String part : ArabicNormalizer.key(n).split(" ")) {
        if (withoutArticle(part).equals(word)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String withoutArticle(String w) {
    return Proclitics.hasArticle(w) ? w.substring(2) : w;
  }

  /** The written name without the conjunction or preposition fused to its first word. */
  private static String withoutProclitic(String written, String token, String bare) {
    int drop = token.length() - bare.length();
    int k = 0;
    while (drop > 0 && k < written.length()) {
      if (ArabicNormalizer.isArabicLetterOrMark(written.charAt(k))
          && Character.getType(written.charAt(k)) != Character.NON_SPACING_MARK) {
        drop--;
      }
      k++;
    }
    while (k < written.length()
        && Character.getType(written.charAt(k)) == Character.NON_SPACING_MARK) {
      k++;
    }
    return written.substring(k);
  }
}
