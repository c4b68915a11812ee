package org.chronology.extraction.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.actor.GazetteerEntry;

/**
 * The two states an article is about: the states its actor references name most often, directly or
 * through a person or an institution acting for them (ties go to the one named first). A dual
 * ("البلدان"، "الجانبين") in the article refers to them.
 */
final class ArticlePair {

  private ArticlePair() {}

  static List<GazetteerEntry> of(Document doc, Gazetteer gazetteer) {
    return top(doc, gazetteer, 2);
  }

  /**
   * The {@code size} states the article names most often ("الدول الثلاث"), fewer when it has not.
   */
  static List<GazetteerEntry> top(Document doc, Gazetteer gazetteer, int size) {
    Map<String, Integer> count = new LinkedHashMap<>();
    for (ActorHit h : doc.actors()) {
      String state = stateOf(h);
      if (state != null) {
        count.merge(state, 1, Integer::sum);
      }
    }
    List<String> names = new ArrayList<>(count.keySet());
    // stable sort: equal counts keep the order of first mention
    names.sort(Comparator.comparing(count::get, Comparator.reverseOrder()));
    List<GazetteerEntry> pair = new ArrayList<>();
    for (String n : names) {
      GazetteerEntry e = gazetteer.byName(n);
      if (e != null && e.kind() == ActorKind.COUNTRY && pair.size() < size) {
        pair.add(e);
      }
    }
    return pair;
  }

  static String stateOf(ActorHit h) {
    GazetteerEntry e = h.candidates().isEmpty() ? null : h.candidates().get(0);
    if (e != null && e.media()) {
      return null;
    }
    if (h.kind() == ActorKind.COUNTRY) {
      return e != null ? e.name() : h.country();
    }
    if (h.country() != null) {
      return h.country();
    }
    return e == null ? null : e.country();
  }
}
