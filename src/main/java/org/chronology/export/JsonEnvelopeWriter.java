package org.chronology.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A JSON document that is one object holding the events in an array ({@code {…, "features": […]}}):
 * {@link #begin()} opens both, {@link #end()} closes them.
 */
abstract class JsonEnvelopeWriter implements EventWriter {

  final JsonGenerator json;
  final String baseUrl;

  JsonEnvelopeWriter(OutputStream stream, ObjectMapper mapper, String baseUrl) throws IOException {
    this.json = EventWriter.json(mapper, stream);
    this.baseUrl = baseUrl;
  }

  @Override
  public final void end() throws IOException {
    json.writeEndArray();
    json.writeEndObject();
    json.flush();
  }
}
