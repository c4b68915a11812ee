package org.chronology.extraction.pipeline;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.EventType;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.actor.GazetteerEntry;

/**
 * The other side of a two-sided happening that its own clause leaves out: "واستقبل الوزير نظيره"
 * after a paragraph about two states, "وقالت الوزارة إنها ستغلق أجواءها" after the headline naming
 * the state it closes them to. The nearest state written before the event (its own sentence first,
 * then back to the headline) that the event does not already hold joins it, implied — only when the
 * article is about that state (named at least twice, or in the headline), so a state mentioned once
 * in passing does not become a participant.
 */
final class OtherSide {

  static Set<EventType> TYPES = types();

  private static Set<EventType> types() {
    Set<EventType> out = java.util.EnumSet.noneOf(EventType.class);
    for (String t :
        System.getProperty("actors.types", "MEETING,VISIT,DEAL,DIPLOMATIC,INCIDENT,STATEMENT,MILITARY").split(",")) {
      if (!t.isBlank()) {
        out.add(EventType.valueOf(t.strip()));
      }
    }
    return out;
  }

  private OtherSide() {}

  static void add(Document doc, Gazetteer gazetteer) {
    Map<String, Integer> mentions = new HashMap<>();
    Set<String> inHeadline = new LinkedHashSet<>();
    for (ActorHit h : doc.actors()) {
      String s = ArticlePair.stateOf(h);
      if (s != null) {
        mentions.merge(s, 1, Integer::sum);
        if (doc.sentences().get(h.sentence()).headline()) {
          inHeadline.add(s);
        }
      }
    }
    for (EventDraft d : doc.events()) {
      if (!TYPES.contains(d.type)) {
        continue;
      }
      Set<String> own = statesOf(d.actors);
      if (own.size() != 1 || Boolean.parseBoolean(System.getProperty("actors.org", "true")) && standsForNoState(d.actors)) {
        continue;
      }
      String other = antecedent(doc, d, own, mentions, inHeadline);
      GazetteerEntry e = other == null ? null : gazetteer.byName(other);
      if (e != null && e.kind() == ActorKind.COUNTRY) {
        d.actors.add(ResolvedActor.implied(e, null));
      }
    }
  }

  static Set<String> pair(Map<String, Integer> mentions) {
    List<Map.Entry<String, Integer>> l = new java.util.ArrayList<>(mentions.entrySet());
    l.sort(Map.Entry.comparingByValue(java.util.Comparator.reverseOrder()));
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < Math.min(Integer.getInteger("actors.top", 2), l.size()); i++) {
      out.add(l.get(i).getKey());
    }
    return out;
  }

  /** An international body or an armed group takes part: the happening is not between two states. */
  static boolean standsForNoState(List<ResolvedActor> actors) {
    for (ResolvedActor a : actors) {
      if (a.kind() != ActorKind.COUNTRY && a.kind() != ActorKind.PERSON && a.country() == null && !a.media()) {
        return true;
      }
    }
    return false;
  }

  /** The states an event's actors stand for: countries, and the states of people and bodies. */
  static Set<String> statesOf(List<ResolvedActor> actors) {
    Set<String> out = new LinkedHashSet<>();
    for (ResolvedActor a : actors) {
      if (a.kind() == ActorKind.COUNTRY) {
        out.add(a.name());
      } else if (a.country() != null && !a.media()) {
        out.add(a.country());
      }
    }
    return out;
  }

  private static String antecedent(
      Document doc,
      EventDraft d,
      Set<String> own,
      Map<String, Integer> mentions,
      Set<String> inHeadline) {
    ActorHit best = null;
    for (ActorHit h : doc.actors()) {
      boolean before =
          h.sentence() < d.sentence || h.sentence() == d.sentence && h.end() <= d.first;
      if (!before || doc.sentences().get(h.sentence()).headline() && h.sentence() == d.sentence) {
        continue;
      }
      String s = ArticlePair.stateOf(h);
      if (s == null || own.contains(s)) {
        continue;
      }
      int min = Integer.getInteger("actors.min", 2);
      boolean head = Boolean.parseBoolean(System.getProperty("actors.head", "true"));
      if (mentions.getOrDefault(s, 0) < min && !(head && inHeadline.contains(s))) {
        continue;
      }
      if (Boolean.parseBoolean(System.getProperty("actors.pair", "true")) && !pair(mentions).contains(s)) {
        continue;
      }
      int far = Integer.getInteger("actors.far", 1000);
      if (d.sentence - h.sentence() > far && !doc.sentences().get(h.sentence()).headline()) {
        continue;
      }
      best = h; // hits are in text order: the last one before the event is the nearest
    }
    return best == null ? null : ArticlePair.stateOf(best);
  }
}
