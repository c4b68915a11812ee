package org.chronology.event.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.actor.GazetteerEntry;
import org.chronology.extraction.lang.HeldBy;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.PlaceEntry;
import org.chronology.extraction.lang.States;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.Proclitics;
import org.chronology.text.TsvResource;

/**
 * Which articles a gazetteer change can alter: those whose normalised text holds a word of the
 * names the extractor could read as one of the added actors. A superset by construction, not a
 * guess of the extractor's decisions: every name, alias and full-name variant of an added actor;
 * for a person, each name's last word (a surname read alone); for a person known by an office, the
 * office's country as it may be written (name, aliases, adjectives, capital: "وزير الخارجية الروسي"
 * is the holder of the day); for a country, the same forms of itself and the names of its people
 * and organisations in the gazetteer (a person named alone brings the country into the event); for
 * a body, the happenings named by its adjective (held-by.tsv: an Arab summit is the Arab League's,
 * though the League is not named). Each word is looked for as a substring with its article dropped,
 * so proclitics ("وبموسكو", "للصومال") are found.
 */
public final class GazetteerTerms {

  /** The article, dropped from a word so that "لل…" (ل + ال) and other clitics still match. */
  private static final String ARTICLE = ArabicNormalizer.key(Proclitics.article());

  /** A word shorter than this after its article keeps the article ("الى" is not "ى"). */
  private static final int SHORTEST = 2;

  /** Each name as the stems of its words. */
  private final List<List<String>> names;

  private GazetteerTerms(List<List<String>> names) {
    this.names = names;
  }

  /**
   * The terms of the added entries; {@code all} is the whole new gazetteer, in which the countries
   * of added people are looked up.
   */
  public static GazetteerTerms of(Collection<GazetteerEntry> added, List<GazetteerEntry> all) {
    Map<String, GazetteerEntry> byName = new HashMap<>();
    for (GazetteerEntry e : all) {
      byName.putIfAbsent(ArabicNormalizer.key(e.name()), e);
    }
    Map<String, List<String>> adjectives = adjectives();
    Map<String, List<String>> held = heldBy();
    Set<String> names = new LinkedHashSet<>();
    for (GazetteerEntry e : added) {
      names.addAll(e.kind() == ActorKind.PERSON ? personNames(e) : namesOf(e));
      for (String n : namesOf(e)) {
        names.addAll(held.getOrDefault(ArabicNormalizer.key(n), List.of()));
      }
      if (e.kind() == ActorKind.PERSON && e.office() != null && e.country() != null) {
        GazetteerEntry country = byName.get(ArabicNormalizer.key(e.country()));
        names.add(e.country());
        if (country != null) {
          names.addAll(namesOf(country));
        }
        names.addAll(countryForms(e.country(), adjectives));
      }
      if (e.kind() == ActorKind.COUNTRY) {
        names.addAll(countryForms(e.name(), adjectives));
        // A person or an organisation of the country, named alone, brings the country in as an
        // actor of the event.
        String key = ArabicNormalizer.key(e.name());
        for (GazetteerEntry p : all) {
          if (p != e && p.country() != null && ArabicNormalizer.key(p.country()).equals(key)) {
            names.addAll(p.kind() == ActorKind.PERSON ? personNames(p) : namesOf(p));
          }
        }
      }
    }
    Set<List<String>> stems = new LinkedHashSet<>();
    for (String n : names) {
      List<String> words = new ArrayList<>();
      for (String w : ArabicNormalizer.key(n).split(" ")) {
        boolean article = w.startsWith(ARTICLE) && w.length() >= ARTICLE.length() + SHORTEST;
        String stem = article ? w.substring(ARTICLE.length()) : w;
        if (!stem.isEmpty()) {
          words.add(stem);
        }
      }
      if (!words.isEmpty()) {
        stems.add(List.copyOf(words));
      }
    }
    return new GazetteerTerms(List.copyOf(stems));
  }

  /**
   * True when the text may name an added actor: it holds every word of one of its names. Checked
   * per word rather than per phrase, so a line break or punctuation between two words of a name
   * cannot hide it; a looser test, so more articles, never fewer.
   */
  public boolean named(String text) {
    String normalized = ArabicNormalizer.normalize(text).text();
    for (List<String> name : names) {
      if (name.stream().allMatch(normalized::contains)) {
        return true;
      }
    }
    return false;
  }

  /** How many names are looked for (for the log). */
  public int size() {
    return names.size();
  }

  /** A person's names, each also by its last word (a surname read alone). */
  private static List<String> personNames(GazetteerEntry e) {
    List<String> out = new ArrayList<>();
    for (String n : namesOf(e)) {
      out.add(n);
      String[] w = ArabicNormalizer.key(n).split(" ");
      out.add(w[w.length - 1]);
    }
    return out;
  }

  private static List<String> namesOf(GazetteerEntry e) {
    List<String> out = new ArrayList<>();
    out.add(e.name());
    out.addAll(e.aliases());
    out.addAll(Gazetteer.fullNameVariants(e));
    return out;
  }

  /** held-by.tsv's happenings named by a body's adjective, by the body's key. */
  private static Map<String, List<String>> heldBy() {
    Map<String, List<String>> out = new HashMap<>();
    for (HeldBy.Held h : HeldBy.all()) {
      out.computeIfAbsent(ArabicNormalizer.key(h.body()), k -> new ArrayList<>()).add(h.phrase());
    }
    return out;
  }

  /** demonyms.tsv by the country's key, read once for all the added actors. */
  private static Map<String, List<String>> adjectives() {
    Map<String, List<String>> out = new HashMap<>();
    for (String[] r : TsvResource.read(Lexicon.DIR + "demonyms.tsv", 2)) {
      out.computeIfAbsent(ArabicNormalizer.key(r[0]), k -> new ArrayList<>())
          .addAll(TsvResource.list(r[1]));
    }
    return out;
  }

  /**
   * A country's adjectives (demonyms.tsv, states.tsv), names and capital, as the lexicon has them.
   */
  private static List<String> countryForms(String country, Map<String, List<String>> adjectives) {
    String key = ArabicNormalizer.key(country);
    List<String> out = new ArrayList<>(adjectives.getOrDefault(key, List.of()));
    for (States.State st : States.all()) {
      if (ArabicNormalizer.key(st.name()).equals(key)) {
        out.add(st.name());
        out.addAll(st.aliases());
        out.addAll(st.demonyms());
        if (st.capital() != null) {
          out.add(st.capital().name());
          out.addAll(st.capital().aliases());
        }
      }
    }
    for (PlaceEntry p : Lexicon.standard().placeEntries()) {
      if (p.capital() && p.country() != null && ArabicNormalizer.key(p.country()).equals(key)) {
        out.add(p.name());
        out.addAll(p.aliases());
      }
    }
    return out;
  }
}
