package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.actor.GazetteerEntry;

/**
 * An actor reference on tokens {@code [first, end)} (the name, or the title when no name follows).
 *
 * @param candidates gazetteer entries the name may refer to (several when people share it)
 * @param written the name as written in the original text (new actors keep it as their name)
 * @param office office given by a title before the name, or null
 * @param country country given by the title's demonym, or null
 * @param source how it was recognised
 * @param preposition the preposition written before it (ب ل ك إلى على ضد مع من في عن), or null
 */
public record ActorHit(
    int sentence,
    int first,
    int end,
    List<GazetteerEntry> candidates,
    String written,
    ActorKind kind,
    String office,
    String country,
    Source source,
    String preposition) {

  /** How an actor reference was recognised. */
  public enum Source {
    /** a gazetteer name or alias. */
    GAZETTEER,
    /** an unknown name after a title (وزير الدفاع الإسرائيلي فلان): a new person. */
    TITLED_NAME,
    /** a title without a name (الرئيس الأذري): the office holder at the event date. */
    TITLE_ONLY,
    /** a demonym or state adjective (الإسرائيلي): the country. */
    DEMONYM
  }

  /** The same reference with another office and country (what a title beside it gives). */
  public ActorHit withOfficeAndCountry(String newOffice, String newCountry) {
    return new ActorHit(
        sentence,
        first,
        end,
        candidates,
        written,
        kind,
        newOffice,
        newCountry,
        source,
        preposition);
  }
}
