package org.chronology.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.time.LocalDate;
import java.util.List;
import org.chronology.event.query.EventFilter;
import org.chronology.web.BadParameterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventFilterTest {

  private static MultivaluedHashMap<String, String> params(String... kv) {
    MultivaluedHashMap<String, String> m = new MultivaluedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.add(kv[i], kv[i + 1]);
    }
    return m;
  }

  @Test
  void parsesEveryFilter() {
    EventFilter f =
        EventFilter.parse(
            params(
                "year",
                "2022",
                "from",
                "2022-01-01",
                "to",
                "2022-12-31",
                "actor",
                "3",
                "actor",
                "5",
                "type",
                "visit",
                "type",
                "deal",
                "q",
                "غانتس",
                "status",
                "planned",
                "article",
                "2",
                "page",
                "1",
                "size",
                "10"));
    assertEquals(2022, f.year());
    assertEquals(LocalDate.of(2022, 1, 1), f.from());
    assertEquals(List.of(3L, 5L), f.actors());
    assertEquals(List.of("visit", "deal"), f.types());
    assertEquals(1, f.page());
    assertEquals(10, f.size());
  }

  @Test
  void defaults() {
    EventFilter f = EventFilter.parse(params());
    assertEquals(0, f.page());
    assertEquals(50, f.size());
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource({
    "year, abc",
    "year, 0",
    "from, 2022-13-01",
    "to, yesterday",
    "actor, x",
    "type, party",
    "status, done",
    "review, maybe",
    "article, -1",
    "page, -1",
    "size, 0",
    "size, 1001"
  })
  void badValuesNameTheirParameter(String name, String value) {
    BadParameterException e =
        assertThrows(BadParameterException.class, () -> EventFilter.parse(params(name, value)));
    assertEquals(name, e.parameter());
  }

  @Test
  void fromAfterTo() {
    assertThrows(
        BadParameterException.class,
        () -> EventFilter.parse(params("from", "2023-01-01", "to", "2022-01-01")));
  }

  @Test
  void repeatedParametersAreCapped() {
    MultivaluedHashMap<String, String> ten = new MultivaluedHashMap<>();
    for (int i = 1; i <= EventFilter.MAX_REPEATED; i++) {
      ten.add("actor", String.valueOf(i));
    }
    assertEquals(EventFilter.MAX_REPEATED, EventFilter.parse(ten).actors().size());
    ten.add("actor", "999");
    BadParameterException e =
        assertThrows(BadParameterException.class, () -> EventFilter.parse(ten));
    assertEquals("actor", e.parameter());
    MultivaluedHashMap<String, String> types = new MultivaluedHashMap<>();
    for (int i = 0; i <= EventFilter.MAX_REPEATED; i++) {
      types.add("type", "visit");
    }
    assertEquals(
        "type",
        assertThrows(BadParameterException.class, () -> EventFilter.parse(types)).parameter());
  }

  @Test
  void theSameActorTwiceIsOneFilter() {
    assertEquals(
        List.of(3L, 5L),
        EventFilter.parse(params("actor", "3", "actor", "5", "actor", "3")).actors());
  }

  @Test
  void aLongSearchIsRefused() {
    String words = "غانتس ".repeat(EventFilter.MAX_QUERY_LENGTH / 6 + 1);
    assertEquals(
        "q",
        assertThrows(BadParameterException.class, () -> EventFilter.parse(params("q", words)))
            .parameter());
    assertEquals("غانتس", EventFilter.parse(params("q", "غانتس")).q());
  }
}
