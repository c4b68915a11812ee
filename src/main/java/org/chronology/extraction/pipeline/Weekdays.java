package org.chronology.extraction.pipeline;

import java.util.Set;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.Proclitics;
import org.chronology.text.TsvResource;

/** Tells a bare weekday phrase (Tuesday, "day Sunday") from one with a date or "today". */
final class Weekdays {

  private static final Set<String> NAMES = load();

  private Weekdays() {}

  private static Set<String> load() {
    java.util.HashSet<String> s = new java.util.HashSet<>();
    // the date tagger's weekday list (one list per concept)
    for (String[] r : TsvResource.read("/lang/ar/time/weekdays.txt", 2)) {
      for (String name : TsvResource.list(r[1])) {
        s.add(ArabicNormalizer.key(name.replace("!", "")));
      }
    }
    return Set.copyOf(s);
  }

  /** {@code dayNoun}: the normalised word for "day" that may stand before the name. */
  static boolean isBareWeekday(String phrase, String dayNoun) {
    String k = Proclitics.withoutAnd(ArabicNormalizer.key(phrase));
    if (k.startsWith(dayNoun + " ")) {
      k = k.substring(dayNoun.length() + 1);
    }
    return NAMES.contains(k);
  }

  /** The word (bare or behind و) is a weekday's name ("الخميس"، "والجمعة"). */
  static boolean isWeekday(String word) {
    return NAMES.contains(Proclitics.withoutAnd(ArabicNormalizer.key(word)));
  }
}
