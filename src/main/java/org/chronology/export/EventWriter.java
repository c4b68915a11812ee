package org.chronology.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import org.chronology.event.EventRoutes;
import org.chronology.event.query.EventViews.EventView;

/** Writes events one at a time to an output already opened: nothing is held beyond one event. */
public interface EventWriter {

  void begin() throws IOException;

  void write(EventView event) throws IOException;

  /** Closes the document (not the underlying stream). */
  void end() throws IOException;

  /**
   * A writer of dated events only (a calendar, a timeline): an undated event is left out, a dated
   * one written over its first and last day.
   */
  interface Dated extends EventWriter {

    @Override
    default void write(EventView e) throws IOException {
      if (e.date().start() != null) {
        write(e, e.date().start(), lastDay(e));
      }
    }

    void write(EventView e, LocalDate start, LocalDate end) throws IOException;
  }

  /** The event's page under the application's base URL (which ends with a slash). */
  static String pageUrl(String baseUrl, EventView e) {
    return EventRoutes.PAGE.under(baseUrl, e.id());
  }

  /** The last day of a dated event: its end, or its start when it has none. */
  static LocalDate lastDay(EventView e) {
    return e.date().end() == null ? e.date().start() : e.date().end();
  }

  /** A JSON generator on the stream that leaves the stream open when it is closed. */
  static JsonGenerator json(ObjectMapper mapper, OutputStream stream) throws IOException {
    return mapper
        .getFactory()
        .createGenerator(stream)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }
}
