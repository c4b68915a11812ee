package org.chronology.extraction.pipeline;

import org.chronology.extraction.ActorKind;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.actor.GazetteerEntry;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.PhraseMatcher;
import org.chronology.text.Prepositions;
import org.chronology.text.Proclitics;

/**
 * What goes on between a title and the name after it (guide, actors: people with their office and
 * country): the office's complement, the place of a posting, the government an office is held in.
 * Each returns where the name may start, or the token it was given when nothing of it is there.
 */
record OfficeComplements(Lexicon lexicon, Gazetteer gazetteer) {

  /** Words of an office's complement between the title and its state. */
  private static final int MAX_OFFICE_COMPLEMENT = 6;

  /** Words of an office's portfolio after شؤون ("الشرق الأوسط"، "القنصلية والبرلمانية"). */
  private static final int MAX_PORTFOLIO = 3;

  /** The preposition ب, attached to a government an office is charged in ("بحكومة"). */
  private static final String BY = "\u0628";

  /** Words of a government's complement ("تصريف الأعمال"، "الوحدة الوطنية"). */
  private static final int MAX_CABINET_COMPLEMENT = 4;

  /**
   * A chain of definite nouns continuing the office ("الموارد المائية والري", "الشؤون الخارجية
   * والجالية الوطنية بالخارج"), taken only when a state adjective or a comma follows it, so that a
   * family name with the article is never read as part of the office.
   */
  int officeComplement(Document doc, int i, int to) {
    int j = i;
    while (j < to && j - i < MAX_OFFICE_COMPLEMENT && (j == i || !TitledNames.hasStop(doc, j))) {
      String w = doc.tokens().get(j).text();
      String bare = Proclitics.withoutAndOrPreposition(w);
      boolean definite = Proclitics.hasArticle(w) || bare != w && Proclitics.hasArticle(bare);
      if (!definite
          // "وأشاد الرئيس بالدعم القطري": a noun behind a preposition opens what he does
          || j == i && !Proclitics.hasArticle(Proclitics.withoutAnd(w))
          || lexicon.demonyms().longestAt(doc.tokens(), doc.forms(), j, to) != null
          || gazetteer.matcher().longestAt(doc.tokens(), doc.forms(), j, to) != null
          || lexicon.places().longestAt(doc.tokens(), doc.forms(), j, to) != null
          || NameParts.inDatePhrase(doc, j)) {
        break;
      }
      j++;
    }
    if (j == i || j >= to) {
      return i;
    }
    boolean demonymNext =
        !TitledNames.hasStop(doc, j)
            && lexicon.demonyms().longestAt(doc.tokens(), doc.forms(), j, to) != null;
    boolean commaNext = TitledNames.onlyComma(doc.gapBefore(j)) && TitledNames.hasStop(doc, j);
    return demonymNext
            || commaNext
            || cabinet(doc, j, to) > j
            || (j - i <= 2 || joinsPortfolios(doc, i, j)) && nameFollows(doc, j, to)
        ? j
        : i;
  }

  /**
   * A ministry's longer name joins its portfolios with و ("وزير الإدارة المحلية والبيئة"، "وزيرة
   * الطاقة والثروة المعدنية"، "وزير الشؤون الخارجية والهجرة والتونسيين بالخارج"): however many
   * words it runs to, it is one office's complement, and the name after it is the minister's.
   */
  private static boolean joinsPortfolios(Document doc, int i, int j) {
    for (int k = i + 1; k < j; k++) {
      String w = doc.tokens().get(k).text();
      if (Proclitics.startsWithAnd(w) && Proclitics.hasArticle(Proclitics.withoutAnd(w))) {
        return true;
      }
    }
    return false;
  }

  /** A known person or two name-like words after an office's complement: it ends there. */
  private boolean nameFollows(Document doc, int j, int to) {
    if (TitledNames.hasStop(doc, j)) {
      return false;
    }
    PhraseMatcher.Match<GazetteerEntry> g =
        gazetteer.matcher().longestAt(doc.tokens(), doc.forms(), j, to);
    if (g != null && g.first() == j && g.values().get(0).kind() == ActorKind.PERSON) {
      return true;
    }
    if (j + 1 >= to
        || TitledNames.hasStop(doc, j + 1)
        || !names().nameLike(doc, j, to) && !names().writtenAsGivenName(doc, j)) {
      return false;
    }
    g = gazetteer.matcher().longestAt(doc.tokens(), doc.forms(), j + 1, to);
    return names().nameLike(doc, j + 1, to)
        || g != null && g.values().get(0).kind() == ActorKind.PERSON
        || bare(doc.tokens().get(j).text())
            && Proclitics.hasArticle(doc.tokens().get(j + 1).text())
            && names().familyName(doc, j + 1, to); // "وزير الداخلية خالد النوري"
  }

  /**
   * A word without a conjunction or an object preposition before it (a given name, not "لحكومة"); a
   * letter that is only a comparison preposition (ك) opens given names ("كمال"، "كريم").
   */
  private static boolean bare(String w) {
    String rest = Proclitics.withoutAndOrPreposition(w);
    return rest.equals(w)
        || !Proclitics.startsWithAnd(w)
            && !Prepositions.introducesObject(w.substring(0, w.length() - rest.length()));
  }

