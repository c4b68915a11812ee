package org.chronology.extraction.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.PlaceEntry;

/** An event while the pipeline builds it (mutable, confined to one document). */
public final class EventDraft {
  /** sentence index */
  public int sentence;

  /** tokens of the clauses the event was read from */
  public int first;

  public int end;
  public TriggerHit head;
  public EventType type;
  public EventStatus status = EventStatus.HAPPENED;

  /** status came from a negation (لم، لن) rather than a postponement */
  public boolean negated;

  /** the governing date phrase, or null */
  public DateHit date;

  /** the date phrase stands in the event's own clauses (not inherited from the sentence) */
  public boolean ownDate;

  public List<ResolvedActor> actors = new ArrayList<>();
  public PlaceEntry place;
  public boolean placeFromCountry;
  public double confidence;
  public String title;

  /** refers back to an event already reported (الزيارة، زيارته، كما التقى) */
  public boolean anaphoric;

  /** other sentences of the article folded into this event */
  public List<Integer> alsoIn = new ArrayList<>();

  /** the event its date is relative to ("قبل يوم من انطلاق العملية"), or null */
  public EventDraft anchor;

  /** the event this one was folded into within the article, or null */
  public EventDraft foldedInto;

  public boolean hasPerson() {
    for (ResolvedActor a : actors) {
      if (a.kind() == org.chronology.extraction.ActorKind.PERSON) {
        return true;
      }
    }
    return false;
  }
}
