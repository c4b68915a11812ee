package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Locale;
import org.chronology.event.Review;
import org.chronology.time.Precision;
import org.junit.jupiter.api.Test;

class CodedTest {

  /** The enums keep their code in a field: the lower-case name, as it was made on each call. */
  @Test
  void everyCodeIsTheLowerCaseNameAndParsesBack() {
    List<Class<? extends Enum<?>>> types =
        List.of(EventType.class, EventStatus.class, Role.class, ActorKind.class);
    for (Class<? extends Enum<?>> type : types) {
      for (Enum<?> e : type.getEnumConstants()) {
        Coded c = (Coded) e;
        assertEquals(e.name().toLowerCase(Locale.ROOT), c.code(), e.name());
        assertSame(c.code(), c.code(), e.name());
      }
    }
    for (EventType t : EventType.values()) {
      assertSame(t, EventType.fromCode(t.code()));
    }
    for (EventStatus s : EventStatus.values()) {
      assertSame(s, EventStatus.fromCode(s.code()));
    }
    for (Role r : Role.values()) {
      assertSame(r, Role.fromCode(r.code()));
    }
    for (ActorKind k : ActorKind.values()) {
      assertSame(k, ActorKind.fromCode(k.code()));
    }
    for (Review r : Review.values()) {
      assertEquals(r.name().toLowerCase(Locale.ROOT), r.code());
      assertSame(r, Review.fromCode(r.code()));
    }
    for (Precision p : Precision.values()) {
      assertEquals(p.name().toLowerCase(Locale.ROOT), p.code());
      assertSame(p, Precision.fromCode(p.code()));
    }
  }
}
