package org.chronology.extraction.pipeline;

import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.TitleEntry;
import org.chronology.text.PhraseMatcher;
import org.chronology.text.Proclitics;

/** The reading of where a new name after a title ends (its last part, the clause closing it). */
record NameEnds(Lexicon lexicon, Gazetteer gazetteer) {

  private NameParts names() {
    return new NameParts(lexicon, gazetteer);
  }

  /**
   * A title naming an office opens at token {@code t}, in construct, without the article ("رئيس
   * وزراء"، "وزير"); with it, a word after a link is a name part ("عبد الملك").
   */
  boolean opensOffice(Document doc, int t, int to) {
    if (Proclitics.hasArticle(doc.tokens().get(t).text())) {
      return false;
    }
    PhraseMatcher.Match<TitleEntry> m =
        lexicon.titles().longestAt(doc.tokens(), doc.forms(), t, to);
    return m != null && m.first() == t && TitledNames.office(m.values().get(0)) != null;
  }

  /**
   * After three parts a name goes on only where it plainly does: a lineage link and its word ("ذي
   * يزن بن هيثم آل سعيد") or one more part that closes the clause ("محمد إدريس ديبي إتنو،"، "عادل
   * قره إسماعيل أوغلو،"); returns the end of the name.
   */
  int lastPart(Document doc, int t, int to) {
    if (t >= to || TitledNames.hasStop(doc, t)) {
      return t;
    }
    String w = doc.tokens().get(t).text();
    if (lexicon.is(FunctionWord.NAME_LINK, w)) {
      boolean named =
          t + 1 < to
              && !TitledNames.hasStop(doc, t + 1)
              && NameParts.isArabicWord(doc.tokens().get(t + 1).text())
              && nameClosedAfter(doc, t + 1, to);
      return named ? t + 2 : t;
    }
    // a word with the article there is rather the noun after the name ("فلان علان صالح المملكة،")
    boolean part = !Proclitics.hasArticle(w) && names().nameLike(doc, t, to);
    return part && nameClosedAfter(doc, t, to) ? t + 1 : t;
  }

  /**
   * After one title, a third part written with و ("السفير مختار محمد واري،") is a name part when
   * the clause goes on with no further name after it: a comma or the end, a date, a figure ("واري
   * 72 ساعة"), or a noun with a preposition and the article ("ورفا للتشاور"); a second person
   * joined by و has names of his own after it.
   */
  boolean closesClause(Document doc, int t, int to) {
    if (nameClosedAfter(doc, t, to)) {
      return true;
    }
    String next = doc.tokens().get(t + 1).text();
    if (!NameParts.isArabicWord(next)) {
      return true;
    }
    for (Proclitics.Form f : Proclitics.forms(next)) {
      if (f.definite() && f.preposition()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Nothing goes on after token {@code t} in its clause (a comma, the sentence's end, a date, or
   * "كان" opening the past perfect whose subject the name is): a verb there would lack what it
   * tells, so a word of a present prefix is a family name ("قاسم جومارت توكاييف،").
   */
  boolean nameClosedAfter(Document doc, int t, int to) {
    return t + 1 >= to
        || TitledNames.hasStop(doc, t + 1)
        || NameParts.inDatePhrase(doc, t + 1)
        || lexicon.is(
            FunctionWord.WAS, doc.tokens().get(t + 1).text()); // "فلان علان توكاييف كان قد"
  }

  /**
   * Token {@code t} is written as a given name that is a function word otherwise ("علي", not "على")
   * and a name part follows it: a family name with the article ("محمد علي الحكيم"), or any name
   * part when it is the {@code first} ("علي الزعبي"، "علي محمد زين").
   */
  boolean givenBeforeName(Document doc, int t, int to, boolean first) {
    if (!names().writtenAsGivenName(doc, t) || t + 1 >= to || TitledNames.hasStop(doc, t + 1)) {
      return false;
    }
    String next = doc.tokens().get(t + 1).text();
    return first && names().nameLike(doc, t + 1, to)
        || Proclitics.hasArticle(next) && names().familyName(doc, t + 1, to);
  }

  /**
   * Token {@code t} is a word joined to the one before by a hyphen alone, as the syllables of a
   * Korean given name are written ("سوك-يول").
   */
  static boolean hyphenated(Document doc, int t) {
    return doc.gapBefore(t).equals("-")
        && NameParts.isArabicWord(doc.tokens().get(t).text())
        && NameParts.isArabicWord(doc.tokens().get(t - 1).text());
  }
}
