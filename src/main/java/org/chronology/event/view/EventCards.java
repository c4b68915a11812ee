package org.chronology.event.view;

import io.quarkus.qute.Location;
import io.quarkus.qute.RawString;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chronology.event.query.EventViews.EventView;
import org.chronology.web.Ui;

/**
 * An event's card ({@code tags/eventCard.html}) as the pages list it, rendered once per event view,
 * heading level, language and digits and then kept ({@code inject:cards.of(e, level)}). The card
 * depends on nothing else, and the view is the key: an event whose data changed is a different
 * view, so a kept card is never stale. The cards were most of the render of the chronology, a year
 * and an actor's page (twenty cards of some twenty expressions each), and the same event is listed
 * by many pages (its year, its actors, filters, the nearby events of another).
 */
@Named("cards")
@ApplicationScoped
public class EventCards {

  /** Cards kept: a card is about 1–2 KB, so a few megabytes at most. */
  static final int MAX_CARDS = 4_000;

  private record Key(EventView event, int level, String lang, boolean arabicDigits) {}

  @Inject Ui ui;

  @Location("tags/eventCard.html")
  Template card;

  private final Map<Key, RawString> kept =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, RawString> eldest) {
          return size() > MAX_CARDS;
        }
      };

  /** The card of {@code e} with its title at heading {@code level}, in the reader's language. */
  public RawString of(EventView e, int level) {
    Key key = new Key(e, level, ui.getLang(), ui.isArabicDigits());
    synchronized (kept) {
      RawString c = kept.get(key);
      if (c != null) {
        return c;
      }
    }
    RawString c = new RawString(ui.localize(card.data("e", e).data("level", level)).render());
    synchronized (kept) {
      kept.put(key, c);
    }
    return c;
  }

  /** Forgets every card (tests). */
  public void clear() {
    synchronized (kept) {
      kept.clear();
    }
  }
}
