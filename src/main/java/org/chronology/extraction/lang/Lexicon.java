package org.chronology.extraction.lang;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.extraction.Role;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.HashBits;
import org.chronology.text.PageFurniture;
import org.chronology.text.PhraseMatcher;
import org.chronology.text.Proclitics;
import org.chronology.text.Shared;
import org.chronology.text.Token;
import org.chronology.text.TsvResource;

/**
 * The language knowledge of the extractor (everything but the actor gazetteer), loaded once from
 * {@code src/main/resources/lang/ar/extraction/} and normalised with {@link ArabicNormalizer}.
 * Immutable and shared between threads.
 */
public final class Lexicon {

  public static final String DIR = "/lang/ar/extraction/";

  private final PhraseMatcher<Trigger> triggers;
  private final Map<String, PhraseMatcher<Trigger>> verbObjectTriggers;
  private final HashBits verbObjectBits;
  private final PhraseMatcher<String> stateNames;
  private final PhraseMatcher<ModalityCue> modality;
  private final PhraseMatcher<String> demonyms;
  private final Map<String, String> countryAdjective;
  private final PhraseMatcher<TitleEntry> titles;
  private final PhraseMatcher<PlaceEntry> places;
  private final List<PlaceEntry> placeEntries;
  private final Set<String> stopwords;
  private final Set<String> continuationWords;
  private final Set<String> earlierWords;
  private final Set<String> laterWords;
  private final Set<String> pairWords;
  private final Set<String> partyWords;
  private final HashBits partyBits;
  private final Set<String> groupWords;
  private final Map<String, Integer> countWords;
  private final Map<String, Integer> sidesWords;
  private final Set<String> ownCountryWords;
  private final HashBits ownCountryBits;
  private final Set<String> anyPortfolioOffices;
  private final Map<String, String> styledPronouns;
  private final Set<String> attendanceWords;
  private final Map<String, Set<String>> styleOffices;
  private final Set<String> modifiers;
  private final Set<String> clauseOpeners;
  private final Map<EventType, String> titleTemplates;
  private final PageFurniture furniture;
  private final Map<FunctionWord, Set<String>> functionWords = new EnumMap<>(FunctionWord.class);

  /** {@link #functionWords} by the kind's ordinal, each behind its hash filter ({@link #is}). */
  private final Set<?>[] functionWordSets = new Set<?>[FunctionWord.values().length];

  private final HashBits[] functionWordBits = new HashBits[FunctionWord.values().length];
  private final Map<Suffix, List<String>> suffixes = new EnumMap<>(Suffix.class);

