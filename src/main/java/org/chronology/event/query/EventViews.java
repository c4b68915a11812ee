package org.chronology.event.query;

import java.time.LocalDate;
import java.util.List;
import org.chronology.db.Rows;
import org.chronology.event.Codes;
import org.chronology.web.Bilingual;
import org.chronology.web.Dated;

/** Read models of events, shaped exactly as the public JSON contract (events-api.md). */
public final class EventViews {

  private EventViews() {}

  public record EventView(
      long id,
      String type,
      String title,
      String status,
      String review,
      double confidence,
      DateView date,
      List<ActorView> actors,
      PlaceView location,
      List<MentionView> mentions) {

    /** How many articles report it (one article may report it in several sentences). */
    public int sourceCount() {
      return (int) mentions.stream().map(MentionView::articleId).distinct().count();
    }
  }

  public record DateView(
      LocalDate start,
      LocalDate end,
      String precision,
      boolean approximate,
      String text,
      LocalDate resolvedAgainst)
      implements Dated {}

  public record ActorView(
      long id, String name, String nameEn, String kind, String role, List<String> aliases)
      implements Bilingual {}

  public record PlaceView(String name, String nameEn) implements Bilingual {}

  public record MentionView(
      long articleId, String articleSource, String sentence, int start, int end) {}

  public record Page<T>(long total, int page, int size, List<T> items) {}

  /** Events per year for the current filters (the year strip). */
  public record YearCount(int year, long count) {}

  /** Events per start year and type (the stacked year strip). */
  public record YearTypeCount(int year, String type, long count) {

    /** A row selecting the year, the type and the count. */
    static YearTypeCount of(Rows.Row r) {
      return new YearTypeCount(r.integer(0), Codes.code(r.get(1)), r.count(2));
    }
  }

  /** Events per type under the other filters. */
  public record TypeCount(String type, long count) {

    /** A row selecting the type and the count. */
    static TypeCount of(Rows.Row r) {
      return new TypeCount(Codes.code(r.get(0)), r.count(1));
    }
  }

  /** An actor with how many events match the current filters. */
  public record ActorCount(long id, String name, String nameEn, String kind, long count)
      implements Bilingual {

    /** A row selecting id, name, English name, kind and then the count. */
    static ActorCount of(Rows.Row r) {
      return new ActorCount(r.id(0), r.text(1), r.text(2), r.text(3), r.count(4));
    }
  }
}
