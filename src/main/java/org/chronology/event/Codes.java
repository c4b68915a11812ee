package org.chronology.event;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.time.Precision;

/**
 * The event's code lists, one enum each, and their JPA converters: the database keeps the
 * lower-case codes (checked by the table's constraints, V1), Java sees enums. Labels, facets, the
 * year strip and the editors' validation all read these lists.
 */
public final class Codes {

  private Codes() {}

  /**
   * The code of a value read from a query: an event's type, status, review or precision (enums
   * here) or anything else as its string; null stays null.
   */
  public static String code(Object v) {
    if (v == null) {
      return null;
    } else if (v instanceof EventType t) {
      return t.code();
    } else if (v instanceof EventStatus s) {
      return s.code();
    } else if (v instanceof Review r) {
      return r.code();
    } else if (v instanceof Precision p) {
      return p.code();
    }
    return v.toString();
  }

  public static List<String> types() {
    return Arrays.stream(EventType.values()).map(EventType::code).toList();
  }

  public static List<String> statuses() {
    return Arrays.stream(EventStatus.values()).map(EventStatus::code).toList();
  }

  public static List<String> precisions() {
    return Arrays.stream(Precision.values()).map(Precision::code).toList();
  }

  public static List<String> reviews() {
    return Arrays.stream(Review.values()).map(Review::code).toList();
  }

  @Converter
  public static class TypeConverter implements AttributeConverter<EventType, String> {
    @Override
    public String convertToDatabaseColumn(EventType t) {
      return t == null ? null : t.code();
    }

    @Override
    public EventType convertToEntityAttribute(String code) {
      return code == null ? null : EventType.fromCode(code);
    }
  }

  @Converter
  public static class StatusConverter implements AttributeConverter<EventStatus, String> {
    @Override
    public String convertToDatabaseColumn(EventStatus s) {
      return s == null ? null : s.code();
    }

    @Override
    public EventStatus convertToEntityAttribute(String code) {
      return code == null ? null : EventStatus.fromCode(code);
    }
  }

  @Converter
  public static class ReviewConverter implements AttributeConverter<Review, String> {
    @Override
    public String convertToDatabaseColumn(Review r) {
      return r == null ? null : r.code();
    }

    @Override
    public Review convertToEntityAttribute(String code) {
      return code == null ? null : Review.fromCode(code);
    }
  }

  @Converter
  public static class PrecisionConverter implements AttributeConverter<Precision, String> {
    @Override
    public String convertToDatabaseColumn(Precision p) {
      return p == null ? null : p.code();
    }

    @Override
    public Precision convertToEntityAttribute(String code) {
      return code == null ? null : Precision.fromCode(code);
    }
  }
}
