package org.chronology.event.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.chronology.article.Article;
import org.chronology.event.Event;
import org.chronology.event.Mention;
import org.chronology.extraction.ActorIdentity;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.ActorMention;
import org.chronology.extraction.DateValue;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.extraction.Evidence;
import org.chronology.extraction.ExtractedEvent;
import org.chronology.extraction.Happening;
import org.chronology.extraction.Place;
import org.chronology.extraction.Role;
import org.chronology.extraction.Span;
import org.chronology.time.Precision;
import org.junit.jupiter.api.Test;

/**
 * A batch's scope test of one article ({@link CandidateLookup.Probe}, its fresh events grouped by
 * the merge types they may match) answers as trying every fresh event on every stored mention
 * ({@link CandidateLookup#matches}, or a mention of the article itself).
 */
class CandidateLookupProbeTest {

  private static final LocalDate D = LocalDate.of(2023, 5, 10);
  private static final String[] PLACES = {null, "أنقرة", "تركيا", "القاهرة", "باكو"};
  private static final String[][] NAMES = {
    {"إسحاق هرتسوغ", "PERSON"},
    {"إسحق هرتسوج", "PERSON"},
    {"زيد عمرو", "PERSON"},
    {"تركيا", "COUNTRY"},
    {"مصر", "COUNTRY"},
    {"الأردن", "COUNTRY"},
    {"إسرائيل", "COUNTRY"}
  };

  private static ExtractedEvent event(Random r, int i) {
    EventType[] types = EventType.values();
    EventType type = types[r.nextInt(types.length)];
    List<ActorMention> as = new ArrayList<>();
    int n = r.nextInt(4);
    for (int k = 0; k < n; k++) {
      String[] a = NAMES[r.nextInt(NAMES.length)];
      as.add(
          new ActorMention(
              new ActorIdentity(a[0], null, ActorKind.valueOf(a[1]), null, null, List.of()),
              r.nextBoolean() ? Role.VISITOR : null,
              null));
    }
    LocalDate day = D.plusDays(r.nextInt(12));
    DateValue date =
        r.nextInt(5) == 0
            ? DateValue.UNKNOWN
            : new DateValue(day, day.plusDays(r.nextInt(3)), Precision.DAY, false, null, null);
    String place = PLACES[r.nextInt(PLACES.length)];
    String text = "جملة " + i + ".";
    return new ExtractedEvent(
        "a" + i,
        new Happening(
            type,
            EventStatus.HAPPENED,
            "حدث",
            0.8,
            date,
            List.copyOf(as),
            place == null ? null : new Place(place, null)),
        new Evidence(new Span(0, text.length()), text, null, null, List.of()),
        1,
        List.of());
  }

  /** A stored mention of an extracted event, sometimes without what the look-up reads. */
  private static Mention stored(Random r, ExtractedEvent x, long articleId) {
    Mention m = new Mention();
    m.article = new Article();
    m.article.id = articleId;
    m.mergeType = r.nextInt(8) == 0 ? null : x.type().code();
    m.mergeStart = x.date().start();
    m.mergeEnd = x.date().end();
    m.mergeLocation = x.location() == null ? null : x.location().name();
    m.mergeActors = r.nextInt(8) == 0 ? null : CandidateLookup.mergeNames(x);
    return m;
  }

  private static boolean everyPair(Event e, long articleId, List<ExtractedEvent> fresh) {
    for (Mention m : e.mentions) {
      if (m.article.id == articleId) {
        return true;
      }
      for (ExtractedEvent x : fresh) {
        if (CandidateLookup.matches(m, x)) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void sameAnswersAsEveryFreshEventOnEveryMention() {
    Random r = new Random(69);
    int in = 0;
    int total = 0;
    for (int round = 0; round < 300; round++) {
      long articleId = 1 + r.nextInt(6);
      List<ExtractedEvent> fresh = new ArrayList<>();
      for (int k = r.nextInt(6); k > 0; k--) {
        fresh.add(event(r, round * 10 + k));
      }
      CandidateLookup.Probe probe = new CandidateLookup.Probe(articleId, fresh);
      for (int k = 0; k < 20; k++) {
        Event e = new Event();
        for (int j = 1 + r.nextInt(3); j > 0; j--) {
          e.mentions.add(stored(r, event(r, 5000 + k * 10 + j), 1 + r.nextInt(40)));
        }
        boolean expected = everyPair(e, articleId, fresh);
        assertEquals(expected, probe.inScope(e));
        assertEquals(expected, CandidateLookup.inScope(e, articleId, fresh));
        total++;
        if (expected) {
          in++;
        }
      }
    }
    // Both answers occur, through the article's own mentions and through matches alone.
    assertTrue(in > 100 && in < total - 100, in + " of " + total + " in scope");
  }

  /**
   * A batch's look-up keeps, of the events its SQL found, exactly those some article of the batch
   * has in its scope: the union over the articles of the per-article answer.
   */
  @Test
  void narrowKeepsTheEventsSomeArticleHasInScope() {
    Random r = new Random(70);
    int kept = 0;
    int total = 0;
    for (int round = 0; round < 200; round++) {
      Map<Long, List<ExtractedEvent>> batch = new LinkedHashMap<>();
      for (int a = 1 + r.nextInt(4); a > 0; a--) {
        List<ExtractedEvent> fresh = new ArrayList<>();
        for (int k = r.nextInt(5); k > 0; k--) {
          fresh.add(event(r, round * 100 + a * 10 + k));
        }
        batch.put((long) (1 + r.nextInt(8)), fresh);
      }
      Map<Long, List<CandidateLookup.StoredMention>> mentions = new LinkedHashMap<>();
      Set<Long> expected = new LinkedHashSet<>();
      for (long id = 1; id <= 20; id++) {
        Event e = new Event();
        List<CandidateLookup.StoredMention> rows = new ArrayList<>();
        for (int j = 1 + r.nextInt(3); j > 0; j--) {
          Mention m = stored(r, event(r, 5000 + (int) id * 10 + j), 1 + r.nextInt(40));
          e.mentions.add(m);
          rows.add(new CandidateLookup.StoredMention(m.article.id, m));
        }
        mentions.put(id, rows);
        for (Map.Entry<Long, List<ExtractedEvent>> a : batch.entrySet()) {
          if (everyPair(e, a.getKey(), a.getValue())) {
            expected.add(id);
          }
        }
      }
      List<ExtractedEvent> all = batch.values().stream().flatMap(List::stream).toList();
      assertEquals(expected, CandidateLookup.narrow(mentions, batch.keySet(), all));
      kept += expected.size();
      total += mentions.size();
    }
    assertTrue(kept > 100 && kept < total - 100, kept + " of " + total + " kept");
  }

  @Test
  void noFreshEventLeavesOnlyTheArticlesOwnMentions() {
    Random r = new Random(7);
    Event e = new Event();
    e.mentions.add(stored(r, event(r, 1), 3));
    assertTrue(new CandidateLookup.Probe(3, List.of()).inScope(e));
    assertFalse(new CandidateLookup.Probe(4, List.of()).inScope(e));
  }
}
