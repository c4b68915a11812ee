package org.chronology.event.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.chronology.extraction.ArabicEventExtractor;
import org.chronology.extraction.ArticleText;
import org.chronology.extraction.EventCluster;
import org.chronology.extraction.EventExtractor;
import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.api.Test;

class ExtractionRunnerTest {

  /** Never finishes on its own: waits until interrupted. */
  static final class Stuck implements EventExtractor {
    final CountDownLatch interrupted = new CountDownLatch(1);

    @Override
    public int version() {
      return 0;
    }

    @Override
    public List<ExtractedEvent> extract(ArticleText article) {
      try {
        new CountDownLatch(1).await();
      } catch (InterruptedException e) {
        interrupted.countDown();
        throw new CancellationException("interrupted");
      }
      return List.of();
    }

    @Override
    public List<EventCluster> merge(List<ExtractedEvent> events) {
      return List.of();
    }
  }

  @Test
  void anArticleOverTheTimeBoxFailsAndTheNextOneStillRuns() throws Exception {
    Stuck stuck = new Stuck();
    ExtractedEvent one =
        ArabicEventExtractor.standard()
            .extract(
                new ArticleText(
                    "fast.txt", "زار وزير الخارجية الأذربيجاني تل أبيب في 12 مارس 2021.", null))
            .get(0);
    // The next article's extraction does no work, so it is never near the box itself.
    EventExtractor quick =
        new EventExtractor() {
          @Override
          public int version() {
            return 0;
          }

          @Override
          public List<ExtractedEvent> extract(ArticleText article) {
            return List.of(one);
          }

          @Override
          public List<EventCluster> merge(List<ExtractedEvent> events) {
            return List.of();
          }
        };
    try (ExtractionRunner runner = new ExtractionRunner(1, Duration.ofMillis(1500))) {
      CompletableFuture<List<ExtractedEvent>> slow =
          runner.submit(stuck, new ArticleText("slow.txt", "نص", null));
      // One thread only: the next article runs once the stuck one is stopped.
      CompletableFuture<List<ExtractedEvent>> fast =
          runner.submit(quick, new ArticleText("fast.txt", "نص", null));
      ExecutionException e = assertThrows(ExecutionException.class, slow::get);
      assertInstanceOf(TimeoutException.class, e.getCause());
      assertTrue(e.getCause().getMessage().contains("1500 ms"));
      stuck.interrupted.await();
      assertEquals(List.of(one), fast.get(), "the next article is extracted");
    }
  }

  @Test
  void theBusyTimeCountsEachExtractionFromItsStartToItsEnd() throws Exception {
    EventExtractor sleeps =
        new EventExtractor() {
          @Override
          public int version() {
            return 0;
          }

          @Override
          public List<ExtractedEvent> extract(ArticleText article) {
            try {
              Thread.sleep(100);
            } catch (InterruptedException e) {
              throw new CancellationException("interrupted");
            }
            return List.of();
          }

          @Override
          public List<EventCluster> merge(List<ExtractedEvent> events) {
            return List.of();
          }
        };
    try (ExtractionRunner runner = new ExtractionRunner(2, Duration.ofSeconds(10))) {
      assertEquals(0, runner.busyNanos(), "nothing extracted yet");
      CompletableFuture<List<ExtractedEvent>> a =
          runner.submit(sleeps, new ArticleText("a.txt", "نص", null));
      CompletableFuture<List<ExtractedEvent>> b =
          runner.submit(sleeps, new ArticleText("b.txt", "نص", null));
      a.get();
      b.get();
      // The counter is added to after the result is given: wait for both threads' share.
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (runner.busyNanos() < 200_000_000L && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      long busy = runner.busyNanos();
      assertTrue(busy >= 200_000_000L, busy + " ns busy for two extractions of 100 ms");
    }
  }

  @Test
  void thePipelineStopsBetweenStagesWhenInterrupted() {
    EventExtractor real = ArabicEventExtractor.standard();
    Thread.currentThread().interrupt();
    try {
      assertThrows(
          CancellationException.class,
          () -> real.extract(new ArticleText("a.txt", "زار الوزير باكو.", null)));
    } finally {
      Thread.interrupted();
    }
  }
}
