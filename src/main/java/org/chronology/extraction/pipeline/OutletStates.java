package org.chronology.extraction.pipeline;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.ArticleText;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.actor.GazetteerEntry;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.PhraseMatcher;
import org.chronology.text.Token;
import org.chronology.text.Tokenizer;
import org.chronology.text.TsvResource;

/**
 * The state of the outlet that published an article, read from what the page carries about it
 * (outlets.tsv): a state named in the outlet's name, by the lexicon's adjective ("وكالة الأنباء
 * الكويتية"), its name ("وكالة أنباء البحرين"), an English adjective ("Egyptian daily") or a state
 * agency's own name ("الأناضول"); else its address's country-code domain. An outlet named by two
 * states, or speaking for one abroad (an embassy), has none; so has a wire agency or a pan-Arab
 * channel. A dateline city is not read: a wire's correspondent writes from a capital that is not
 * his outlet's.
 */
final class OutletStates {

  private static final String FILE = Lexicon.DIR + "outlets.tsv";

  /** Said of an outlet that speaks for one state in another. */
  private static final String ABROAD = "";

  /** The host of an address. */
  private static final java.util.regex.Pattern HOST =
      java.util.regex.Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://([^/:?#]+)");

  private static final Map<String, String> DOMAINS = new LinkedHashMap<>();

  private static final PhraseMatcher<String> WORDS;

  private static final Set<String> OFFICES = new HashSet<>();

  /** A state agency's abbreviation in a dateline → its state. */
  private static final Map<String, String> DATELINES = new LinkedHashMap<>();

  /** How far into the text a dateline is looked for. */
  private static final int DATELINE_WORDS = 40;

  /** Words of a dateline's place (a city of two or three words). */
  private static final int MAX_PLACE_WORDS = 3;

  /** The states whose outlets are read (those the file gives a domain or a word of). */
  private static final Set<String> HOMES = new HashSet<>();

  static {
    List<Map.Entry<String, String>> words = new ArrayList<>();
    for (String[] r : TsvResource.read(FILE, 3)) {
      switch (r[0]) {
        case "domain" -> {
          DOMAINS.put(r[1].toLowerCase(Locale.ROOT), r[2]);
          HOMES.add(r[2]);
        }
        case "word" -> {
          words.add(new AbstractMap.SimpleEntry<>(r[1], r[2]));
          HOMES.add(r[2]);
        }
        case "none" -> words.add(new AbstractMap.SimpleEntry<>(r[1], ABROAD));
        case "office" -> OFFICES.add(r[1]);
        case "dateline" -> DATELINES.put(ArabicNormalizer.key(r[1]), r[2]);
        default -> throw new IllegalStateException(FILE + ": unknown kind " + r[0]);
      }
    }
    WORDS = PhraseMatcher.of(words);
  }

  private OutletStates() {}

  /** An office whose holder, written without a state, is the outlet's state's. */
  static boolean homeOffice(String office) {
    return office != null && OFFICES.contains(office);
  }

  /** The state of the article's outlet, or null. */
  static String of(Lexicon lexicon, Gazetteer gazetteer, ArticleText a) {
    String named = named(lexicon, gazetteer, a.outlet());
    if (named != null) {
      return HOMES.contains(named) ? named : null; // "الإذاعة السويدية": a service for abroad
    }
    return domain(a.url());
  }

  /**
   * The article's home state where its masthead gives none ({@link Institutions#home}, read by the
   * caller): the outlet's the page carries, else, where it carries none, the dateline agency's.
   */
  static String fromPage(Lexicon lexicon, Gazetteer gazetteer, Document doc) {
    String state = of(lexicon, gazetteer, doc.article());
    boolean none =
        (doc.article().outlet() == null || doc.article().outlet().isBlank())
            && (doc.article().url() == null || doc.article().url().isBlank());
    return state == null && none ? dateline(lexicon, doc) : state;
  }

  /**
   * "الرباط (ومع) - …"، "الكويت - كونا -": where the page names no outlet, a state agency's
   * abbreviation right after the dateline's place, in brackets or after a dash, in the text's first
   * words, is the agency that wrote the dispatch: its state is the outlet's. Null for none.
   */
  static String dateline(Lexicon lexicon, Document doc) {
    List<Token> tokens = doc.tokens();
    for (int t = 1; t < tokens.size() && t < DATELINE_WORDS; t++) {
      String state = DATELINES.get(ArabicNormalizer.key(tokens.get(t).text()));
      String gap = doc.gapBefore(t);
      if (state == null
          || !(gap.contains("(") || gap.contains("-") || gap.contains("\u2013"))
          || !afterPlace(lexicon, doc, t)) {
        continue;
      }
      return state;
    }
    return null;
  }

