package org.chronology.extraction;

import java.util.List;

/**
 * An actor found in an evidence sentence.
 *
 * @param name canonical Arabic name (gazetteer entry, or the name as written for a new actor)
 * @param nameEn English name when known, else null
 * @param office office or title when the text or gazetteer gives it, else null
 * @param country canonical Arabic name of the actor's country when known, else null
 * @param aliases known spelling variants (not including {@code name})
 * @param role the part played in the event, or null when the sentence does not show it
 * @param span where it was written in the stored article text, or null when implied
 */
public record ActorMention(
    String name,
    String nameEn,
    ActorKind kind,
    String office,
    String country,
    List<String> aliases,
    Role role,
    Span span) {}
