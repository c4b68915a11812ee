package org.chronology.extraction.lang;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.TsvResource;

/**
 * held-by.tsv, read once: happenings named by the adjective of the body that holds them ("القمة
 * العربية" is the Arab League's) and the words that make such a happening a mere setting. Read by
 * the extraction (the body as an actor) and by the gazetteer's re-extraction terms (the phrases
 * that name a body without its name).
 */
public final class HeldBy {

  /** A phrase and the canonical gazetteer name of the body it stands for. */
  public record Held(String phrase, String body) {}

  private static final List<Held> HELD = new ArrayList<>();

  private static final Set<String> SETTINGS = new HashSet<>();

  static {
    for (String[] r : TsvResource.read(Lexicon.DIR + "held-by.tsv", 3)) {
      if ("setting".equals(r[0])) {
        SETTINGS.add(ArabicNormalizer.key(r[1]));
      } else {
        HELD.add(new Held(r[1], r[2]));
      }
    }
  }

  private HeldBy() {}

  /** Every phrase with its body, in the file's order. */
  public static List<Held> all() {
    return List.copyOf(HELD);
  }

  /** True when the word, as a key, makes the happening after it a setting ("هامش"). */
  public static boolean setting(String key) {
    return SETTINGS.contains(key);
  }

  /** The phrases as entries of phrase → body, for a phrase matcher. */
  public static List<Map.Entry<String, String>> entries() {
    return HELD.stream().map(h -> Map.entry(h.phrase(), h.body())).toList();
  }
}