  /** A place's name ends right before token {@code t}. */
  private static boolean afterPlace(Lexicon lexicon, Document doc, int t) {
    for (int k = 1; k <= MAX_PLACE_WORDS && t - k >= 0; k++) {
      PhraseMatcher.Match<org.chronology.extraction.lang.PlaceEntry> p =
          lexicon.places().longestAt(doc.tokens(), doc.forms(), t - k, t);
      if (p != null && p.first() == t - k && p.end() == t) {
        return true;
      }
    }
    return false;
  }

  /**
   * The one state the outlet's name gives, {@link #ABROAD} for none or two, null if it names none.
   */
  private static String named(Lexicon lexicon, Gazetteer gazetteer, String outlet) {
    if (outlet == null || outlet.isBlank()) {
      return null;
    }
    List<Token> tokens = Tokenizer.tokenize(ArabicNormalizer.normalize(outlet).text());
    Set<String> states = new HashSet<>();
    for (int i = 0; i < tokens.size(); ) {
      PhraseMatcher.Match<String> w = WORDS.longestAt(tokens, i, tokens.size());
      PhraseMatcher.Match<String> dem = lexicon.demonyms().longestAt(tokens, i, tokens.size());
      PhraseMatcher.Match<GazetteerEntry> g =
          gazetteer.matcher().longestAt(tokens, i, tokens.size());
      if (w != null && w.first() == i) {
        if (w.values().get(0).equals(ABROAD)) {
          return ABROAD;
        }
        states.add(w.values().get(0));
        i = w.end();
      } else if (dem != null && dem.first() == i) {
        states.add(dem.values().get(0));
        i = dem.end();
      } else if (g != null
          && g.first() == i
          && g.values().get(0).kind() == ActorKind.COUNTRY
          && !g.form().preposition()) {
        states.add(g.values().get(0).name());
        i = g.end();
      } else {
        i++;
      }
    }
    return states.isEmpty() ? null : states.size() == 1 ? states.iterator().next() : ABROAD;
  }

  /** The state of the address's country-code domain, or null. */
  private static String domain(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    java.util.regex.Matcher m = HOST.matcher(url.strip());
    if (!m.find()) {
      return null;
    }
    String host = m.group(1);
    host = host.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> d : DOMAINS.entrySet()) {
      if (host.endsWith(d.getKey())) {
        return d.getValue();
      }
    }
    return null;
  }

  /**
   * "وأجرى جلالة الملك اتصالا" in an outlet of a state: a head of state's, a government's or a
   * minister's title written without a state and without a name is the outlet's state's, unless
   * another state's holder of that office is named in its sentence or shortly before (then the
   * title may well be his, named again). It is the holder the article names, or else the state
   * itself: a holder the article never names is not listed by name. Returns {@code hits} with those
   * titles read so.
   */
  static List<ActorHit> withHomeHolders(Gazetteer gazetteer, List<ActorHit> hits, String home) {
    GazetteerEntry state = home == null ? null : gazetteer.byName(home);
    if (state == null || state.kind() != ActorKind.COUNTRY) {
      return hits;
    }
    List<ActorHit> out = new ArrayList<>(hits.size());
    for (ActorHit h : hits) {
      boolean unqualified =
          h.kind() == ActorKind.PERSON
              && h.country() == null
              && h.source() == ActorHit.Source.TITLE_ONLY
              && homeOffice(h.office());
      if (!unqualified || othersNear(hits, h, home)) {
        out.add(h);
      } else if (named(hits, h.office(), home)) {
        out.add(withCountry(h, home));
      } else {
        out.add(
            new ActorHit(
                h.sentence(),
                h.first(),
                h.end(),
                List.of(state),
                h.written(),
                ActorKind.COUNTRY,
                null,
                state.name(),
                ActorHit.Source.DEMONYM,
                h.preposition()));
      }
    }
    return out;
  }

  /** The article names the home state's holder of {@code office}. */
  private static boolean named(List<ActorHit> hits, String office, String home) {
    for (ActorHit o : hits) {
      if (o.kind() == ActorKind.PERSON
          && o.source() != ActorHit.Source.TITLE_ONLY
          && office.equals(officeOf(o))
          && home.equals(countryOf(o))) {
        return true;
      }
    }
    return false;
  }

  private static boolean othersNear(List<ActorHit> hits, ActorHit h, String home) {
    for (ActorHit o : hits) {
      if (o != h
          && o.kind() == ActorKind.PERSON
          && o.sentence() <= h.sentence()
          && o.sentence() >= h.sentence() - NEAR
          && h.office().equals(officeOf(o))) {
        String c = countryOf(o);
        if (c != null && !c.equals(home)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Sentences before a title in which another state's holder of its office makes it his. */
  private static final int NEAR = 3;

  private static String officeOf(ActorHit o) {
    return o.office() != null || o.candidates().isEmpty()
        ? o.office()
        : o.candidates().get(0).office();
  }

  private static String countryOf(ActorHit o) {
    return o.country() != null || o.candidates().isEmpty()
        ? o.country()
        : o.candidates().get(0).country();
  }

  private static ActorHit withCountry(ActorHit h, String country) {
    return h.withOfficeAndCountry(h.office(), country);
  }
}
