package org.chronology.extraction.eval;

import java.time.LocalDate;
import java.util.List;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.extraction.Span;
import org.chronology.time.Precision;

/**
 * One event of a gold file, with its evidence located in the article text.
 *
 * @param evidence spans of the sentences (or sentence fragments) that report it
 * @param start null when the gold date is not resolvable from the article
 */
public record GoldEvent(
    String article,
    String cluster,
    EventType type,
    EventStatus status,
    List<Span> evidence,
    LocalDate start,
    LocalDate end,
    Precision precision,
    List<String> actors) {

  public boolean dateResolvable() {
    return start != null;
  }

  public boolean overlaps(Span s) {
    for (Span e : evidence) {
      if (e.start() < s.end() && s.start() < e.end()) {
        return true;
      }
    }
    return false;
  }
}
