package org.chronology.event;

import java.time.OffsetDateTime;
import java.util.StringJoiner;
import org.chronology.text.ArabicNormalizer;

/** The normalised text an event is found by, kept up to date by every writer of events. */
public final class SearchText {

  private SearchText() {}

  /**
   * The normalised search text of an event as it stands: title, sentences, actor names and aliases,
   * place and date phrase.
   */
  public static String of(Event e) {
    StringJoiner search = new StringJoiner(" ");
    search.add(e.title);
    e.mentions.forEach(m -> search.add(m.sentence));
    for (EventActor ea : e.actors) {
      search.add(ea.actor.name);
      if (ea.actor.nameEn != null) {
        search.add(ea.actor.nameEn);
      }
      ea.actor.aliases.forEach(a -> search.add(a.alias));
    }
    if (e.locationName != null) {
      search.add(e.locationName);
    }
    if (e.dateText != null) {
      search.add(e.dateText);
    }
    return ArabicNormalizer.key(search.toString());
  }

  /** Marks an event changed now and refreshes its search text. */
  public static void touch(Event e) {
    e.updatedAt = OffsetDateTime.now();
    e.searchText = of(e);
  }
}
