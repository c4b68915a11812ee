package org.chronology.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.chronology.event.service.ReextractionService;
import org.chronology.web.Fetch;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReextractionIdempotencyTest {

  @Inject ReextractionService reextraction;

  @Test
  void runningTwiceChangesNothingAndKeepsPermalinks() {
    // Other tests may have ingested articles without extracting them: start from an extracted
    // state.
    ReextractionService.Report first = reextraction.reextractAll();
    List<Map<String, Object>> before = events();
    ReextractionService.Report second = reextraction.reextractAll();
    assertEquals(0, second.created(), "nothing new the second time: " + second);
    assertEquals(0, second.deleted(), "nothing removed the second time: " + second);
    assertEquals(first.clusters(), second.clusters());
    List<Map<String, Object>> after = events();
    assertTrue(!after.isEmpty());
    assertEquals(ids(before), ids(after), "event ids (permalinks) survive re-extraction");
    assertEquals(before, after, "the same events, field for field");
  }

  private static List<Map<String, Object>> events() {
    return Fetch.json("/api/events?size=1000").getList("items");
  }

  private static List<Object> ids(List<Map<String, Object>> events) {
    return events.stream().map(e -> e.get("id")).sorted().toList();
  }
}