  private Lexicon() {
    Map<String, List<String>> sx = TsvResource.byKind(DIR + "suffixes.tsv");
    for (Suffix k : Suffix.values()) {
      List<String> endings = sx.get(k.code);
      if (endings == null) {
        throw new IllegalStateException("suffixes.tsv lacks " + k.code);
      }
      suffixes.put(k, endings);
    }
    List<Map.Entry<String, Trigger>> tr = new ArrayList<>();
    for (String[] r : TsvResource.read(DIR + "triggers.tsv", 6)) {
      Trigger t =
          new Trigger(
              EventType.fromCode(r[0]),
              r[1],
              Double.parseDouble(r[2]),
              TriggerForm.valueOf(r[3].toUpperCase(Locale.ROOT)),
              role(r[4]),
              role(r[5]));
      tr.add(entry(r[1], t));
      String accusative = accusative(r[1], t);
      if (accusative != null) {
        tr.add(entry(accusative, t));
      }
      String plural = verbPlural(r[1], t);
      if (plural != null) {
        tr.add(entry(plural, t));
      }
    }
    triggers = PhraseMatcher.of(tr);
    verbObjectTriggers = verbObject(tr);
    verbObjectBits = HashBits.of(verbObjectTriggers.keySet());
    List<Map.Entry<String, String>> sn = new ArrayList<>();
    for (States.State st : States.all()) {
      sn.add(entry(st.name(), st.name()));
      st.aliases().forEach(a -> sn.add(entry(a, st.name())));
    }
    stateNames = PhraseMatcher.of(sn);

    List<Map.Entry<String, ModalityCue>> mo = new ArrayList<>();
    for (String[] r : TsvResource.read(DIR + "modality.tsv", 3)) {
      mo.add(
          entry(
              r[1],
              new ModalityCue(
                  EventStatus.fromCode(r[0]),
                  r[1],
                  ModalityCue.Scope.valueOf(r[2].toUpperCase(Locale.ROOT)))));
    }
    modality = PhraseMatcher.of(mo);

    List<Map.Entry<String, String>> de = new ArrayList<>();
    Map<String, String> adj = new HashMap<>();
    for (String[] r : TsvResource.read(DIR + "demonyms.tsv", 2)) {
      List<String> forms = TsvResource.list(r[1]);
      adj.put(r[0], forms.get(0));
      for (String f : forms) {
        de.add(entry(f, r[0]));
      }
    }
    for (States.State st : States.all()) {
      if (st.demonyms().isEmpty()) {
        continue;
      }
      adj.putIfAbsent(st.name(), st.demonyms().get(0));
      for (String f : st.demonyms()) {
        de.add(entry(f, st.name()));
      }
    }
    demonyms = PhraseMatcher.of(de);
    countryAdjective = Map.copyOf(adj);

    List<Map.Entry<String, TitleEntry>> ti = new ArrayList<>();
    for (String[] r : TsvResource.read(DIR + "titles.tsv", 3)) {
      ti.add(entry(r[0], new TitleEntry(r[0], r[1], r[2].isEmpty() ? null : r[2])));
    }
    titles = PhraseMatcher.of(ti);

    List<Map.Entry<String, PlaceEntry>> pl = new ArrayList<>();
    List<PlaceEntry> pe = new ArrayList<>();
    for (String[] r : TsvResource.read(DIR + "places.tsv", 5)) {
      PlaceEntry p =
          new PlaceEntry(r[0], r[1], r[2], TsvResource.list(r[3]), r[4].equals("capital"));
      pe.add(p);
      pl.add(entry(p.name(), p));
      for (String a : p.aliases()) {
        pl.add(entry(a, p));
      }
    }
    Set<String> placeNames = new HashSet<>();
    for (PlaceEntry p : pe) {
      placeNames.add(ArabicNormalizer.key(p.name()));
      p.aliases().forEach(a -> placeNames.add(ArabicNormalizer.key(a)));
    }
    List<String> capitalNouns =
        TsvResource.byKind(DIR + "function-words.tsv")
            .getOrDefault(FunctionWord.CAPITAL_NOUN.code, List.of());
    for (States.State st : States.all()) {
      PlaceEntry p = st.capital();
      if (p == null || placeNames.contains(ArabicNormalizer.key(p.name()))) {
        continue;
      }
      pe.add(p);
      pl.add(entry(p.name(), p));
      for (String a : p.aliases()) {
        pl.add(entry(a, p));
      }
      // "العاصمة الإثيوبية": the capital named by its state's adjective (feminine definite form)
      for (int i = 1; i < st.demonyms().size(); i += 4) {
        for (String noun : capitalNouns) {
          String phrase = noun + " " + st.demonyms().get(i);
          if (!placeNames.contains(ArabicNormalizer.key(phrase))) {
            pl.add(entry(phrase, p));
          }
        }
      }
    }
    places = PhraseMatcher.of(pl);
    placeEntries = List.copyOf(pe);

    Set<String> cont = new HashSet<>();
    Set<String> earl = new HashSet<>();
    Set<String> later = new HashSet<>();
    Set<String> pair = new HashSet<>();
    Set<String> parties = new HashSet<>();
    Set<String> own = new HashSet<>();
    Set<String> group = new HashSet<>();
    Set<String> anyPortfolio = new HashSet<>();
    Set<String> attendance = new HashSet<>();
    Map<String, Integer> count = new HashMap<>();
    Map<String, Integer> sides = new HashMap<>();
    Map<String, String> styled = new HashMap<>();
    Map<String, Set<String>> styleOffice = new HashMap<>();
    for (String[] r : TsvResource.read(DIR + "anaphora.tsv", 3)) {
      if (r[0].equals("styled")) {
        styled.put(ArabicNormalizer.key(r[1]), ArabicNormalizer.key(r[2]));
        continue;
      }
      if (r[0].equals("style-office")) {
        styleOffice
            .computeIfAbsent(ArabicNormalizer.key(r[1]), k -> new HashSet<>())
            .add(ArabicNormalizer.key(r[2]));
        continue;
      }
      if (r[0].equals("count") || r[0].equals("sides")) {
        (r[0].equals("count") ? count : sides)
            .put(ArabicNormalizer.key(r[1]), Integer.parseInt(r[2]));
        continue;
      }
      Set<String> target =
          switch (r[0]) {
            case "earlier" -> earl;
            case "later" -> later;
            case "pair" -> pair;
            case "parties" -> parties;
            case "own-country" -> own;
            case "group" -> group;
            case "continuation" -> cont;
            case "any-portfolio" -> anyPortfolio;
            case "attendance" -> attendance;
            default -> throw new IllegalStateException("anaphora.tsv: unknown kind " + r[0]);
          };
      target.add(ArabicNormalizer.key(r[1]));
    }
    pairWords = Set.copyOf(pair);
    parties.addAll(pair);
    partyWords = Set.copyOf(parties);
    partyBits = HashBits.of(partyWords);
    ownCountryWords = Set.copyOf(own);
    ownCountryBits = HashBits.of(ownCountryWords);
    anyPortfolioOffices = Set.copyOf(anyPortfolio);
    styledPronouns = Map.copyOf(styled);
    attendanceWords = Set.copyOf(attendance);
    styleOffices = Map.copyOf(styleOffice);
    continuationWords = Set.copyOf(cont);
    earlierWords = Set.copyOf(earl);
    laterWords = Set.copyOf(later);
    groupWords = Set.copyOf(group);
    countWords = Map.copyOf(count);
    sidesWords = Map.copyOf(sides);
    stopwords = keys(DIR + "stopwords.tsv");
    modifiers = keys(DIR + "modifiers.tsv");
    clauseOpeners = keys(DIR + "clauses.tsv");

    Map<EventType, String> tt = new EnumMap<>(EventType.class);
    for (String[] r : TsvResource.read(DIR + "event-titles.tsv", 2)) {
      tt.put(EventType.fromCode(r[0]), r[1]);
    }
    for (EventType t : EventType.values()) {
      if (!tt.containsKey(t)) {
        throw new IllegalStateException("event-titles.tsv lacks a template for " + t.code());
      }
    }
    titleTemplates = Map.copyOf(tt);
    furniture = PageFurniture.standard();
    Map<String, List<String>> fw = TsvResource.byKind(DIR + "function-words.tsv");
    for (FunctionWord k : FunctionWord.values()) {
      List<String> words = fw.get(k.code);
      if (words == null) {
        throw new IllegalStateException("function-words.tsv lacks " + k.code);
      }
      functionWords.put(k, Set.copyOf(words));
      functionWordSets[k.ordinal()] = functionWords.get(k);
      functionWordBits[k.ordinal()] = HashBits.of(functionWords.get(k));
    }
  }

