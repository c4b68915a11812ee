package org.chronology.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import org.chronology.event.query.EventViews.EventView;

/**
 * TimelineJS 3 JSON ({@code {"title", "events": [...]}}): each date carries only the parts its
 * precision knows — a year-only event has just {@code year}, a month {@code year} and {@code
 * month}; days and weeks are full dates. An approximate or coarse date shows its phrase as {@code
 * display_date}. Undated events are left out (TimelineJS needs a start).
 */
final class TimelineEventWriter extends JsonEnvelopeWriter implements EventWriter.Dated {

  private final String headline;

  TimelineEventWriter(OutputStream stream, ObjectMapper mapper, String baseUrl, String headline)
      throws IOException {
    super(stream, mapper, baseUrl);
    this.headline = headline;
  }

  @Override
  public void begin() throws IOException {
    json.writeStartObject();
    json.writeObjectFieldStart("title");
    json.writeObjectFieldStart("text");
    json.writeStringField("headline", headline);
    json.writeEndObject();
    json.writeEndObject();
    json.writeArrayFieldStart("events");
  }

  @Override
  public void write(EventView e, LocalDate start, LocalDate end) throws IOException {
    String p = e.date().precision();
    json.writeStartObject();
    json.writeStringField("unique_id", "event-" + e.id());
    json.writeStringField("group", e.type());
    String display = e.date().approximate() || !isDayLike(p) ? e.date().text() : null;
    date("start_date", start, p, display);
    if (!end.equals(start) && !sameUnit(start, end, p)) {
      date("end_date", end, p, null);
    }
    json.writeObjectFieldStart("text");
    json.writeStringField("headline", e.title());
    String sentence = e.mentions().isEmpty() ? "" : e.mentions().get(0).sentence();
    json.writeStringField(
        "text",
        sentence + " <a href=\"" + EventWriter.pageUrl(baseUrl, e) + "\">#" + e.id() + "</a>");
    json.writeEndObject();
    json.writeEndObject();
  }

  private static boolean isDayLike(String p) {
    return p.equals("day") || p.equals("week");
  }

  /** Start and end fall in the same unit of the precision: one date says it all. */
  private static boolean sameUnit(LocalDate a, LocalDate b, String p) {
    return switch (p) {
      case "month" -> a.getYear() == b.getYear() && a.getMonthValue() == b.getMonthValue();
      case "year", "unknown" -> a.getYear() == b.getYear();
      default -> false;
    };
  }

  private void date(String field, LocalDate d, String precision, String display)
      throws IOException {
    json.writeObjectFieldStart(field);
    json.writeNumberField("year", d.getYear());
    if (!precision.equals("year")
        && !precision.equals("decade")
        && !precision.equals("century")
        && !precision.equals("unknown")) {
      json.writeNumberField("month", d.getMonthValue());
      if (isDayLike(precision)) {
        json.writeNumberField("day", d.getDayOfMonth());
      }
    }
    if (display != null) {
      json.writeStringField("display_date", display);
    }
    json.writeEndObject();
  }
}
