package org.chronology.extraction.pipeline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.actor.GazetteerEntry;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.Suffix;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.NormalizedText;
import org.chronology.text.PhraseMatcher;
import org.chronology.text.Proclitics;
import org.chronology.text.Token;
import org.chronology.text.TsvResource;

/**
 * The words of a person's name and where they stop: a word may be a name part when the lexicon
 * knows it as nothing else; a family name closes a name; given names are compared without their
 * long vowels. Read by {@link TitledNames} left to right.
 */
record NameParts(Lexicon lexicon, Gazetteer gazetteer) {

  /** Shortest dual verb read as one ("يشهدان"): shorter words are too often names. */
  private static final int MIN_DUAL_VERB = 6;

  /** name-parts.tsv: kind → its normalised words. */
  private static final Map<String, Set<String>> PARTS = parts();

  private static Map<String, Set<String>> parts() {
    Map<String, Set<String>> out = new HashMap<>();
    for (String[] r : TsvResource.read(Lexicon.DIR + "name-parts.tsv", 2)) {
      out.computeIfAbsent(r[0], k -> new HashSet<>()).add(ArabicNormalizer.key(r[1]));
    }
    for (String kind :
        List.of(
            "lineage",
            "compound",
            "dual-ending",
            "family-first",
            "given-name",
            "particle",
            "particle-article",
            "house")) {
      if (!out.containsKey(kind)) {
        throw new IllegalStateException("name-parts.tsv lacks " + kind);
      }
    }
    return Map.copyOf(out);
  }

  /** "بن"، "آل": after the part it opens only a link or a family name with the article follow. */
  static boolean lineage(String w) {
    return PARTS.get("lineage").contains(ArabicNormalizer.key(w));
  }

  /** Names of people of this state are syllables with the family name first (name-parts.tsv). */
  static boolean familyFirst(String country) {
    return country != null && PARTS.get("family-first").contains(ArabicNormalizer.key(country));
  }

  /** Letters of a syllable of such a name written as a function word ("بين" of "وانغ ون بين"). */
  private static final int MAX_SYLLABLE = 4;

  /**
   * Token {@code t}, a short function word, is a syllable of a family-first name: no noun follows
   * it ("وانغ ون بين في مؤتمر صحفي", not "وانغ يي في مؤتمر").
   */
  boolean syllable(Document doc, int t, int to) {
    String w = doc.tokens().get(t).text();
    if (w.length() > MAX_SYLLABLE || !isArabicWord(w) || !lexicon.isStopword(w)) {
      return false;
    }
    return nothingNamedAfter(doc, t, to);
  }

  /**
   * Token {@code t} is written as a given name that is a function word when spelled otherwise
   * ("علي", not the preposition "على"), and no noun follows it, or it stands between a given name
   * and a family name ("حسين علي مويني"، "محمد علي النفطي").
   */
  boolean givenNameAsWritten(Document doc, int t, int to) {
    String written = Proclitics.withoutAnd(doc.originalText(t, t + 1).strip());
    return RAW_GIVEN_NAMES.contains(written)
        && (nothingNamedAfter(doc, t, to) || betweenNames(doc, t, to));
  }

  /**
   * Token {@code t} follows a given name of given-names.tsv with nothing between, and a name-like
   * word or a family name follows it: a father's name inside a name, not a preposition, which takes
   * a noun after it, not another name.
   */
  private boolean betweenNames(Document doc, int t, int to) {
    if (t + 1 >= to || t < 1 || TitledNames.hasStop(doc, t) || TitledNames.hasStop(doc, t + 1)) {
      return false;
    }
    String before = Proclitics.withoutAnd(doc.originalText(t - 1, t).strip());
    String next = doc.tokens().get(t + 1).text();
    return NamesBeforeTitles.given(before)
        && (nameLike(doc, t + 1, to) || Proclitics.hasArticle(next) && familyName(doc, t + 1, to));
  }

  /** Token {@code t} is written as a given name of name-parts.tsv ("علي", not "على"). */
  boolean writtenAsGivenName(Document doc, int t) {
    return RAW_GIVEN_NAMES.contains(Proclitics.withoutAnd(doc.originalText(t, t + 1).strip()));
  }

  /** The given names of name-parts.tsv as written (not normalised: the spelling tells them). */
  private static final Set<String> RAW_GIVEN_NAMES = rawGivenNames();

  private static Set<String> rawGivenNames() {
    Set<String> out = new HashSet<>();
    for (String[] r : TsvResource.read(Lexicon.DIR + "name-parts.tsv", 2)) {
      if (r[0].equals("given-name")) {
        out.add(r[1].strip());
      }
    }
    return Set.copyOf(out);
  }

