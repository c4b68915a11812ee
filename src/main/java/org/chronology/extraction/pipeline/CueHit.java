package org.chronology.extraction.pipeline;

import org.chronology.extraction.lang.ModalityCue;

/** A modality cue found on tokens {@code [first, end)} of a sentence. */
public record CueHit(int sentence, int first, int end, ModalityCue cue) {}
