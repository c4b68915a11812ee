package org.chronology.extraction.pipeline;

import java.util.Set;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.TsvResource;

/** Tells a bare weekday phrase ("الثلاثاء"، "يوم الأحد") from one with a date or "اليوم". */
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

  static boolean isBareWeekday(String phrase) {
    String k = ArabicNormalizer.key(phrase);
    if (k.startsWith("و")) {
      k = k.substring(1);
    }
    if (k.startsWith("يوم ")) {
      k = k.substring(4);
    }
    return NAMES.contains(k);
  }
}