  /**
   * "لشؤون الشرق الأوسط"، "للشؤون السياسية" at token {@code i}: the affairs the office is for, with
   * the definite nouns after it (each may be joined by و), up to a title, a date, a known person or
   * a stop; {@code i} when none. The name follows it.
   */
  int portfolio(Document doc, int i, int to) {
    if (i >= to || TitledNames.hasStop(doc, i)) {
      return i;
    }
    String w = doc.tokens().get(i).text();
    String bare = Proclitics.withoutAndOrPreposition(w);
    if (bare.equals(w)) {
      return i;
    }
    boolean definite = Proclitics.hasArticle(bare);
    String noun = definite ? bare.substring(Proclitics.article().length()) : bare;
    if (!lexicon.is(FunctionWord.PORTFOLIO, noun)
        && !lexicon.is(FunctionWord.PORTFOLIO, Proclitics.withoutAndOrPreposition(bare))) {
      return i;
    }
    int j = i + 1;
    while (j < to && j - i <= MAX_PORTFOLIO && !TitledNames.hasStop(doc, j)) {
      String v = Proclitics.withoutAnd(doc.tokens().get(j).text());
      PhraseMatcher.Match<GazetteerEntry> g =
          gazetteer.matcher().longestAt(doc.tokens(), doc.forms(), j, to);
      if (!Proclitics.hasArticle(v)
          || NameParts.inDatePhrase(doc, j)
          || lexicon.titles().longestAt(doc.tokens(), doc.forms(), j, to) != null
          || g != null && g.values().get(0).kind() == ActorKind.PERSON) {
        break;
      }
      j++;
    }
    return definite || j > i + 1 ? j : i;
  }

  /**
   * "في حكومة طالبان"، "بحكومة الوحدة الوطنية" at token {@code i}: the government an office is held
   * in, taken up to a name that follows it (never the name itself); {@code i} when none.
   */
  int cabinet(Document doc, int i, int to) {
    if (TitledNames.hasStop(doc, i)) {
      return i;
    }
    String w = doc.tokens().get(i).text();
    String attached = Proclitics.withoutAndOrPreposition(w);
    int head;
    if (lexicon.is(FunctionWord.POSTING, w)
        && i + 1 < to
        && !TitledNames.hasStop(doc, i + 1)
        && lexicon.is(FunctionWord.CABINET, doc.tokens().get(i + 1).text())) {
      head = i + 1;
    } else if (w.equals(BY + attached) && lexicon.is(FunctionWord.CABINET, attached)) {
      // "بحكومة": an office charged in it; "لحكومة" makes its head, the government an actor
      head = i;
    } else {
      return i;
    }
    for (int j = head + 2; j < to && j - head <= MAX_CABINET_COMPLEMENT + 1; j++) {
      if (TitledNames.hasStop(doc, j - 1) && j - 1 > head) {
        break;
      }
      if (!TitledNames.hasStop(doc, j) && nameFollows(doc, j, to)) {
        return j;
      }
    }
    return i;
  }

  /**
   * "في أنقرة" / "لدى تركيا" after the title's state: where the office is held; so is a place with
   * the preposition written on it ("السفير التركي بالقاهرة فلان") and a word for the state the
   * article is about ("السفير العراقي لدى البلاد فلان"، "لدى المملكة").
   */
  int posting(Document doc, int i, int to) {
    if (i + 1 >= to || TitledNames.hasStop(doc, i)) {
      return i;
    }
    String w = doc.tokens().get(i).text();
    int end = i;
    if (lexicon.is(FunctionWord.POSTING, w)) {
      end = placeAt(doc, i + 1, to, false);
      String next = doc.tokens().get(i + 1).text();
      if (end == i
          && !TitledNames.hasStop(doc, i + 1)
          && (lexicon.is(FunctionWord.HOST_STATE, next)
              || lexicon.is(FunctionWord.STATE_HEAD, next))) {
        end = i + 2;
      }
    } else if (w.startsWith(BY)) {
      end = placeAt(doc, i, to, true);
    }
    return end > i
            && end < to
            && !TitledNames.hasStop(doc, end)
            && (names().nameLike(doc, end, to) || names().writtenAsGivenName(doc, end))
        ? end
        : i; // "السفير التركي في بغداد علي رضا": a given name written like a preposition
  }

  /**
   * The end of a place or a state named at token {@code j} (with a preposition written on it when
   * {@code attached}); when none is, the posting's own token: {@code j} when attached, else the
   * posting word before it.
   */
  private int placeAt(Document doc, int j, int to, boolean attached) {
    PhraseMatcher.Match<org.chronology.extraction.lang.PlaceEntry> p =
        lexicon.places().longestAt(doc.tokens(), doc.forms(), j, to);
    if (p != null && p.first() == j && (!attached || p.form().preposition())) {
      return p.end();
    }
    PhraseMatcher.Match<GazetteerEntry> g =
        gazetteer.matcher().longestAt(doc.tokens(), doc.forms(), j, to);
    if (g != null
        && g.first() == j
        && g.values().get(0).kind() == ActorKind.COUNTRY
        && (!attached || g.form().preposition())) {
      return g.end();
    }
    return attached ? j : j - 1;
  }

  private NameParts names() {
    return new NameParts(lexicon, gazetteer);
  }
}
