package org.chronology.extraction.actor;

import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronology.extraction.ActorIdentity;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.lang.States;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.PhraseMatcher;
import org.chronology.text.TsvResource;

/**
 * The known actors and their spelling variants. Built from the resource file ({@link #standard()})
 * or from a list of entries ({@link #fromEntries}), e.g. the app's actor table. Immutable.
 */
public final class Gazetteer {

  /** Classpath location of the standard gazetteer (TSV, see the file header for columns). */
  public static final String RESOURCE = "/lang/ar/extraction/gazetteer.tsv";

  private final List<GazetteerEntry> entries;
  private final PhraseMatcher<GazetteerEntry> matcher;
  private final Map<String, GazetteerEntry> byName = new HashMap<>();
  private final Map<String, List<Ambiguous>> ambiguous = new HashMap<>();

  /** Classpath location of the names that are other words too. */
  public static final String STATE_FORMS_RESOURCE = "/lang/ar/extraction/state-forms.tsv";

  public static final String AMBIGUOUS_RESOURCE = "/lang/ar/extraction/ambiguous-names.tsv";

  /** Normalised name → true when the other reading is a place, false when a common word. */
  private static final Map<String, Boolean> AMBIGUOUS_NAMES = ambiguousNames();

  /**
   * An actor's name that is another word too ("عمان" is Amman, "مالي" financial): read in text only
   * where the context allows (the pipeline decides).
   *
   * @param written the name as the entry lists it, with its vowel marks ("عُمان")
   * @param place the other reading is a place: only the name written with these vowels is the actor
   */
  public record Ambiguous(GazetteerEntry entry, String written, boolean place) {}

  private Gazetteer(List<GazetteerEntry> entries) {
    this.entries = List.copyOf(entries);
    List<Map.Entry<String, GazetteerEntry>> phrases = new ArrayList<>();
    for (GazetteerEntry e : this.entries) {
      byName.putIfAbsent(ArabicNormalizer.key(e.name()), e);
      List<String> names = new ArrayList<>();
      names.add(e.name());
      names.addAll(e.aliases());
      names.addAll(fullNameVariants(e));
      for (String a : names) {
        Boolean place = AMBIGUOUS_NAMES.get(ArabicNormalizer.key(a));
        if (place == null) {
          phrases.add(new AbstractMap.SimpleImmutableEntry<>(a, e));
        } else {
          ambiguous
              .computeIfAbsent(ArabicNormalizer.key(a), k -> new ArrayList<>())
              .add(new Ambiguous(e, a.strip(), place));
        }
      }
    }
    this.matcher = PhraseMatcher.of(phrases);
  }

  private static Map<String, Boolean> ambiguousNames() {
    Map<String, Boolean> out = new HashMap<>();
    for (String[] r : TsvResource.read(AMBIGUOUS_RESOURCE, 2)) {
      if (!r[1].equals("place") && !r[1].equals("word")) {
        throw new IllegalStateException("ambiguous-names.tsv: unknown reading " + r[1]);
      }
      out.put(ArabicNormalizer.key(r[0]), r[1].equals("place"));
    }
    return Map.copyOf(out);
  }

  /** The actors a normalised word names when the context allows it (empty for most words). */
  public List<Ambiguous> ambiguous(String normalizedWord) {
    return ambiguous.getOrDefault(normalizedWord, List.of());
  }