  /** No noun follows token {@code t}: the sentence or clause ends, a function word or a date. */
  private boolean nothingNamedAfter(Document doc, int t, int to) {
    return t + 1 >= to
        || TitledNames.hasStop(doc, t + 1)
        || lexicon.isStopword(doc.tokens().get(t + 1).text())
        || inDatePhrase(doc, t + 1);
  }

  /**
   * "دي لا فوينتي"، "دا سيلفا"، "فان كلافيرين": a particle of a European family name
   * (name-parts.tsv {@code particle}, then at most one {@code particle-article}) opens the family
   * name written after it, one part with it. Returns the token of that family name, or {@code t}
   * when token {@code t} opens none (no particle, or no name-like word after it).
   */
  int afterParticles(Document doc, int t, int to) {
    if (t >= to
        || !PARTS.get("particle").contains(ArabicNormalizer.key(doc.tokens().get(t).text()))) {
      return t;
    }
    int family = t + 1;
    if (family < to
        && !TitledNames.hasStop(doc, family)
        && PARTS
            .get("particle-article")
            .contains(ArabicNormalizer.key(doc.tokens().get(family).text()))) {
      family++;
    }
    return family < to && !TitledNames.hasStop(doc, family) && nameLike(doc, family, to)
        ? family
        : t;
  }

  /**
   * "الشيخ خالد الجراح الصباح"، "سالم عبدالله الجابر الصباح": the name of a ruling house written
   * without آل (name-parts.tsv {@code house}) closes a name of two parts or more, right after it or
   * after one more name with the article (the grandfather's). Returns the token after the house
   * name, or {@code t} when none closes the name there.
   */
  static int house(Document doc, int t, int to) {
    for (int j = t; j < to && j <= t + 1; j++) {
      String w = doc.tokens().get(j).text();
      if (TitledNames.hasStop(doc, j)) {
        return t;
      }
      if (PARTS.get("house").contains(ArabicNormalizer.key(w))) {
        return j + 1;
      }
      if (!Proclitics.hasArticle(w)) {
        return t;
      }
    }
    return t;
  }

  /** "الدين" of "نصر الدين": one part with the word before it. */
  static boolean compound(String w) {
    return PARTS.get("compound").contains(ArabicNormalizer.key(w));
  }

