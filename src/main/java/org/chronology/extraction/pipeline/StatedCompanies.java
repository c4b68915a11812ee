package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.PhraseMatcher;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;

/**
 * Companies the gazetteer lacks, named bare between the word for a company and their state's
 * adjective ("شركة إيني الإيطالية"، "شركة دايو للهندسة والبناء الكورية"): the words between are the
 * company's name and the adjective its state, as a quoted name is read (QuotedNames). The guide
 * makes companies actors. No word of the name has an article ("شركة الطيران الإيطالية"، "شركة مناجم
 * الفوسفات الأردنية" are common nouns, named with the head), and the adjective has one ("شركة نفط
 * إيطالية" names no company either).
 */
record StatedCompanies(Lexicon lexicon, Gazetteer gazetteer) {

  /** Words of a bare company name. */
  private static final int MAX_NAME = 4;

  /** The company and its state named from token {@code i} on (empty when none). */
  List<ActorHit> at(Document doc, Sentence s, int i) {
    String w = doc.tokens().get(i).text();
    if (!lexicon.is(FunctionWord.COMPANY_HEAD, w)
        && !lexicon.is(FunctionWord.COMPANY_HEAD, Proclitics.withoutAndOrPreposition(w))) {
      return List.of();
    }
    int first = i + 1;
    int to = s.endToken();
    if (first >= to
        || TitledNames.hasStop(doc, first)
        || Proclitics.hasArticle(doc.tokens().get(first).text())) {
      return List.of();
    }
    for (int end = first + 1; end < to && end <= first + MAX_NAME; end++) {
      if (TitledNames.hasStop(doc, end - 1)
          || Proclitics.hasArticle(doc.tokens().get(end - 1).text())
          || named(doc, end - 1, to)) {
        return List.of(); // a stop, a common noun ("شركة خطوط الأنابيب"), or someone else's name
      }
      if (TitledNames.hasStop(doc, end)) {
        return List.of();
      }
      PhraseMatcher.Match<String> dem =
          lexicon.demonyms().longestAt(doc.tokens(), doc.forms(), end, to);
      if (dem != null
          && dem.first() == end
          && Proclitics.hasArticle(doc.tokens().get(end).text())) {
        return List.of(
            QuotedNames.hit(doc, s, first, end, ActorKind.COMPANY),
            ActorStage.stateAdjective(gazetteer, s, dem));
      }
    }
    return List.of();
  }

  /** Token {@code j} opens a name the gazetteer, the titles or the adjectives know. */
  private boolean named(Document doc, int j, int to) {
    return gazetteer.matcher().longestAt(doc.tokens(), doc.forms(), j, to) != null
        || lexicon.titles().longestAt(doc.tokens(), doc.forms(), j, to) != null
        || lexicon.demonyms().longestAt(doc.tokens(), doc.forms(), j, to) != null;
  }
}