  /**
   * A person's given names with each one-word spelling variant of the surname ("إسحاق هرتصوغ" from
   * "إسحاق هرتسوغ" and the alias "هرتصوغ"), so a full name written with a variant is one actor, not
   * an unknown first name followed by a known surname.
   */
  public static List<String> fullNameVariants(GazetteerEntry e) {
    List<String> out = new ArrayList<>();
    int space = e.name().lastIndexOf(' ');
    if (e.kind() != ActorKind.PERSON || space < 0) {
      return out;
    }
    String given = e.name().substring(0, space);
    String surname = e.name().substring(space + 1);
    String first = e.name().substring(0, e.name().indexOf(' '));
    int words = e.name().split(" ").length;
    for (String a : e.aliases()) {
      String joinedTail = joinedTail(e.name(), a);
      if (joinedTail != null) {
        out.add(joinedTail); // "عبداللهيان" for "عبد اللهيان": the surname written as one word
      } else if (!a.contains(" ") && !a.equals(surname)) {
        out.add(given + " " + a);
      } else if (a.contains(" ")
          && !a.startsWith(first + " ")
          && a.split(" ").length < words
          && !e.name().endsWith(" " + a)) {
        // a surname of several words written another way ("تشاووش أوغلو"): after the first name
        out.add(first + " " + a);
      }
    }
    return out;
  }

  /** The name with its last words replaced by {@code alias} when the alias writes them joined. */
  private static String joinedTail(String name, String alias) {
    String[] w = name.split(" ");
    for (int k = 1; k < w.length - 1; k++) {
      if (String.join("", java.util.Arrays.copyOfRange(w, k, w.length)).equals(alias)) {
        return String.join(" ", java.util.Arrays.copyOfRange(w, 0, k)) + " " + alias;
      }
    }
    return null;
  }

  public static Gazetteer fromEntries(List<GazetteerEntry> entries) {
    return new Gazetteer(entries);
  }

  /** The gazetteer of {@value #RESOURCE}. */
  public static Gazetteer standard() {
    return new Gazetteer(readResource());
  }

  /** The entries of the resource file, for seeding the app's actor table. */
  public static List<GazetteerEntry> readResource() {
    List<GazetteerEntry> out = new ArrayList<>();
    for (String[] r : TsvResource.read(RESOURCE, 8)) {
      out.add(
          new GazetteerEntry(
              new ActorIdentity(
                  r[0],
                  blankToNull(r[1]),
                  ActorKind.fromCode(r[2]),
                  blankToNull(r[3]),
                  blankToNull(r[4]),
                  TsvResource.list(r[5])),
              r[6].isEmpty() ? null : LocalDate.parse(r[6]),
              r[7].isEmpty() ? null : LocalDate.parse(r[7])));
    }
    Set<String> known = new HashSet<>();
    for (GazetteerEntry e : out) {
      known.add(ArabicNormalizer.key(e.name()));
      e.aliases().forEach(a -> known.add(ArabicNormalizer.key(a)));
    }
    for (States.State st : States.all()) {
      if (known.contains(ArabicNormalizer.key(st.name()))) {
        withStateAliases(
            out, st, known); // the hand-written row wins, and takes the other spellings
        continue;
      }
      List<String> aliases = new ArrayList<>();
      for (String a : st.aliases()) {
        if (known.add(ArabicNormalizer.key(a))) {
          aliases.add(a);
        }
      }
      known.add(ArabicNormalizer.key(st.name()));
      out.add(
          new GazetteerEntry(
              new ActorIdentity(
                  st.name(), st.nameEn(), ActorKind.COUNTRY, null, st.name(), List.copyOf(aliases)),
              null,
              null));
    }
    withStateForms(out, known);
    return out;
  }

  /** "جمهورية كازاخستان"، "دولة قطر": a country by its formal name (state-forms.tsv). */
  private static void withStateForms(List<GazetteerEntry> out, Set<String> known) {
    List<String> forms = new ArrayList<>();
    for (String[] r : TsvResource.read(STATE_FORMS_RESOURCE, 1)) {
      forms.add(r[0].strip());
    }
    for (int k = 0; k < out.size(); k++) {
      GazetteerEntry e = out.get(k);
      if (e.kind() != ActorKind.COUNTRY) {
        continue;
      }
      List<String> more = new ArrayList<>();
      for (String f : forms) {
        String formal = f + " " + e.name();
        if (known.add(ArabicNormalizer.key(formal))) {
          more.add(formal);
        }
      }
      if (!more.isEmpty()) {
        List<String> aliases = new ArrayList<>(e.aliases());
        aliases.addAll(more);
        out.set(
            k,
            new GazetteerEntry(
                e.identity().withAliases(List.copyOf(aliases)), e.activeFrom(), e.activeTo()));
      }
    }
  }