  private static final Shared<Lexicon> STANDARD = new Shared<>(Lexicon::new);

  /** The lexicon of the resource files (loaded once). */
  public static Lexicon standard() {
    return STANDARD.get();
  }

  private static Set<String> keys(String path) {
    return TsvResource.keys(path);
  }

  private static Role role(String code) {
    return code.isEmpty() || code.equals("-") ? null : Role.fromCode(code);
  }

  private static <T> Map.Entry<String, T> entry(String k, T v) {
    return new AbstractMap.SimpleImmutableEntry<>(k, v);
  }

  /**
   * An event noun as the object of a verb takes the accusative ending when indefinite ("شنت القوات
   * هجوماً"): the one-word nouns of the trigger list are found in that form too. A word written
   * definite or with a wildcard, or ending where no such ending is written (suffixes.tsv), has
   * none; nor has a weak noun, too often something else in that form (عقوداً "decades", not
   * contracts).
   */
  private static final double ACCUSATIVE_STRENGTH = 0.65;

  private String accusative(String phrase, Trigger t) {
    String w = ArabicNormalizer.key(phrase);
    if (t.form() != TriggerForm.NOUN
        || t.strength() < ACCUSATIVE_STRENGTH
        || w.isEmpty()
        || w.indexOf(' ') >= 0
        || w.contains("*")
        || Proclitics.hasArticle(w)
        || hasSuffix(Suffix.NO_ACCUSATIVE, w)) {
      return null;
    }
    return w + suffixes.get(Suffix.ACCUSATIVE).get(0);
  }

  /**
   * The masculine plural of a past verb trigger ("نفذوا ضرب*" for "نفذ ضرب*"، "زاروا" for "زار"): a
   * plural subject does the same act. Not for a verb whose ending takes no such plural, nor for a
   * saying: a plural side's word set against another's is one reaction (the other side of one
   * vote).
   */
  private String verbPlural(String phrase, Trigger t) {
    String w = ArabicNormalizer.key(phrase);
    int space = w.indexOf(' ');
    String verb = space < 0 ? w : w.substring(0, space);
    if (t.form() != TriggerForm.VERB
        || t.type() == EventType.STATEMENT
        || verb.length() < 3
        || verb.contains("*")
        || hasSuffix(Suffix.NO_VERB_PLURAL, verb)) {
      return null;
    }
    return verb + suffixes.get(Suffix.VERB_PLURAL).get(0) + (space < 0 ? "" : w.substring(space));
  }

