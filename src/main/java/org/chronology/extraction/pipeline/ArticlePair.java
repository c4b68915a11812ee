package org.chronology.extraction.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.actor.GazetteerEntry;
import org.chronology.text.Proclitics;

/**
 * The two states an article is about: the two it joins by و more than once ("بين الصومال وإثيوبيا"
 * … "توصل الصومال وإثيوبيا"), else the states its actor references name most often, directly or
 * through a person or an institution acting for them (ties go to the one named first). A dual
 * ("البلدان"، "الجانبين") in the article refers to them.
 */
final class ArticlePair {

  private ArticlePair() {}

  /**
   * Times two states must be joined by و before they are the article's pair whatever the counts.
   */
  private static final int MIN_JOINED = 2;

  /**
   * The article's pair: a mediator or host named often ("أنقرة"، "الرئيس التركي") may outnumber one
   * side, but the two sides are the states the article names together as one relationship.
   */
  static List<GazetteerEntry> of(Document doc, Gazetteer gazetteer) {
    List<GazetteerEntry> joined = joined(doc, gazetteer);
    return joined.size() == 2 ? joined : top(doc, gazetteer, 2);
  }

  /**
   * The two states the article joins by و at least {@link #MIN_JOINED} times ("بين الصومال
   * وإثيوبيا" … "توصل الصومال وإثيوبيا"); none when it does not.
   */
  static List<GazetteerEntry> joined(Document doc, Gazetteer gazetteer) {
    List<String> joined = joinedPair(doc);
    if (joined != null) {
      List<GazetteerEntry> out = new ArrayList<>();
      for (String n : joined) {
        GazetteerEntry e = gazetteer.byName(n);
        if (e != null && e.kind() == ActorKind.COUNTRY) {
          out.add(e);
        }
      }
      if (out.size() == 2) {
        return out;
      }
    }
    return List.of();
  }

  /**
   * The two states named together most often ("الصومال وإثيوبيا": a state right after another one,
   * joined by و), if at least {@link #MIN_JOINED} times; null otherwise. Ties go to the pair named
   * first; the pair is in order of the states' first joint mention.
   */
  private static List<String> joinedPair(Document doc) {
    Map<java.util.Set<String>, Integer> count = new LinkedHashMap<>();
    Map<java.util.Set<String>, List<String>> order = new LinkedHashMap<>();
    List<ActorHit> hits = doc.actors();
    for (int k = 1; k < hits.size(); k++) {
      ActorHit a = hits.get(k - 1);
      ActorHit b = hits.get(k);
      String sa = stateOf(a);
      String sb = stateOf(b);
      if (a.kind() == ActorKind.COUNTRY
          && b.kind() == ActorKind.COUNTRY
          && a.sentence() == b.sentence()
          && a.end() == b.first()
          && sa != null
          && sb != null
          && !sa.equals(sb)
          && Proclitics.startsWithAnd(doc.tokens().get(b.first()).text())) {
        java.util.Set<String> key = java.util.Set.of(sa, sb);
        count.merge(key, 1, Integer::sum);
        order.putIfAbsent(key, List.of(sa, sb));
      }
    }
    java.util.Set<String> best = null;
    for (Map.Entry<java.util.Set<String>, Integer> e : count.entrySet()) {
      if (best == null || e.getValue() > count.get(best)) {
        best = e.getKey();
      }
    }
    return best == null || count.get(best) < MIN_JOINED ? null : order.get(best);
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
