package org.chronology.extraction.pipeline;

/** What a stage adds to a {@link Document}; stages declare the layers they need and add. */
public enum Layer {
  TOKENS,
  SENTENCES,
  DATES,
  TRIGGERS,
  MODALITY,
  ACTORS,
  PLACES,
  /** event drafts: the clauses of each happening and its head trigger */
  EVENTS,
  /** each draft's status (and whether it was negated) */
  STATUS,
  /** each draft's governing date phrase */
  EVENT_DATES,
  /** drafts that report no happening removed */
  FILTERED,
  /** each draft's actors, resolved */
  EVENT_ACTORS,
  /** each draft's place */
  EVENT_PLACES,
  /** drafts that refer back to an event already reported */
  ANAPHORA,
  ROLES,
  COALESCED,
  CONFIDENCE,
  /** the article's two states on events whose sentence names no one */
  UNNAMED_PARTIES,
  /** undated drafts dated by the article's news of the day */
  NEWS_DATES,
  TITLES
}