  public PhraseMatcher<Trigger> triggers() {
    return triggers;
  }

  /**
   * The rest of a verb-and-object trigger ("سحب سفير*", "وصل إلى") by its verb: Arabic news writes
   * the subject between them ("سحبت تركيا سفيرها", "وصل الرئيس إلى أنقرة"), so the rest is looked
   * for a few words on. So is a reporting frame of a verb and its place ("أكدت الحكومة في بيان").
   */
  public PhraseMatcher<Trigger> verbObjectRest(String normalizedVerb) {
    return verbObjectBits.mayContain(normalizedVerb)
        ? verbObjectTriggers.get(normalizedVerb)
        : null;
  }

  /** Names of states (states.tsv). */
  public PhraseMatcher<String> stateNames() {
    return stateNames;
  }

  private static Map<String, PhraseMatcher<Trigger>> verbObject(
      List<Map.Entry<String, Trigger>> all) {
    Map<String, List<Map.Entry<String, Trigger>>> rests = new HashMap<>();
    for (Map.Entry<String, Trigger> e : all) {
      String[] words = ArabicNormalizer.key(e.getKey()).split(" ");
      if ((e.getValue().form().verbal() || e.getValue().form() == TriggerForm.FRAME)
          && words.length > 1
          && !words[0].contains("*")) {
        String rest = String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length));
        rests.computeIfAbsent(words[0], k -> new ArrayList<>()).add(entry(rest, e.getValue()));
      }
    }
    Map<String, PhraseMatcher<Trigger>> out = new HashMap<>();
    rests.forEach((verb, list) -> out.put(verb, PhraseMatcher.of(list)));
    return Map.copyOf(out);
  }

  public PhraseMatcher<ModalityCue> modality() {
    return modality;
  }

  public PhraseMatcher<String> demonyms() {
    return demonyms;
  }

  /** The adjective used in titles for a country ("الإسرائيلي"), or null. */
  public String adjectiveOf(String country) {
    return country == null ? null : countryAdjective.get(country);
  }

  public PhraseMatcher<TitleEntry> titles() {
    return titles;
  }

  public PhraseMatcher<PlaceEntry> places() {
    return places;
  }

  public List<PlaceEntry> placeEntries() {
    return placeEntries;
  }

  public boolean isStopword(String normalizedWord) {
    return stopwords.contains(normalizedWord);
  }

  /** A sentence opening with this word continues the event before (كما). */
  public boolean isContinuation(String normalizedWord) {
    return continuationWords.contains(normalizedWord);
  }

  /** A word naming the country of the person just named (بلاده). */
  public boolean namesOwnCountry(String normalizedWord) {
    return ownCountryBits.mayContain(normalizedWord) && ownCountryWords.contains(normalizedWord);
  }

  /**
   * The style of address a pronoun of style stands for ("جلالته" → "جلالة", "سموه" → "سمو"), or
   * null when the word is none.
   */
  public String styleOfPronoun(String normalizedWord) {
    return styledPronouns.get(normalizedWord);
  }

  /** A word of presence at a happening ("بحضور"): the one after it attends, takes no part. */
  public boolean marksAttendance(String normalizedWord) {
    return attendanceWords.contains(normalizedWord);
  }

  /** The style's holders include the holder of {@code office} ("جلالة": ملك، سلطان). */
  public boolean styledOffice(String style, String office) {
    return office != null
        && styleOffices.getOrDefault(style, Set.of()).contains(ArabicNormalizer.key(office));
  }

  /**
   * A canonical office that, written without a name and without its portfolio (الوزير السوري), is
   * held by any of the state's ministers: the portfolio's offices begin with it.
   */
  public boolean coversPortfolios(String office) {
    return office != null && anyPortfolioOffices.contains(ArabicNormalizer.key(office));
  }

  /** A word naming the two parties of the event before (بينهما، البلدين). */
  /**
   * A dual naming the two parties of a relationship (a pair word, or a dual like الزعيمان), with or
   * without a conjunction or a preposition before it.
   */
  public boolean namesParties(String word) {
    String k = ArabicNormalizer.key(word);
    return isParty(k) || isParty(ArabicNormalizer.key(Proclitics.withoutAndOrPreposition(word)));
  }

  private boolean isParty(String key) {
    return partyBits.mayContain(key) && partyWords.contains(key);
  }

  /**
   * How many parties token {@code word} names with the word after it: a group plural and its count
   * ("الدول الثلاث" = 3), or an n-sided adjective alone ("القمة الثلاثية" = 3); 0 when none.
   */
  public int countedParties(String word, String next) {
    String bare = ArabicNormalizer.key(Proclitics.withoutAndOrPreposition(word));
    Integer sides = sidesWords.get(ArabicNormalizer.key(word));
    if (sides != null) {
      return sides;
    }
    if (next == null
        || !groupWords.contains(bare) && !groupWords.contains(ArabicNormalizer.key(word))) {
      return 0;
    }
    return countWords.getOrDefault(ArabicNormalizer.key(next), 0);
  }

  /** An n-sided adjective ("الثلاثية"): it names the parties of the noun before it. */
  public boolean namesSides(String word) {
    return sidesWords.containsKey(ArabicNormalizer.key(word));
  }

  public boolean namesPair(String normalizedWord) {
    return pairWords.contains(normalizedWord);
  }

  /** After a definite event noun, this word names another, earlier happening (السابق). */
  public boolean marksEarlier(String normalizedWord) {
    return earlierWords.contains(normalizedWord);
  }

  /** After a definite event noun, this word names the next instance, still to come (المقبل). */
  public boolean marksLater(String normalizedWord) {
    return laterWords.contains(normalizedWord);
  }

  public boolean isModifier(String normalizedWord) {
    return modifiers.contains(normalizedWord);
  }

  public Set<String> clauseOpeners() {
    return clauseOpeners;
  }

  public String titleTemplate(EventType type) {
    return titleTemplates.get(type);
  }

  public PageFurniture furniture() {
    return furniture;
  }

  /** The normalised word is one of {@code kind}. */
  public boolean is(FunctionWord kind, String normalizedWord) {
    // Called for most words by many rules, and most words are no word of the kind: the filter
    // answers those without probing the set.
    int k = kind.ordinal();
    return functionWordBits[k].mayContain(normalizedWord)
        && functionWordSets[k].contains(normalizedWord);
  }

  /** The normalised word is one of {@code kind}, bare or behind و/ف ("وتأتي"، "فيما"). */
  public boolean isBareOrJoined(FunctionWord kind, String normalizedWord) {
    return is(kind, normalizedWord) || is(kind, Proclitics.withoutConjunction(normalizedWord));
  }

  /** A token in {@code [from, to)} is a word of {@code kind}, bare or behind و/ف. */
  public boolean anyIn(FunctionWord kind, List<Token> tokens, int from, int to) {
    for (int i = Math.max(0, from); i < to; i++) {
      if (isBareOrJoined(kind, tokens.get(i).text())) {
        return true;
      }
    }
    return false;
  }

  /** The normalised word ends in one of {@code kind} ("الصحيفة" ends in صحيفة). */
  public boolean endsWith(FunctionWord kind, String normalizedWord) {
    for (String w : functionWords.get(kind)) {
      if (normalizedWord.endsWith(w)) {
        return true;
      }
    }
    return false;
  }

  /** The normalised word starts with one of {@code kind} and is longer than it. */
  public boolean startsWith(FunctionWord kind, String normalizedWord) {
    for (String w : functionWords.get(kind)) {
      if (normalizedWord.startsWith(w) && normalizedWord.length() > w.length()) {
        return true;
      }
    }
    return false;
  }

  /** The only word of {@code kind} (e.g. the day noun). */
  public String word(FunctionWord kind) {
    return functionWords.get(kind).iterator().next();
  }

  /** The word ends in one of the endings of {@code kind}. */
  /** {@code word} without an ending of {@code kind} is a word of {@code function} ("هنأه"). */
  public boolean isWithSuffix(FunctionWord function, Suffix kind, String word) {
    for (String e : suffixes.get(kind)) {
      if (word.endsWith(e) && is(function, word.substring(0, word.length() - e.length()))) {
        return true;
      }
    }
    return false;
  }

  /** The endings of one kind, normalised. */
  public List<String> suffixes(Suffix kind) {
    return suffixes.get(kind);
  }

  public boolean hasSuffix(Suffix kind, String word) {
    for (String e : suffixes.get(kind)) {
      if (word.endsWith(e)) {
        return true;
      }
    }
    return false;
  }
}
