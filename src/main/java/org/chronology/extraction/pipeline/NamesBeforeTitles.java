package org.chronology.extraction.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.actor.GazetteerEntry;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.PhraseMatcher;
import org.chronology.text.Prepositions;
import org.chronology.text.Sentence;
import org.chronology.text.Token;
import org.chronology.text.TsvResource;

/**
 * "وصل فلان علان، وزير الخارجية الجزائري، إلى …"، "فلانة علانة وزيرة الاقتصاد اللبنانية": a name
 * written before the title of its office, in apposition, is the holder the title speaks of, not the
 * holder the gazetteer knows of that office on the date. The words are a name only when the first
 * is a given name (given-names.tsv), there are two to five of them, none a function word, a verb of
 * an event, a title, a state or a place, and nothing but a comma stands between them and the title;
 * without the comma the name opens its clause (or follows a preposition), so a verb's subject is
 * not read as the apposition of its object ("استقبل فلان رئيس الوزراء الهندي").
 */
record NamesBeforeTitles(Lexicon lexicon, Gazetteer gazetteer) {

  private static final Set<String> GIVEN = givenNames();

  /** Words a name before a title may have (given, father's, family names, with links). */
  private static final int MAX_WORDS = 5;

  private static final int MIN_WORDS = 2;

  /** The word is a given name of given-names.tsv. */
  static boolean given(String word) {
    return GIVEN.contains(ArabicNormalizer.key(word));
  }

  private static Set<String> givenNames() {
    Set<String> out = new HashSet<>();
    for (String[] r : TsvResource.read(Lexicon.DIR + "given-names.tsv", 1)) {
      out.add(ArabicNormalizer.key(r[0].strip()));
    }
    return Set.copyOf(out);
  }

  /**
   * The hits from {@code added} on were read from the title at {@code title}: when they are one
   * office holder without a name and a new person's name stands right before the title, that
   * person, with the title's office and state, takes the hit's place.
   */
  void apply(Document doc, Sentence s, int title, List<ActorHit> out, int added) {
    if (out.size() != added + 1) {
      return;
    }
    ActorHit h = out.get(added);
    if (h.source() != ActorHit.Source.TITLE_ONLY
        || h.kind() != ActorKind.PERSON
        || h.office() == null
        || h.first() != title
        || title <= s.firstToken()) {
      return;
    }
    String gap = doc.gapBefore(title).strip();
    boolean comma = gap.equals(String.valueOf(ArabicNormalizer.ARABIC_COMMA)) || gap.equals(",");
    if (!gap.isEmpty() && !comma) {
      return;
    }
    int start = start(doc, s, title);
    if (start < 0 || overlaps(out, added, start, title)) {
      return;
    }
    if (!comma && !opensClause(doc, s, start)) {
      return;
    }
    out.set(
        added,
        new ActorHit(
            s.index(),
            start,
            h.end(),
            List.of(),
            doc.originalText(start, title),
            ActorKind.PERSON,
            h.office(),
            h.country(),
            ActorHit.Source.TITLED_NAME,
            TitledNames.preposition(doc, s, start, false)));
  }

  /** The first word of the name right before the title, or -1. */
  private int start(Document doc, Sentence s, int title) {
    List<Token> tokens = doc.tokens();
    int best = -1;
    for (int k = title - 1; k >= s.firstToken() && title - k <= MAX_WORDS; k--) {
      if (k < title - 1 && TitledNames.hasStop(doc, k + 1)) {
        break; // punctuation inside: the name does not reach further back
      }
      if (!nameWord(doc, s, k)) {
        break;
      }
      String w = tokens.get(k).text();
      boolean linked =
          k > s.firstToken()
              && !TitledNames.hasStop(doc, k)
              && lexicon.is(FunctionWord.NAME_LINK, tokens.get(k - 1).text());
      if (title - k >= MIN_WORDS && !linked && GIVEN.contains(ArabicNormalizer.key(w))) {
        best = k;
      }
    }
    return best;
  }

  /** Token {@code k} may be a part of a name: nothing else the lexicon or gazetteer reads. */
  private boolean nameWord(Document doc, Sentence s, int k) {
    List<Token> tokens = doc.tokens();
    String w = tokens.get(k).text();
    if (!NameParts.isArabicWord(w) || NameParts.inDatePhrase(doc, k)) {
      return false;
    }
    if (lexicon.is(FunctionWord.NAME_LINK, w)) {
      return true;
    }
    if (lexicon.isStopword(w) || lexicon.is(FunctionWord.NOT_NAME, w)) {
      return false;
    }
    int to = s.endToken();
    return !startsAt(lexicon.triggers().longestAt(tokens, doc.forms(), k, to), k)
        && !startsAt(lexicon.titles().longestAt(tokens, doc.forms(), k, to), k)
        && !startsAt(lexicon.demonyms().longestAt(tokens, doc.forms(), k, to), k)
        && !startsAt(lexicon.places().longestAt(tokens, doc.forms(), k, to), k)
        && !notPerson(gazetteer.matcher().longestAt(tokens, doc.forms(), k, to), k);
  }

  private static boolean startsAt(PhraseMatcher.Match<?> m, int k) {
    return m != null && m.first() == k;
  }

  private static boolean notPerson(PhraseMatcher.Match<GazetteerEntry> m, int k) {
    return startsAt(m, k) && m.values().get(0).kind() != ActorKind.PERSON;
  }

  /** An earlier hit already reads a word of the name. */
  private static boolean overlaps(List<ActorHit> out, int added, int first, int end) {
    for (int k = 0; k < added; k++) {
      ActorHit a = out.get(k);
      if (a.first() < end && a.end() > first) {
        return true;
      }
    }
    return false;
  }

  /** The name opens the sentence or a clause, or follows a preposition. */
  private static boolean opensClause(Document doc, Sentence s, int start) {
    return start == s.firstToken()
        || TitledNames.hasStop(doc, start)
        || Prepositions.isFree(doc.tokens().get(start - 1).text());
  }
}
