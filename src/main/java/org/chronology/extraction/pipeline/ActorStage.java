package org.chronology.extraction.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.actor.GazetteerEntry;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.PlaceEntry;
import org.chronology.extraction.lang.TitleEntry;
import org.chronology.text.PhraseMatcher;
import org.chronology.text.Prepositions;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;
import org.chronology.text.SentenceSplitter;
import org.chronology.text.Token;

/**
 * Actor references: gazetteer names and aliases; titles followed by a name (a known person, or a
 * new one whose office and country come from the title); titles without a name (the office holder,
 * resolved later against the event date); demonyms and state adjectives (the country).
 */
public final class ActorStage implements Stage {

  private static final int MAX_NEW_NAME_WORDS = 2;

  private final Lexicon lexicon;
  private final Gazetteer gazetteer;

  public ActorStage(Lexicon lexicon, Gazetteer gazetteer) {
    this.lexicon = lexicon;
    this.gazetteer = gazetteer;
  }

  @Override
  public String name() {
    return "actors";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.SENTENCES, Layer.DATES);
  }

  @Override
  public Set<Layer> adds() {
    return EnumSet.of(Layer.ACTORS);
  }

  @Override
  public void process(Document doc) {
    List<ActorHit> out = new ArrayList<>();
    List<Token> tokens = doc.tokens();
    for (Sentence s : doc.sentences()) {
      int i = s.firstToken();
      int to = s.endToken();
      boolean afterSource = false;
      while (i < to) {
        PhraseMatcher.Match<TitleEntry> title =
            lexicon.titles().longestAt(tokens, doc.forms(), i, to);
        PhraseMatcher.Match<GazetteerEntry> known =
            gazetteer.matcher().longestAt(tokens, doc.forms(), i, to);
        if (title != null && (known == null || title.end() >= known.end())) {
          int next = titled(doc, s, title, out);
          if (next > i) {
            afterSource = false;
            i = next;
            continue;
          }
        }
        if (known != null) {
          List<GazetteerEntry> c = known.values();
          out.add(
              new ActorHit(
                  s.index(),
                  known.first(),
                  known.end(),
                  c,
                  doc.originalText(known.first(), known.end()),
                  c.get(0).kind(),
                  null,
                  null,
                  ActorHit.Source.GAZETTEER,
                  preposition(doc, s, known.first(), known.form().preposition())));
          afterSource = c.get(0).media() || isSourceNoun(tokens.get(known.first()).text());
          i = known.end();
          continue;
        }
        PhraseMatcher.Match<String> dem = lexicon.demonyms().longestAt(tokens, doc.forms(), i, to);
        if (dem != null) {
          if (!afterSource) {
            String country = dem.values().get(0);
            GazetteerEntry e = gazetteer.byName(country);
            out.add(
                new ActorHit(
                    s.index(),
                    dem.first(),
                    dem.end(),
                    e == null ? List.of() : List.of(e),
                    country,
                    ActorKind.COUNTRY,
                    null,
                    country,
                    ActorHit.Source.DEMONYM,
                    null));
          }
          afterSource = false;
          i = dem.end();
          continue;
        }
        PhraseMatcher.Match<PlaceEntry> capital =
            lexicon.places().longestAt(tokens, doc.forms(), i, to);
        // "اتهمت يريفان باكو": a capital right after a capital read as its state is one too
        ActorHit prevHit = out.isEmpty() ? null : out.get(out.size() - 1);
        boolean afterActor =
            prevHit != null
                && prevHit.sentence() == s.index()
                && prevHit.end() == i
                && isCapital(doc, prevHit.first(), prevHit.end());
        if (capital != null
            && capital.values().get(0).capital()
            && (metonymy(doc, s, capital) || afterActor && !capital.form().preposition())) {
          String country = capital.values().get(0).country();
          GazetteerEntry e = gazetteer.byName(country);
          if (e != null) {
            out.add(
                new ActorHit(
                    s.index(),
                    capital.first(),
                    capital.end(),
                    List.of(e),
                    doc.originalText(capital.first(), capital.end()),
                    ActorKind.COUNTRY,
                    null,
                    country,
                    ActorHit.Source.DEMONYM,
                    null));
            i = capital.end();
            continue;
          }
        }
        String own = ownCountry(doc, s, i, out);
        if (own != null) {
          GazetteerEntry e = gazetteer.byName(own);
          out.add(
              new ActorHit(
                  s.index(),
                  i,
                  i + 1,
                  e == null ? List.of() : List.of(e),
                  own,
                  ActorKind.COUNTRY,
                  null,
                  own,
                  ActorHit.Source.DEMONYM,
                  null));
        }
        afterSource = isSourceNoun(tokens.get(i).text());
        i++;
      }
    }
    doc.setActors(out);
  }

  /**
   * Reads "title [modifiers] [demonym|country] [،] name"; returns the token after it, or the start.
   */
  private int titled(
      Document doc, Sentence s, PhraseMatcher.Match<TitleEntry> title, List<ActorHit> out) {
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
            && (doc.gapBefore(nameStart).indexOf(SentenceSplitter.ARABIC_COMMA) >= 0
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
      out.add(
          new ActorHit(
              s.index(),
              title.first(),
              nameEnd,
              List.of(),
              doc.originalText(nameStart, nameEnd),
              ActorKind.PERSON,
              t.office(),
              country,
              ActorHit.Source.TITLED_NAME,
              preposition(doc, s, title.first(), title.form().preposition())));
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
    out.add(
        new ActorHit(
            s.index(),
            title.first(),
            end,
            List.of(),
            doc.originalText(title.first(), end),
            ActorKind.PERSON,
            t.office(),
            country,
            ActorHit.Source.TITLE_ONLY,
            preposition(doc, s, title.first(), title.form().preposition())));
    return end;
  }

  /**
   * A capital stands for its state when it acts: right after a trigger verb ("أدانت طهران") or
   * after سلطات/حكومة ("سلطات باكو"), and not after a preposition.
   */
  private boolean metonymy(Document doc, Sentence s, PhraseMatcher.Match<PlaceEntry> m) {
    if (m.form().preposition() || m.first() == s.firstToken()) {
      return false;
    }
    String prev = doc.tokens().get(m.first() - 1).text();
    if (lexicon.endsWith(FunctionWord.AUTHORITY, prev)) {
      return true;
    }
    for (int k = Math.max(s.firstToken(), m.first() - 3); k < m.first(); k++) {
      PhraseMatcher.Match<org.chronology.extraction.lang.Trigger> t =
          lexicon.triggers().longestAt(doc.tokens(), doc.forms(), k, m.first());
      if (t != null
          && t.end() == m.first()
          && t.values().get(0).form().verbal()
          && t.values().get(0).type() != org.chronology.extraction.EventType.VISIT) {
        return true;
      }
    }
    return false;
  }

  /** "بلاده" after a person of known country: that country. */
  private String ownCountry(Document doc, Sentence s, int i, List<ActorHit> out) {
    String w = doc.tokens().get(i).text();
    String bare = Proclitics.withoutAndOrPreposition(w);
    if (!lexicon.namesOwnCountry(w) && !lexicon.namesOwnCountry(bare)) {
      return null;
    }
    for (int k = out.size() - 1; k >= 0; k--) {
      ActorHit h = out.get(k);
      if (h.sentence() != s.index()) {
        break;
      }
      if (h.kind() == ActorKind.PERSON) {
        if (h.country() != null) {
          return h.country();
        }
        return h.candidates().isEmpty() ? null : h.candidates().get(0).country();
      }
    }
    return null;
  }

  private boolean isCapital(Document doc, int first, int end) {
    PhraseMatcher.Match<PlaceEntry> m =
        lexicon.places().longestAt(doc.tokens(), doc.forms(), first, end);
    return m != null && m.end() == end && m.values().get(0).capital();
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
      if (c < '\u0621' || c > '\u06FF') {
        return false;
      }
    }
    return true;
  }

  /** True when punctuation separates token {@code t} from the one before it. */
  private static boolean hasStop(Document doc, int t) {
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
          && c != SentenceSplitter.ARABIC_COMMA
          && ",\"«»“”".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  private boolean isSourceNoun(String w) {
    return lexicon.endsWith(FunctionWord.SOURCE_NOUN, w);
  }

  private static String preposition(Document doc, Sentence s, int first, boolean attached) {
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