  /**
   * The spellings and long names states.tsv gives a state ("قيرغيزستان"، "جمهورية كازاخستان") are
   * aliases of the hand-written row of the same state too: the guide makes spelling variants
   * aliases of one actor.
   */
  private static void withStateAliases(
      List<GazetteerEntry> out, States.State st, Set<String> known) {
    List<String> more = new ArrayList<>();
    for (String a : st.aliases()) {
      if (known.add(ArabicNormalizer.key(a))) {
        more.add(a);
      }
    }
    if (more.isEmpty()) {
      return;
    }
    String key = ArabicNormalizer.key(st.name());
    for (int k = 0; k < out.size(); k++) {
      GazetteerEntry e = out.get(k);
      if (e.kind() == ActorKind.COUNTRY && ArabicNormalizer.key(e.name()).equals(key)) {
        List<String> aliases = new ArrayList<>(e.aliases());
        aliases.addAll(more);
        out.set(
            k,
            new GazetteerEntry(
                e.identity().withAliases(List.copyOf(aliases)), e.activeFrom(), e.activeTo()));
        return;
      }
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  public List<GazetteerEntry> entries() {
    return entries;
  }

  public PhraseMatcher<GazetteerEntry> matcher() {
    return matcher;
  }

  /** The entry with this canonical name (normalised comparison), or null. */
  public GazetteerEntry byName(String name) {
    return name == null ? null : byName.get(ArabicNormalizer.key(name));
  }

  /**
   * Chooses among people sharing a written name: first those active on {@code date} (the latest
   * appointee wins), else, with no date, the one still in office, else the first listed.
   */
  public static GazetteerEntry disambiguate(List<GazetteerEntry> candidates, LocalDate date) {
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    if (date != null) {
      GazetteerEntry active = latestActive(candidates, date);
      if (active != null) {
        return active;
      }
      // nearest term to the date
      return candidates.stream()
          .min(Comparator.comparingLong(e -> distanceDays(e, date)))
          .orElse(candidates.get(0));
    }
    for (GazetteerEntry e : candidates) {
      if (e.activeTo() == null) {
        return e;
      }
    }
    return candidates.get(0);
  }

  /** The person holding {@code office} of {@code country} on {@code date} (or today's holder). */
  public GazetteerEntry holder(String office, String country, LocalDate date) {
    List<GazetteerEntry> c = new ArrayList<>();
    for (GazetteerEntry e : entries) {
      if (e.kind() == ActorKind.PERSON
          && office.equals(e.office())
          && country != null
          && country.equals(e.country())) {
        c.add(e);
      }
    }
    if (c.isEmpty()) {
      return null;
    }
    if (date != null) {
      return latestActive(c, date);
    }
    GazetteerEntry current = null;
    for (GazetteerEntry e : c) {
      if (e.activeTo() == null) {
        if (current != null) {
          return null;
        }
        current = e;
      }
    }
    return current;
  }

  private static GazetteerEntry latestActive(List<GazetteerEntry> c, LocalDate date) {
    GazetteerEntry best = null;
    for (GazetteerEntry e : c) {
      if (e.activeOn(date)
          && (best == null
              || (e.activeFrom() != null
                  && (best.activeFrom() == null || e.activeFrom().isAfter(best.activeFrom()))))) {
        best = e;
      }
    }
    return best;
  }

  private static long distanceDays(GazetteerEntry e, LocalDate d) {
    if (e.activeFrom() != null && d.isBefore(e.activeFrom())) {
      return e.activeFrom().toEpochDay() - d.toEpochDay();
    }
    if (e.activeTo() != null && d.isAfter(e.activeTo())) {
      return d.toEpochDay() - e.activeTo().toEpochDay();
    }
    return 0;
  }
}
