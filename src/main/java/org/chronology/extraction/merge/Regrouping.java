package org.chronology.extraction.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronology.extraction.ActorMention;
import org.chronology.extraction.ExtractedEvent;

/**
 * The groups the merge built one report at a time depend on the order it read them: a report that
 * came before the one linking it to a group started a group of its own. Two groups one report of
 * which is the same happening as one of the other's, while nothing but the actors named sets any of
 * their reports apart, are one group. Only groups sharing an actor's name are compared.
 */
final class Regrouping {

  private Regrouping() {}

  static List<List<ExtractedEvent>> join(List<List<ExtractedEvent>> groups, EventMerger m) {
    List<List<ExtractedEvent>> gs = new ArrayList<>(groups);
    boolean changed = true;
    while (changed) {
      changed = false;
      Map<String, Set<Integer>> byName = new HashMap<>();
      for (int i = 0; i < gs.size(); i++) {
        if (gs.get(i) == null) {
          continue;
        }
        for (ExtractedEvent e : gs.get(i)) {
          for (ActorMention a : e.actors()) {
            byName.computeIfAbsent(a.name(), k -> new LinkedHashSet<>()).add(i);
          }
        }
      }
      for (int i = 0; i < gs.size(); i++) {
        List<ExtractedEvent> gi = gs.get(i);
        if (gi == null) {
          continue;
        }
        Set<Integer> near = new LinkedHashSet<>();
        for (ExtractedEvent e : gi) {
          for (ActorMention a : e.actors()) {
            near.addAll(byName.getOrDefault(a.name(), Set.of()));
          }
        }
        for (int j : near) {
          List<ExtractedEvent> gj = j > i ? gs.get(j) : null;
          if (gj != null && joinable(gi, gj, m)) {
            gi.addAll(gj);
            gs.set(j, null);
            changed = true;
          }
        }
      }
    }
    List<List<ExtractedEvent>> out = new ArrayList<>();
    for (List<ExtractedEvent> g : gs) {
      if (g != null) {
        out.add(g);
      }
    }
    return out;
  }

  private static boolean joinable(List<ExtractedEvent> a, List<ExtractedEvent> b, EventMerger m) {
    boolean one = false;
    for (ExtractedEvent x : a) {
      for (ExtractedEvent y : b) {
        if (!m.near(x, y)) {
          return false;
        }
        one = one || m.same(x, y);
      }
    }
    return one;
  }
}
