package org.chronology.extraction;

/**
 * An actor found in an evidence sentence.
 *
 * @param identity who it is (name, kind, office, country, aliases); read as {@code name()} etc.
 * @param role the part played in the event, or null when the sentence does not show it
 * @param span where it was written in the stored article text, or null when implied
 */
public record ActorMention(ActorIdentity identity, Role role, Span span)
    implements ActorIdentity.Held {}