  /**
   * The article and a given name of a person the gazetteer knows ("الحسين"، "المحمد"): a family
   * name as Gulf and Sudanese names close, not a common noun.
   */
  boolean ofGivenName(String w) {
    if (!Proclitics.hasArticle(w)) {
      return false;
    }
    String given = ArabicNormalizer.key(w.substring(Proclitics.article().length()));
    for (GazetteerEntry e : gazetteer.entries()) {
      if (e.kind() == org.chronology.extraction.ActorKind.PERSON
          && ArabicNormalizer.key(e.name()).split(" ")[0].equals(given)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "لإجراء"، "بإعلان": a preposition on the verbal noun of a derived verb (its hamza below kept in
   * the text), the purpose or manner of what is told, never a name.
   */
  private static boolean onVerbalNoun(Document doc, int t) {
    String w = Proclitics.withoutAnd(doc.originalText(t, t + 1).strip());
    for (String p : org.chronology.text.Prepositions.attached()) {
      if (w.length() > p.length() + 1
          && w.startsWith(p)
          && w.charAt(p.length()) == ArabicNormalizer.ALEF_HAMZA_BELOW) {
        return true;
      }
    }
    return false;
  }

  /** A present verb of the dual ("يشهدان"، "تبحثان"). */
  private boolean dualVerb(String w) {
    if (w.length() < MIN_DUAL_VERB || !lexicon.startsWith(FunctionWord.PRESENT_PREFIX, w)) {
      return false;
    }
    String k = ArabicNormalizer.key(w);
    return PARTS.get("dual-ending").stream().anyMatch(k::endsWith);
  }

  /** The tanween marks (fathatan, dammatan, kasratan). */
  private static final char FATHATAN = '\u064B';

  private static final char KASRATAN = '\u064D';

  /** Alef, waw, yeh, alef maqsura and the hamza forms: left out when spellings are compared. */
  private static final String VOWEL_SEATS =
      "\u0627\u0623\u0625\u0622\u0621\u0626\u0624\u0648\u064A\u0649";

  /** "وعلان": a known name read through the conjunction و before it, so another name. */
  static boolean conjoined(String token, Proclitics.Form form) {
    return Proclitics.startsWithAnd(token) && form.text().equals(Proclitics.withoutAnd(token));
  }

  /**
   * The words written before a known surname are given names of one of its people: "حاييم كاتس" is
   * not "يسرائيل كاتس" though the gazetteer knows him as "كاتس".
   */
  static boolean givenNamesOf(Document doc, int first, int end, List<GazetteerEntry> people) {
    for (GazetteerEntry e : people) {
      java.util.Set<String> words = new java.util.HashSet<>();
      for (String n : e.identity().aliases()) {
        words.addAll(skeletons(n));
      }
      words.addAll(skeletons(e.name()));
      boolean all = true;
      for (int t = first; t < end && all; t++) {
        all = words.containsAll(skeletons(doc.tokens().get(t).text()));
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words of a name without long vowels and hamza seats, so that spelling variants of one given
   * name ("أرييل"، "أريئيل") compare equal.
   */
  private static List<String> skeletons(String name) {
    List<String> out = new java.util.ArrayList<>();
    for (String w : ArabicNormalizer.key(name).split(" ")) {
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < w.length(); k++) {
        if (VOWEL_SEATS.indexOf(w.charAt(k)) < 0) {
          b.append(w.charAt(k));
        }
      }
      out.add(b.isEmpty() ? w : b.toString());
    }
    return out;
  }

  /** Letters of a preposition ("في"، "من"، "عن") that a one-letter pronoun never ends a name on. */
  private static final int SHORT_PREPOSITION = 2;

  /** Letters a word keeps besides a pronoun suffix to be read as carrying one. */
  private static final int MIN_CLITIC_STEM = 3;

  /**
   * Token {@code t}, read alone as a name, carries what a name never does: the conjunction و
   * ("وعددا"، "وتم"), the future prefix ("ستتعاون") or an attached pronoun ("منصبه"، "لبلاده"): a
   * word of the clause after a title, not its holder's one-word name. An attached preposition alone
   * is no sign: foreign surnames begin with its letter ("بلينكن"، "بزشكيان").
   */
  boolean clitic(Document doc, int t) {
    String w = doc.tokens().get(t).text();
    if (Proclitics.startsWithAnd(w) && Proclitics.withoutAnd(w).length() > 1) {
      return true;
    }
    for (Proclitics.Form f : Proclitics.forms(w)) {
      if (f.future() && lexicon.startsWith(FunctionWord.PRESENT_PREFIX, f.text())) {
        return true;
      }
    }
    for (String e : lexicon.suffixes(Suffix.PRONOUN)) {
      if (w.length() >= e.length() + MIN_CLITIC_STEM + 1 && w.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  boolean nameLike(Document doc, int t, int to) {
    String w = doc.tokens().get(t).text();
    if (w.length() < 2
        || lexicon.is(FunctionWord.NOT_NAME, w)
        || lexicon.isWithSuffix(FunctionWord.NOT_NAME, Suffix.PRONOUN, w) // "هنأه"، "استقبلها"
        || possessedNotName(w) // "أعلن الوزير فلان علان استقالته"
        || prepositionWithPronoun(w) // "يدعوه فيها"، "فيه"
        || prepositionOnNotName(w) // "بعث الرئيس برسالة"
        || lexicon.is(FunctionWord.DECISION, w)
        || lexicon.is(FunctionWord.INSTITUTION, w)
        || lexicon.isStopword(w)
        || lexicon.isModifier(w)
        || definite(w) && !hamzaOnAlef(doc, t)
        || !isArabicWord(w)
        || indefinite(doc, t)
        || inDatePhrase(doc, t)
        || dualVerb(w)
        || onVerbalNoun(doc, t)) {
      return false;
    }
    if (Proclitics.startsWithAnd(w) && conjoinedWord(Proclitics.withoutAnd(w))) {
      return false;
    }
    boolean foreign = hamzaOnAlef(doc, t);
    return unknown(lexicon.triggers().longestAt(doc.tokens(), doc.forms(), t, to), foreign)
        && unknown(lexicon.titles().longestAt(doc.tokens(), doc.forms(), t, to), foreign)
        && unknown(lexicon.demonyms().longestAt(doc.tokens(), doc.forms(), t, to), foreign)
        && unknown(lexicon.places().longestAt(doc.tokens(), doc.forms(), t, to), foreign)
        && unknown(gazetteer.matcher().longestAt(doc.tokens(), doc.forms(), t, to), foreign);
  }

  /**
   * "نظيره البيروفي رافائيل فلان": right after a title, a one-word company of the gazetteer that is
   * also a given name opens the person's name when a name-like word follows it, not a word of the
   * company's own (company-tail: "سيستمز") nor a company head before it ("شركة").
   */
  boolean companyAsGivenName(Document doc, int t, int to) {
    if (t + 1 >= to || TitledNames.hasStop(doc, t + 1)) {
      return false;
    }
    String w = doc.tokens().get(t).text();
    PhraseMatcher.Match<GazetteerEntry> g =
        gazetteer.matcher().longestAt(doc.tokens(), doc.forms(), t, to);
    if (g == null
        || g.first() != t
        || g.end() != t + 1
        || !g.form().text().equals(w)
        || g.values().get(0).kind() != org.chronology.extraction.ActorKind.COMPANY
        || t > 0 && lexicon.is(FunctionWord.COMPANY_HEAD, doc.tokens().get(t - 1).text())) {
      return false;
    }
    String next = doc.tokens().get(t + 1).text();
    return !lexicon.is(FunctionWord.COMPANY_TAIL, next) && nameLike(doc, t + 1, to);
  }

  /**
   * No word of the lexicon is read at the token; for a foreign name written with "أل" ("ألباريس"),
   * a word read only by taking its "أل" for the article ("باريس"), or a name written with the
   * article ("البيرو" for "ألبيرو"), does not count.
   */
  private static boolean unknown(PhraseMatcher.Match<?> m, boolean foreign) {
    // nor does a name listed with its article ("البيرو"), which is written with a bare alef too
    return m == null || foreign && (m.form().definite() || Proclitics.hasArticle(m.form().text()));
  }

  /**
   * Written with a hamza on its first alef ("ألكسندر"، "وأليكسيس"): a foreign name whose "أل" is no
   * article, which is always written with a bare alef.
   */
  private static boolean hamzaOnAlef(Document doc, int t) {
    String written = doc.originalText(t, t + 1).strip();
    int k = 0;
    while (k < written.length() && !ArabicNormalizer.isArabicLetterOrMark(written.charAt(k))) {
      k++;
    }
    if (written.startsWith("\u0648", k)) {
      k++; // و
    }
    while (k < written.length() && ArabicNormalizer.isHaraka(written.charAt(k))) {
      k++;
    }
    return k + 1 < written.length()
        && (written.charAt(k) == ArabicNormalizer.ALEF_HAMZA_ABOVE
            || written.charAt(k) == ArabicNormalizer.ALEF_HAMZA_BELOW)
        && written.charAt(k + 1) == '\u0644';
  }

  /** The article, also behind a preposition (للاستيضاح): a common noun, never a given name. */
  private static boolean definite(String w) {
    if (Proclitics.hasArticle(w)) {
      return true;
    }
    for (Proclitics.Form f : Proclitics.forms(w)) {
      if (f.definite() && f.preposition()) {
        return true;
      }
    }
    return false;
  }

  /**
   * After و, a function word or a verb ("وسلمته مذكرة"، "ويشهدان التوقيع"): the next clause, not a
   * name.
   */
  private boolean conjoinedWord(String rest) {
    return lexicon.isStopword(rest)
        || lexicon.is(FunctionWord.NOT_NAME, rest)
        || rest.length() > 3 && lexicon.hasSuffix(Suffix.POSSESSED, rest)
        || rest.length() > 4 && lexicon.hasSuffix(Suffix.PRONOUN, rest) // "وتسليمه مذكرة"
        || rest.length() > 3
            && lexicon.startsWith(FunctionWord.PRESENT_PREFIX, rest)
            && lexicon.endsWith(FunctionWord.VERB_ENDING, rest);
  }

  /** Tanween (an indefinite noun's ending, "إعلاناً") is never written on a proper name. */
  static boolean indefinite(Document doc, int t) {
    // the word as written, read in the article's text rather than as a string of its own (a Latin
    // word is a Latin-1 string, an Arabic one UTF-16: see Document.gapStart)
    NormalizedText nt = doc.normalized();
    Token token = doc.tokens().get(t);
    if (token.end() <= token.start()) {
      return false;
    }
    String original = nt.original();
    for (int k = nt.originalStart(token.start()), end = nt.originalEnd(token.end()); k < end; k++) {
      char c = original.charAt(k);
      if (c >= FATHATAN && c <= KASRATAN) {
        return true;
      }
    }
    return false;
  }

  /**
   * A state-adjective-shaped word with the article closing a two-part name: a family name (the
   * nisba "السوداني"، "الكاظمي"), since a state adjective follows a title, not a name.
   */
  boolean nisba(Document doc, int t, int to) {
    String w = doc.tokens().get(t).text();
    return Proclitics.hasArticle(w)
        && w.length() > 4
        && w.charAt(w.length() - 1) == ArabicNormalizer.YEH
        && isArabicWord(w)
        && !indefinite(doc, t)
        && !inDatePhrase(doc, t)
        && lexicon.triggers().longestAt(doc.tokens(), doc.forms(), t, to) == null
        && lexicon.titles().longestAt(doc.tokens(), doc.forms(), t, to) == null
        && lexicon.places().longestAt(doc.tokens(), doc.forms(), t, to) == null
        && gazetteer.matcher().longestAt(doc.tokens(), doc.forms(), t, to) == null;
  }

  /**
   * A second nisba right after a family name with the article ("فلانة العلاني الفلاني"): a nisba
   * that is no state adjective (which would tell the person's state) nor an ordinal.
   */
  boolean secondNisba(Document doc, int t, int to) {
    String w = doc.tokens().get(t).text();
    return nisba(doc, t, to)
        && !lexicon.isModifier(w)
        && !lexicon.isStopword(w)
        && lexicon.demonyms().longestAt(doc.tokens(), doc.forms(), t, to) == null;
  }

  /**
   * A preposition of a participant and a word ("بمطار"، "بتوجيه"): after two parts the name's end
   * and the phrase after it, unless nothing follows (TitledNames checks the clause's end). A long
   * vowel after the letter ("بارو"، "بيرقدار"، "بوطصالي") is how foreign names are written, kept.
   */
  static boolean onPreposition(String w) {
    for (String p : org.chronology.text.Prepositions.attached()) {
      if (org.chronology.text.Prepositions.introducesObject(p)
          && w.length() > p.length() + 2
          && w.startsWith(p)
          && VOWEL_SEATS.indexOf(w.charAt(p.length())) < 0) {
        return true;
      }
    }
    return false;
  }

  /** A word with the article that may close a name: none of the lexicon's other words. */
  boolean familyName(Document doc, int t, int to) {
    String w = doc.tokens().get(t).text();
    return w.length() > 3
        && isArabicWord(w)
        && !lexicon.isStopword(w)
        && !lexicon.isModifier(w)
        && !inDatePhrase(doc, t)
        && lexicon.triggers().longestAt(doc.tokens(), doc.forms(), t, to) == null
        && lexicon.titles().longestAt(doc.tokens(), doc.forms(), t, to) == null
        && lexicon.demonyms().longestAt(doc.tokens(), doc.forms(), t, to) == null
        && lexicon.places().longestAt(doc.tokens(), doc.forms(), t, to) == null
        && gazetteer.matcher().longestAt(doc.tokens(), doc.forms(), t, to) == null;
  }

  /**
   * A preposition with an attached pronoun ("فيها"، "فيه"، "عليهم"): the clause after the name
   * ("بعث إلى نظيره رسالة يدعوه فيها"), never a part of a person's name. A one-letter pronoun after
   * a longer word is also how a foreign name's syllable ends ("بينه"), kept.
   */
  private boolean prepositionWithPronoun(String w) {
    for (String e : lexicon.suffixes(Suffix.PRONOUN)) {
      String stem = w.substring(0, Math.max(0, w.length() - e.length()));
      if (w.length() > e.length() + 1
          && w.endsWith(e)
          && (e.length() > 1 || stem.length() <= SHORT_PREPOSITION)
          && lexicon.isStopword(stem)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A not-name word behind an attached preposition ("برسالة"، "ببرقية"): the object of the verb
   * after a title ("بعث الرئيس برسالة إلى نظيره"), never the holder's name.
   */
  private boolean prepositionOnNotName(String w) {
    for (String p : org.chronology.text.Prepositions.attached()) {
      if (w.length() > p.length() + 2
          && w.startsWith(p)
          && lexicon.is(FunctionWord.NOT_NAME, w.substring(p.length()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A verbal noun of the not-name words with a possessive pronoun, its ة written ت ("استقالته"):
   * what the person did, told after the name, never a part of it.
   */
  private boolean possessedNotName(String w) {
    for (String e : lexicon.suffixes(Suffix.POSSESSED)) {
      if (w.length() > e.length() + 2
          && w.endsWith(e)
          && lexicon.is(
              FunctionWord.NOT_NAME,
              w.substring(0, w.length() - e.length()) + ArabicNormalizer.HEH)) {
        return true;
      }
    }
    return false;
  }

  static boolean inDatePhrase(Document doc, int t) {
    for (DateHit d : doc.dates()) {
      if (t >= d.first() && t < d.end()) {
        return true;
      }
    }
    return false;
  }

  static boolean isArabicWord(String w) {
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (!ArabicNormalizer.isArabicLetterOrMark(c)) {
        return false;
      }
    }
    return true;
  }
}
