package org.chronology.extraction.pipeline;

import java.util.HashMap;
import java.util.Map;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.TsvResource;

/**
 * State adjectives that are also common words ({@code ambiguous-demonyms.tsv}): read as the state's
 * adjective only right after an institution head for which the common reading makes no sense
 * ("الجيش المالي" is Mali's army; "وزارة المالية" stays the finance ministry).
 */
final class AmbiguousDemonyms {

  /** Institution head key → adjective key → state. */
  private static final Map<String, Map<String, String>> BY_HEAD = load();

  private AmbiguousDemonyms() {}

  private static Map<String, Map<String, String>> load() {
    Map<String, Map<String, String>> m = new HashMap<>();
    for (String[] r : TsvResource.read(Lexicon.DIR + "ambiguous-demonyms.tsv", 3)) {
      for (String head : TsvResource.list(r[2])) {
        Map<String, String> forms =
            m.computeIfAbsent(ArabicNormalizer.key(head), k -> new HashMap<>());
        for (String f : TsvResource.list(r[1])) {
          forms.put(ArabicNormalizer.key(f), r[0]);
        }
      }
    }
    Map<String, Map<String, String>> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k, Map.copyOf(v)));
    return Map.copyOf(out);
  }

  /**
   * The state whose ambiguous adjective is the word {@code adjective} written right after the
   * institution head {@code head} (both without proclitics), or null.
   */
  static String stateAfter(String head, String adjective) {
    Map<String, String> forms = BY_HEAD.get(ArabicNormalizer.key(head));
    return forms == null ? null : forms.get(ArabicNormalizer.key(adjective));
  }
}
