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
  EVENTS,
  ROLES,
  COALESCED,
  CONFIDENCE,
  TITLES
}
