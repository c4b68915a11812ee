package org.chronology.extraction.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.EventType;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.actor.GazetteerEntry;

/**
 * The sides of a two-sided happening that its own clause leaves out ("وقالت الوزارة إنها ستغلق
 * أجواءها" after a paragraph naming the state it closes them to, "وكانت الحرب الحدودية قد اندلعت"):
 * an event whose actors stand for fewer than two states takes, implied, the nearest states written
 * before it (earlier in its sentence, then back to the headline) — only states the article is about
 * (its two most-named), so a state named in passing does not become a participant. Not when an
 * international body or a group of no state takes part: then the happening is not between two
 * states.
 */
final class OtherSide {

  /** Tried on dev: a happening of type `other` seldom has a second state (4 right of 15). */
  private static final Set<EventType> TWO_SIDED =
      EnumSet.of(
          EventType.MEETING,
          EventType.VISIT,
          EventType.DEAL,
          EventType.DIPLOMATIC,
          EventType.INCIDENT,
          EventType.STATEMENT,
          EventType.MILITARY);

  /** The article is about its two most-named states. */
  private static final int ABOUT = 2;

  private OtherSide() {}

  static void add(Document doc, Gazetteer gazetteer) {
    // in order of first mention, so that a tie goes to the state named first, as in ArticlePair
    Map<String, Integer> mentions = new LinkedHashMap<>();
    for (ActorHit h : doc.actors()) {
      String s = ArticlePair.stateOf(h);
      if (s != null) {
        mentions.merge(s, 1, Integer::sum);
      }
    }
    Set<String> about = mostNamed(mentions);
    for (EventDraft d : doc.events()) {
      Set<String> own = statesOf(d.actors);
      if (!TWO_SIDED.contains(d.type) || own.size() > 1 || hasBodyOfNoState(d.actors)) {
        continue;
      }
      for (int side = own.size(); side < 2; side++) {
        String other = antecedent(doc, d, own, about);
        GazetteerEntry e = other == null ? null : gazetteer.byName(other);
        if (e == null || e.kind() != ActorKind.COUNTRY) {
          break;
        }
        d.actors.add(ResolvedActor.implied(e, null));
        own.add(other);
      }
    }
  }

  private static Set<String> mostNamed(Map<String, Integer> mentions) {
    List<Map.Entry<String, Integer>> named = new ArrayList<>(mentions.entrySet());
    named.removeIf(n -> n.getValue() < 2);
    named.sort(Map.Entry.comparingByValue(Comparator.reverseOrder()));
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < Math.min(ABOUT, named.size()); i++) {
      out.add(named.get(i).getKey());
    }
    return out;
  }

  /** The states an event's actors stand for: countries, and the states of people and bodies. */
  private static Set<String> statesOf(List<ResolvedActor> actors) {
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

  /** An international body or an armed group of no state ("مجلس الأمن الدولي") takes part. */
  private static boolean hasBodyOfNoState(List<ResolvedActor> actors) {
    for (ResolvedActor a : actors) {
      boolean body = a.kind() != ActorKind.COUNTRY && a.kind() != ActorKind.PERSON;
      if (body && a.country() == null && !a.media()) {
        return true;
      }
    }
    return false;
  }

  /** The nearest state written before the event that it does not hold and the article is about. */
  private static String antecedent(Document doc, EventDraft d, Set<String> own, Set<String> about) {
    String nearest = null;
    for (ActorHit h : doc.actors()) {
      boolean before =
          h.sentence() < d.sentence || h.sentence() == d.sentence && h.end() <= d.first;
      String s = before ? ArticlePair.stateOf(h) : null;
      if (s != null && !own.contains(s) && about.contains(s)) {
        nearest = s; // references come in text order: the last one before the event is nearest
      }
    }
    return nearest;
  }
}
