package org.chronology.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import org.chronology.event.query.EventViews.EventView;

/**
 * Events in the contract's item shape ({@code /api/events} items): a JSON array, or JSON Lines (one
 * item per line) with {@code lines}.
 */
final class JsonEventWriter implements EventWriter {

  private final JsonGenerator json;
  private final OutputStream stream;
  private final ObjectMapper mapper;
  private final boolean lines;

  JsonEventWriter(OutputStream stream, ObjectMapper mapper, boolean lines) throws IOException {
    this.stream = stream;
    this.mapper = mapper.copy().disable(SerializationFeature.INDENT_OUTPUT);
    this.lines = lines;
    this.json = EventWriter.json(this.mapper, stream);
  }

  @Override
  public void begin() throws IOException {
    if (!lines) {
      json.writeStartArray();
    }
  }

  @Override
  public void write(EventView e) throws IOException {
    if (lines) {
      json.flush();
      // One complete document per line: a fresh writer each time, so no separator is inserted.
      stream.write(mapper.writeValueAsBytes(e));
      stream.write('\n');
    } else {
      mapper.writeValue(json, e);
    }
  }

  @Override
  public void end() throws IOException {
    if (!lines) {
      json.writeEndArray();
    }
    json.flush();
  }
}
