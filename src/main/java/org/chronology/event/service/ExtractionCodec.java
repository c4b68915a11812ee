package org.chronology.event.service;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.chronology.extraction.ExtractedEvent;

/**
 * One article's extracted events as JSON text and back, exactly (the records' components, nothing
 * derived): what {@link StoredExtractions} keeps so a merge can reuse an article's extraction.
 */
final class ExtractionCodec {

  private static final TypeReference<List<ExtractedEvent>> EVENTS = new TypeReference<>() {};

  // Components only: a helper method on a record (a getter by name) must not become a field.
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
          .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);

  private ExtractionCodec() {}

  static String encode(List<ExtractedEvent> events) {
    try {
      return JSON.writeValueAsString(events);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("extracted events could not be written as JSON", e);
    }
  }

  /** The events, or null when the text is not what {@link #encode} wrote (then extract again). */
  static List<ExtractedEvent> decode(String json) {
    try {
      return JSON.readValue(json, EVENTS);
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
