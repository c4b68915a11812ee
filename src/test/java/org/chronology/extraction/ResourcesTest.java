package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.actor.GazetteerEntry;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.PlaceEntry;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.PhraseMatcher;
import org.chronology.text.Tokenizer;
import org.chronology.text.TsvResource;
import org.junit.jupiter.api.Test;

class ResourcesTest {

  private static final String[] FILES = {
    "triggers.tsv",
    "modality.tsv",
    "gazetteer.tsv",
    "places.tsv",
    "demonyms.tsv",
    "titles.tsv",
    "stopwords.tsv",
    "modifiers.tsv",
    "clauses.tsv",
    "anaphora.tsv",
    "furniture.tsv",
    "event-titles.tsv",
    "function-words.tsv",
    "suffixes.tsv",
    "ambiguous-names.tsv",
    "state-forms.tsv",
    "name-sounds.tsv",
    "held-by.tsv"
  };

  @Test
  void testResourceFilesArePresentAndParse() {
    for (String f : FILES) {
      assertFalse(TsvResource.read(Lexicon.DIR + f, 1).isEmpty(), f);
    }
    assertNotNull(Lexicon.standard());
    assertFalse(Gazetteer.standard().entries().isEmpty());
  }

  @Test
  void testEveryEventTypeHasTriggersAndATitle() {
    Set<EventType> seen = EnumSet.noneOf(EventType.class);
    for (String[] r : TsvResource.read(Lexicon.DIR + "triggers.tsv", 6)) {
      seen.add(EventType.fromCode(r[0]));
    }
    assertTrue(seen.containsAll(EnumSet.allOf(EventType.class)), seen.toString());
    for (EventType t : EventType.values()) {
      assertNotNull(Lexicon.standard().titleTemplate(t));
    }
  }

  @Test
  void testCountriesReferencedByResourcesExistInTheGazetteer() {
    Gazetteer g = Gazetteer.standard();
    Set<String> countries = new HashSet<>();
    for (GazetteerEntry e : g.entries()) {
      if (e.kind() == ActorKind.COUNTRY) {
        countries.add(e.name());
      }
    }
    for (String[] r : TsvResource.read(Lexicon.DIR + "demonyms.tsv", 2)) {
      assertTrue(countries.contains(r[0]), "demonym country " + r[0]);
    }
    for (PlaceEntry p : Lexicon.standard().placeEntries()) {
      assertNotNull(p.nameEn(), p.name());
    }
    for (GazetteerEntry e : g.entries()) {
      if (e.kind() == ActorKind.PERSON) {
        assertNotNull(e.country(), e.name());
        assertNotNull(e.nameEn(), e.name());
      }
    }
  }

  @Test
  void testEveryGazetteerNameIsFoundInText() {
    Gazetteer g = Gazetteer.standard();
    for (GazetteerEntry e : g.entries()) {
      for (String name : concat(e.name(), e.aliases())) {
        List<Gazetteer.Ambiguous> other = g.ambiguous(ArabicNormalizer.key(name));
        if (!other.isEmpty()) { // read only in context (ambiguous-names.tsv)
          assertTrue(other.stream().anyMatch(a -> a.entry().equals(e)), name);
          continue;
        }
        var tokens = Tokenizer.tokenize(ArabicNormalizer.normalize(name).text());
        PhraseMatcher.Match<GazetteerEntry> m = g.matcher().longestAt(tokens, 0, tokens.size());
        assertNotNull(m, name);
        assertTrue(m.values().contains(e), name);
      }
    }
  }

  /**
   * A function-word kind is described only in its data file, above its words: every kind of {@link
   * FunctionWord} is named in one of the file's comments, and every kind the file lists is one of
   * them.
   */
  @Test
  void testEveryFunctionWordKindIsDescribedInItsFile() throws IOException {
    String text;
    try (InputStream in =
        ResourcesTest.class.getResourceAsStream(Lexicon.DIR + "function-words.tsv")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> lines = text.lines().toList();
    String comments =
        lines.stream().filter(l -> l.startsWith("#")).collect(Collectors.joining("\n"));
    Set<String> codes = new HashSet<>(Set.of("media-office")); // read by GazetteerEntry
    for (FunctionWord k : FunctionWord.values()) {
      String code = k.name().toLowerCase(Locale.ROOT).replace('_', '-');
      codes.add(code);
      Pattern named = Pattern.compile("(?<![a-z-])" + Pattern.quote(code) + "(?![a-z-])");
      assertTrue(named.matcher(comments).find(), code + " is not described in function-words.tsv");
    }
    for (String l : lines) {
      if (!l.isBlank() && !l.startsWith("#")) {
        String kind = l.substring(0, l.indexOf('\t'));
        assertTrue(codes.contains(kind), kind + " is no FunctionWord kind");
      }
    }
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> out = new java.util.ArrayList<>(rest);
    out.add(0, first);
    return out;
  }
}
