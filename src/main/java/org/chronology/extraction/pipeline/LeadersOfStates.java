package org.chronology.extraction.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronology.extraction.ActorIdentity;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.actor.GazetteerEntry;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.Proclitics;

/**
 * "دشن رؤساء تركيا وأذربيجان وجورجيا الخط": a plural of leaders in construct with the states it
 * lists names, for each of those states, its leader, who takes part himself (guide, Actors: people
 * with their office and country; states are represented by their officials). The leader is the one
 * person the article names, anywhere, with a leading office of that state (leader-office); a state
 * whose article names none, or several, adds no one.
 */
final class LeadersOfStates {

  private LeadersOfStates() {}

  static void add(Lexicon lexicon, Document doc, EventDraft d) {
    for (int t = d.first; t < d.end - 1; t++) {
      String w = Proclitics.withoutAndOrPreposition(doc.tokens().get(t).text());
      if (!lexicon.is(FunctionWord.LEADERS_PLURAL, ArabicNormalizer.key(w))) {
        continue;
      }
      for (String state : statesAfter(doc, d, t + 1)) {
        ResolvedActor leader = leaderOf(lexicon, doc, d, state);
        if (leader != null && d.actors.stream().noneMatch(a -> a.name().equals(leader.name()))) {
          d.actors.add(leader);
        }
      }
    }
  }

  /** The states named one after another, joined by و, from token {@code t} on. */
  private static List<String> statesAfter(Document doc, EventDraft d, int t) {
    List<String> states = new ArrayList<>();
    int next = t;
    for (ActorHit h : doc.actors()) {
      if (h.sentence() != d.sentence || h.first() < next) {
        continue;
      }
      if (h.first() > next || h.kind() != ActorKind.COUNTRY || h.candidates().isEmpty()) {
        break;
      }
      if (next > t && !Proclitics.startsWithAnd(doc.tokens().get(h.first()).text())) {
        break;
      }
      states.add(h.candidates().get(0).name());
      next = h.end();
    }
    return states.size() < 2 ? List.of() : states;
  }

  /** The one person the article names with a leading office of {@code state}, implied. */
  private static ResolvedActor leaderOf(Lexicon lexicon, Document doc, EventDraft d, String state) {
    LocalDate when =
        d.date != null && d.date.expression().start() != null
            ? d.date.expression().start()
            : doc.article().publishedOn();
    Map<String, ResolvedActor> leaders = new LinkedHashMap<>();
    for (ActorHit h : doc.actors()) {
      if (h.kind() != ActorKind.PERSON || h.source() == ActorHit.Source.TITLE_ONLY) {
        continue;
      }
      GazetteerEntry e =
          h.candidates().isEmpty() ? null : Gazetteer.disambiguate(h.candidates(), when);
      String office = h.office() != null ? h.office() : e == null ? null : e.office();
      String country = h.country() != null ? h.country() : e == null ? null : e.country();
      if (office == null
          || !state.equals(country)
          || !lexicon.is(FunctionWord.LEADER_OFFICE, ArabicNormalizer.key(office))) {
        continue;
      }
      ResolvedActor a =
          e != null
              ? EventActorStage.fromEntry(e, office, -1, -1)
              : new ResolvedActor(
                  null,
                  ActorIdentity.written(h.written(), ActorKind.PERSON, office, country),
                  null,
                  -1,
                  -1);
      leaders.putIfAbsent(a.name(), a);
    }
    return leaders.size() == 1 ? leaders.values().iterator().next() : null;
  }
}
