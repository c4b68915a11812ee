package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.TitleEntry;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.PhraseMatcher;
import org.chronology.text.Proclitics;

/**
 * A dual title names two office holders, one after the other and joined by و ("وزيرا خارجية البلدين
 * فلان وعلان"، "الرئيسان فلان وعلان"): the second name is the other holder, an actor of the event
 * as much as the first.
 */
final class DualTitles {

  private DualTitles() {}

  /**
   * Token {@code next}, right after the first holder's name, is "و" + a name and the title is a
   * dual.
   */
  static boolean second(
      Lexicon lexicon,
      NameParts names,
      Document doc,
      PhraseMatcher.Match<TitleEntry> title,
      List<ActorHit> out,
      int next,
      int to) {
    if (!dual(lexicon, doc, title.first())) {
      return false;
    }
    String w = doc.tokens().get(next).text();
    ActorHit first = out.isEmpty() ? null : out.get(out.size() - 1);
    return first != null
        && first.end() == next
        && first.source() != ActorHit.Source.TITLE_ONLY
        && !TitledNames.hasStop(doc, next)
        && Proclitics.startsWithAnd(w)
        && Proclitics.withoutAnd(w).length() > 2
        && (names.nameLike(doc, next, to) || known(doc, names, next, to));
  }

  /** Token {@code t} opens a dual title ("وزيرا"، "بوزيري"، "الرئيسان"). */
  static boolean dual(Lexicon lexicon, Document doc, int t) {
    String head = doc.tokens().get(t).text();
    return lexicon.is(FunctionWord.DUAL_TITLE, head)
        || lexicon.is(FunctionWord.DUAL_TITLE, Proclitics.withoutAndOrPreposition(head));
  }

  private static boolean known(Document doc, NameParts names, int next, int to) {
    var person = names.gazetteer().matcher().longestAt(doc.tokens(), doc.forms(), next, to);
    return person != null && person.first() == next;
  }

  /**
   * The second holder's hit, read from token {@code next} ("وعلان"), with the conjunction left out
   * of the name as written.
   */
  static void unjoin(Document doc, List<ActorHit> out, int added, int next) {
    String joined = doc.tokens().get(next).text();
    for (int k = added; k < out.size(); k++) {
      ActorHit h = out.get(k);
      String w = h.written() == null ? "" : h.written().strip();
      int space = w.indexOf(' ');
      String first = space < 0 ? w : w.substring(0, space);
      if (w.length() > 1
          && h.candidates().isEmpty()
          && Proclitics.startsWithAnd(joined)
          && ArabicNormalizer.key(first).equals(joined)) {
        out.set(
            k,
            new ActorHit(
                h.sentence(),
                h.first(),
                h.end(),
                h.candidates(),
                w.substring(1),
                h.kind(),
                h.office(),
                h.country(),
                h.source(),
                h.preposition()));
      }
    }
  }
}
