package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.actor.GazetteerEntry;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.PlaceEntry;
import org.chronology.extraction.lang.TitleEntry;
import org.chronology.text.PhraseMatcher;
import org.chronology.text.Proclitics;
import org.chronology.text.Token;

/** What a title heads right after it: a body, a region, or a state by its long form. */
record OfficeSeats(Lexicon lexicon, Gazetteer gazetteer) {

  /**
   * "مملكة النرويج" at token {@code i}, in a title before a name: a word opening a state's long
   * form (title-long-form), the state's name right after it and the holder's name right after that;
   * returns the token after the state's name, or {@code i}.
   */
  int longForm(Document doc, int i, int to) {
    if (i + 1 >= to
        || TitledNames.hasStop(doc, i)
        || TitledNames.hasStop(doc, i + 1)
        || !lexicon.is(FunctionWord.TITLE_LONG_FORM, doc.tokens().get(i).text())) {
      return i;
    }
    PhraseMatcher.Match<GazetteerEntry> g =
        gazetteer.matcher().longestAt(doc.tokens(), doc.forms(), i + 1, to);
    // the name right after it, no comma between: "…، وزير خارجية مملكة تايلاند، أمس" names no one
    return g != null
            && g.first() == i + 1
            && g.values().get(0).kind() == ActorKind.COUNTRY
            && g.end() < to
            && !TitledNames.hasStop(doc, g.end())
        ? g.end()
        : i;
  }

  /**
   * The end of the body a title heads, right after it ("رئيس مجلس الوزراء"، "رئيس هيئة الأركان"،
   * "المتحدث باسم الكرملين"): an organisation of the gazetteer or an institution word with its
   * definite complement; {@code i} when none.
   */
  int body(Document doc, PhraseMatcher.Match<GazetteerEntry> g, int i, int to) {
    String w = doc.tokens().get(i).text();
    if (TitledNames.hasStop(doc, i)) {
      return i;
    }
    if (g != null
        && (g.form().text().equals(w) || g.form().preposition()) // "الأمين العام لجامعة …"
        && g.values().get(0).kind() == ActorKind.ORGANIZATION
        && !g.values().get(0).media()) {
      return g.end();
    }
    String head = Proclitics.withoutAndOrPreposition(w); // "الأمين العام لمجلس التعاون"
    return lexicon.is(FunctionWord.INSTITUTION, head)
            && !Proclitics.hasArticle(head)
            && i + 1 < to
            && !TitledNames.hasStop(doc, i + 1)
            && Proclitics.hasArticle(doc.tokens().get(i + 1).text())
            && lexicon.demonyms().longestAt(doc.tokens(), doc.forms(), i + 1, to) == null
        ? i + 2
        : i;
  }

  /**
   * The end of a region in construct with an office right after it ("رئيس إقليم كردستان"، "رئيس
   * ولاية بونتلاند"): a region noun and the region's name, a place or state of the lexicon or else
   * one word without the article; {@code i} when none. The title's last word is in construct (no
   * article: "منح الرئيس ولاية ثانية" is a term of office, not a region).
   */
  int region(Document doc, PhraseMatcher.Match<TitleEntry> title, int i, int to) {
    List<Token> tokens = doc.tokens();
    if (i + 2 >= to
        || TitledNames.hasStop(doc, i)
        || TitledNames.hasStop(doc, i + 1)
        || Proclitics.hasArticle(tokens.get(title.end() - 1).text())
        || !lexicon.is(FunctionWord.REGION, tokens.get(i).text())) {
      return i;
    }
    String name = tokens.get(i + 1).text();
    if (Proclitics.hasArticle(name)
        || Proclitics.startsWithAnd(name)
        || !NameParts.isArabicWord(name)
        || lexicon.isStopword(name)
        || NameParts.inDatePhrase(doc, i + 1)) {
      return i;
    }
    PhraseMatcher.Match<GazetteerEntry> g =
        gazetteer.matcher().longestAt(tokens, doc.forms(), i + 1, to);
    PhraseMatcher.Match<PlaceEntry> place =
        lexicon.places().longestAt(tokens, doc.forms(), i + 1, to);
    int end =
        g != null && g.first() == i + 1
            ? g.end()
            : place != null && place.first() == i + 1 ? place.end() : i + 2;
    return end < to && !TitledNames.hasStop(doc, end) ? end : i;
  }
}
