package org.chronology.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import org.chronology.event.query.EventViews.EventView;
import org.chronology.export.Places.Coordinates;

/**
 * GeoJSON (RFC 7946) FeatureCollection: one Point feature per event whose place has known
 * coordinates ({@link Places}); other events are left out.
 */
final class GeoJsonEventWriter extends JsonEnvelopeWriter {

  GeoJsonEventWriter(OutputStream stream, ObjectMapper mapper, String baseUrl) throws IOException {
    super(stream, mapper, baseUrl);
  }

  @Override
  public void begin() throws IOException {
    json.writeStartObject();
    json.writeStringField("type", "FeatureCollection");
    json.writeArrayFieldStart("features");
  }

  @Override
  public void write(EventView e) throws IOException {
    if (e.location() == null) {
      return;
    }
    Optional<Coordinates> at = Places.of(e.location().name());
    if (at.isEmpty()) {
      at = Places.of(e.location().nameEn());
    }
    if (at.isEmpty()) {
      return;
    }
    json.writeStartObject();
    json.writeStringField("type", "Feature");
    json.writeNumberField("id", e.id());
    json.writeObjectFieldStart("geometry");
    json.writeStringField("type", "Point");
    json.writeArrayFieldStart("coordinates");
    json.writeNumber(at.get().longitude());
    json.writeNumber(at.get().latitude());
    json.writeEndArray();
    json.writeEndObject();
    json.writeObjectFieldStart("properties");
    json.writeStringField("title", e.title());
    json.writeStringField("type", e.type());
    json.writeStringField("status", e.status());
    json.writeStringField("dateStart", e.date().start() == null ? null : e.date().start() + "");
    json.writeStringField("dateEnd", e.date().end() == null ? null : e.date().end() + "");
    json.writeStringField("datePrecision", e.date().precision());
    json.writeBooleanField("dateApproximate", e.date().approximate());
    json.writeStringField("place", e.location().name());
    json.writeStringField("placeEn", at.get().nameEn());
    json.writeStringField("url", EventWriter.pageUrl(baseUrl, e));
    json.writeEndObject();
    json.writeEndObject();
  }
}
