package org.chronology.extraction.lang;

import org.chronology.extraction.EventType;
import org.chronology.extraction.Role;

/**
 * A trigger word of the lexicon: the event type it signals, how strongly, and the roles of the
 * actor doing it ({@code subjectRole}) and of those it is done to ({@code objectRole}); roles may
 * be null.
 */
public record Trigger(
    EventType type,
    String phrase,
    double strength,
    TriggerForm form,
    Role subjectRole,
    Role objectRole) {}
