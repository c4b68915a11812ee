package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.actor.GazetteerEntry;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.TitleEntry;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.PhraseMatcher;
import org.chronology.text.Prepositions;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;
import org.chronology.text.Token;

/**
 * Reads a person after a title ("وزير الخارجية التركي فلان"): a known person, a new one whose
 * office and country come from the title, or the office holder when no name follows. Where a name
 * ends (stop words, punctuation, other known words) is decided here.
 */
final class TitledNames {

  private static final int MAX_NEW_NAME_WORDS = 2;

  private final Lexicon lexicon;
  private final Gazetteer gazetteer;

  TitledNames(Lexicon lexicon, Gazetteer gazetteer) {
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
  }

  /**
   * Reads "title [modifiers] [demonym|country] [،] name"; returns the token after it, or the start.
   */
  int titled(Document doc, Sentence s, PhraseMatcher.Match<TitleEntry> title, List<ActorHit> out) {
    List<Token> tokens = doc.tokens();
    int to = s.endToken();
    TitleEntry t = title.values().get(0);
    String country = t.country();
    int i = title.end();
    boolean consumedCountry = false;
    while (i < to) {
      String w = tokens.get(i).text();
      if (lexicon.isModifier(w)) {
        i++;
        continue;
      }
      PhraseMatcher.Match<String> dem = lexicon.demonyms().longestAt(tokens, doc.forms(), i, to);
      if (dem != null && !consumedCountry && !hasStop(doc, i)) {
        country = dem.values().get(0);
        consumedCountry = true;
        i = dem.end();
        continue;
      }
      PhraseMatcher.Match<GazetteerEntry> g =
          gazetteer.matcher().longestAt(tokens, doc.forms(), i, to);
      if (g != null
          && !consumedCountry
          && g.values().get(0).kind() == ActorKind.COUNTRY
          && g.form().text().equals(w)
          && !hasStop(doc, i)) {
        country = g.values().get(0).name(); // idafa: رئيس أذربيجان
        consumedCountry = true;
        i = g.end();
        continue;
      }
      break;
    }
    int nameStart = i;
    boolean comma =
        nameStart < to
            && (doc.gapBefore(nameStart).indexOf(ArabicNormalizer.ARABIC_COMMA) >= 0
                || doc.gapBefore(nameStart).contains(","));
    if (nameStart < to && hasStop(doc, nameStart) && !onlyComma(doc.gapBefore(nameStart))) {
      return titleOnly(doc, s, title, t, country, consumedCountry, i, out);
    }
    PhraseMatcher.Match<GazetteerEntry> person =
        nameStart < to ? gazetteer.matcher().longestAt(tokens, doc.forms(), nameStart, to) : null;
    if (person != null && person.values().get(0).kind() == ActorKind.PERSON) {
      String office = t.counterpart() ? null : t.office();
      out.add(
          new ActorHit(
              s.index(),
              title.first(),
              person.end(),
              person.values(),
              doc.originalText(person.first(), person.end()),
              ActorKind.PERSON,
              office,
              country,
              ActorHit.Source.GAZETTEER,
              preposition(doc, s, title.first(), title.form().preposition())));
      return person.end();
    }
    int nameEnd = nameStart;
    while (nameEnd < to
        && nameEnd - nameStart < MAX_NEW_NAME_WORDS
        && nameLike(doc, nameEnd, to)
        && (nameEnd == nameStart || !hasStop(doc, nameEnd))) {
      nameEnd++;
    }
    if (nameEnd > nameStart
        && !t.counterpart()
        && (country != null || comma || nameEnd - nameStart == 2)) {
      out.add(person(doc, s, title, t, nameEnd, nameStart, country, ActorHit.Source.TITLED_NAME));
      return nameEnd;
    }
    return titleOnly(doc, s, title, t, country, consumedCountry, i, out);
  }

  private int titleOnly(
      Document doc,
      Sentence s,
      PhraseMatcher.Match<TitleEntry> title,
      TitleEntry t,
      String country,
      boolean consumedCountry,
      int end,
      List<ActorHit> out) {
    if (country == null || (!consumedCountry && t.country() == null)) {
      return title.first();
    }
    out.add(person(doc, s, title, t, end, title.first(), country, ActorHit.Source.TITLE_ONLY));
    return end;
  }

  /**
   * A person named by title {@code t}: tokens from the title to {@code end}, written as tokens
   * {@code [written, end)}, with the title's office.
   */
  private ActorHit person(
      Document doc,
      Sentence s,
      PhraseMatcher.Match<TitleEntry> title,
      TitleEntry t,
      int end,
      int written,
      String country,
      ActorHit.Source source) {
    return new ActorHit(
        s.index(),
        title.first(),
        end,
        List.of(),
        doc.originalText(written, end),
        ActorKind.PERSON,
        t.office(),
        country,
        source,
        preposition(doc, s, title.first(), title.form().preposition()));
  }

  private boolean nameLike(Document doc, int t, int to) {
    String w = doc.tokens().get(t).text();
    if (w.length() < 2
        || lexicon.isStopword(w)
        || lexicon.isModifier(w)
        || Proclitics.hasArticle(w)
        || !isArabicWord(w)
        || inDatePhrase(doc, t)) {
      return false;
    }
    if (Proclitics.startsWithAnd(w) && lexicon.isStopword(Proclitics.withoutAnd(w))) {
      return false;
    }
    return lexicon.triggers().longestAt(doc.tokens(), doc.forms(), t, to) == null
        && lexicon.titles().longestAt(doc.tokens(), doc.forms(), t, to) == null
        && lexicon.demonyms().longestAt(doc.tokens(), doc.forms(), t, to) == null
        && lexicon.places().longestAt(doc.tokens(), doc.forms(), t, to) == null
        && gazetteer.matcher().longestAt(doc.tokens(), doc.forms(), t, to) == null;
  }

  private static boolean inDatePhrase(Document doc, int t) {
    for (DateHit d : doc.dates()) {
      if (t >= d.first() && t < d.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isArabicWord(String w) {
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (!ArabicNormalizer.isArabicLetterOrMark(c)) {
        return false;
      }
    }
    return true;
  }

  /** True when punctuation separates token {@code t} from the one before it. */
  static boolean hasStop(Document doc, int t) {
    String gap = doc.gapBefore(t);
    for (int k = 0; k < gap.length(); k++) {
      if (!Character.isWhitespace(gap.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** A gap of spaces, one comma and quotation marks: the name may still follow the title. */
  private static boolean onlyComma(String gap) {
    for (int k = 0; k < gap.length(); k++) {
      char c = gap.charAt(k);
      if (!Character.isWhitespace(c)
          && c != ArabicNormalizer.ARABIC_COMMA
          && ",\"«»“”".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  static String preposition(Document doc, Sentence s, int first, boolean attached) {
    String w = doc.tokens().get(first).text();
    if (attached) {
      String bare = Proclitics.withoutConjunction(w);
      for (String p : Prepositions.attached()) {
        if (bare.startsWith(p)) {
          return p;
        }
      }
      return bare.substring(0, 1);
    }
    if (first > s.firstToken()) {
      String prev = doc.tokens().get(first - 1).text();
      String bare = prev.length() > 2 ? Proclitics.withoutAnd(prev) : prev;
      if (Prepositions.isFree(prev)) {
        return prev;
      }
      if (Prepositions.isFree(bare)) {
        return bare;
      }
    }
    return null;
  }
}
