package org.chronology.event;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
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

  /** Stores an enum as its code; null stays null. */
  abstract static class CodeConverter<E> implements AttributeConverter<E, String> {
    private final Function<E, String> code;
    private final Function<String, E> parse;

    CodeConverter(Function<E, String> code, Function<String, E> parse) {
      this.code = code;
      this.parse = parse;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
      return value == null ? null : code.apply(value);
    }

    @Override
    public E convertToEntityAttribute(String stored) {
      return stored == null ? null : parse.apply(stored);
    }
  }

  @Converter
  public static class TypeConverter extends CodeConverter<EventType> {
    public TypeConverter() {
      super(EventType::code, EventType::fromCode);
    }
  }

  @Converter
  public static class StatusConverter extends CodeConverter<EventStatus> {
    public StatusConverter() {
      super(EventStatus::code, EventStatus::fromCode);
    }
  }

  @Converter
  public static class ReviewConverter extends CodeConverter<Review> {
    public ReviewConverter() {
      super(Review::code, Review::fromCode);
    }
  }

  @Converter
  public static class PrecisionConverter extends CodeConverter<Precision> {
    public PrecisionConverter() {
      super(Precision::code, Precision::fromCode);
    }
  }
}
