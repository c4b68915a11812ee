package org.chronology.extraction.pipeline;

import org.chronology.extraction.ActorKind;
import org.chronology.extraction.EventType;
import org.chronology.extraction.Role;
import org.chronology.extraction.lang.Suffix;
import org.chronology.text.Sentence;

/**
 * "وصل نتنياهو إلى باكو، في أول زيارة له منذ زيارته الأولى عام 1997"، "افتتح الوزير فلان السفارة
 * خلال زيارته للبلاد": an event noun with the possessive pronoun of one man is that man's
 * happening; the pronoun stands for the first person named before it in its sentence (its subject:
 * the nearest is often a man named in a phrase between), who is its actor (the visitor of a visit)
 * even when the noun's clause opens after him. People only: the pronoun of a masculine body or
 * state is left alone, and a sentence naming nobody before the noun adds no one.
 */
final class PossessedHappenings {

  private PossessedHappenings() {}

  static void add(EventActorStage stage, Document doc, EventDraft d) {
    if (d.head == null || !d.head.possessive() || d.head.trigger().form().verbal()) {
      return;
    }
    String noun = doc.tokens().get(d.head.first()).text();
    if (!stage.lexicon().hasSuffix(Suffix.POSSESSED_BY_ONE, noun)) {
      return;
    }
    Sentence s = doc.sentences().get(d.sentence);
    ActorHit owner = null;
    for (ActorHit h : doc.actors()) {
      if (h.sentence() == s.index() && h.end() <= d.head.first() && h.kind() == ActorKind.PERSON) {
        owner = h; // the sentence's first person: its subject, not one named in a phrase after
        break;
      }
    }
    if (owner == null) {
      return;
    }
    ResolvedActor a = stage.resolve(doc, s, owner, EventActorStage.reference(doc, d));
    if (a == null || a.media() || d.actors.stream().anyMatch(b -> b.name().equals(a.name()))) {
      return;
    }
    d.actors.add(0, a.withRole(d.type == EventType.VISIT ? Role.VISITOR : null));
    ImpliedActors.addCountriesOfPeople(stage.gazetteer(), d.actors); // the state he stands for
  }
}
