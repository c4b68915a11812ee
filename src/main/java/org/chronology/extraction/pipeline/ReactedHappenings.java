package org.chronology.extraction.pipeline;

import java.util.List;
import java.util.Set;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;

/**
 * "ونددت وزارة الخارجية الإيرانية اليوم بالزيارة": a declaration about a happening the article has
 * already told, named by its definite noun, is about the states that took part in it; the guide
 * makes them the target of the statement. Those states of the last such happening told before it
 * join the statement, implied, once roles have given the happening its host ({@link RoleStage}).
 * Its people do not: the declaration names none of them.
 */
final class ReactedHappenings {

  /** The kinds of happening a declaration may be about by their noun. */
  static final Set<EventType> TOLD =
      Set.of(EventType.VISIT, EventType.MEETING, EventType.DEAL, EventType.INCIDENT);

  private ReactedHappenings() {}

  static void addParties(Lexicon lexicon, Document doc) {
    List<EventDraft> drafts = doc.events();
    for (EventDraft d : drafts) {
      if (d.type != EventType.STATEMENT || !d.head.trigger().form().verbal()) {
        continue;
      }
      TriggerHit noun = toldNoun(lexicon, doc, d);
      EventDraft told = noun == null ? null : lastBefore(drafts, d, noun.trigger().type());
      if (told == null || !noun.definite() && !ofItsPerson(doc, d, noun, told)) {
        continue;
      }
      for (ResolvedActor a : told.actors) {
        if (a.kind() == ActorKind.COUNTRY
            && d.actors.stream().noneMatch(x -> x.name().equals(a.name()))) {
          d.actors.add(new ResolvedActor(a.entry(), a.identity(), null, -1, -1));
        }
      }
    }
  }

  /**
   * The first event noun after the declaration's verb in its clause, when it is not said to be an
   * earlier or a later one ("الزيارة السابقة"، "القمة المقبلة").
   */
  private static TriggerHit toldNoun(Lexicon lexicon, Document doc, EventDraft d) {
    TriggerHit first = null;
    for (TriggerHit o : doc.triggers()) {
      if (o.sentence() == d.sentence
          && o.first() >= d.head.end()
          && o.end() <= d.end
          && (first == null || o.first() < first.first())) {
        first = o;
      }
    }
    if (first == null
        || first.trigger().form().verbal()
        || first.inQuote()
        || !TOLD.contains(first.trigger().type())) {
      return null;
    }
    for (int t = d.head.end(); t < first.first(); t++) {
      String w = doc.tokens().get(t).text();
      if (lexicon.is(FunctionWord.COMPLEMENTIZER, w) || lexicon.is(FunctionWord.SAID_THAT, w)) {
        return null; // "وقال الوزير إن الاتفاق …": what he says, not what he reacts to
      }
    }
    if (first.end() < d.end) {
      String next = doc.tokens().get(first.end()).text();
      if (lexicon.marksEarlier(next) || lexicon.marksLater(next)) {
        return null;
      }
    }
    return first;
  }

  /**
   * "ونددت طهران بزيارة فلان": a noun in construct with the name of a person who took part in the
   * happening told before (the name is among the statement's actors and the happening's) is that
   * happening.
   */
  private static boolean ofItsPerson(Document doc, EventDraft d, TriggerHit noun, EventDraft told) {
    for (ResolvedActor a : d.actors) {
      if (a.first() == noun.end()
          && a.kind() == ActorKind.PERSON
          && told.actors.stream().anyMatch(x -> x.name().equals(a.name()))) {
        return true;
      }
    }
    return false;
  }

  private static EventDraft lastBefore(List<EventDraft> drafts, EventDraft d, EventType type) {
    EventDraft last = null;
    for (EventDraft p : drafts) {
      boolean before = p.sentence < d.sentence || p.sentence == d.sentence && p.end <= d.first;
      if (before && p.type == type && p != d) {
        last = p;
      }
    }
    return last;
  }
}
