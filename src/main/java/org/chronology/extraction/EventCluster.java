package org.chronology.extraction;

import java.util.List;

/**
 * One happening: the merged view of every mention that reports it (same article or several), with
 * the most precise date and the union of the actors.
 */
public record EventCluster(Happening happening, List<ExtractedEvent> mentions)
    implements Happening.Held {}
