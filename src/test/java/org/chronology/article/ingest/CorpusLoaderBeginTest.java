package org.chronology.article.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * When the background start-up ingest's thread starts: at the end of the grace period when no
 * request is answered, at once when one is (or a folder import begins it), and only once; one INFO
 * line says why it began and how long after the server listened.
 */
class CorpusLoaderBeginTest {

  /** The INFO lines {@link CorpusLoader} logs while a test runs. */
  private final List<LogRecord> lines = new CopyOnWriteArrayList<>();

  private final Logger log = Logger.getLogger(CorpusLoader.class.getName());

  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord r) {
          if (r.getLevel().intValue() >= Level.INFO.intValue()) {
            lines.add(r);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void captureTheLog() {
    log.addHandler(capture);
  }

  @AfterEach
  void releaseTheLog() {
    log.removeHandler(capture);
  }

  /** The captured lines, formatted as the console prints them. */
  private List<String> messages() {
    return lines.stream()
        .map(
            r -> {
              Object[] p = r.getParameters();
              return p == null || p.length == 0 ? r.getMessage() : String.format(r.getMessage(), p);
            })
        .collect(Collectors.toList());
  }

  private String theOneLine() {
    List<String> m = messages();
    assertEquals(1, m.size(), "one INFO line when the ingest begins: " + m);
    return m.get(0);
  }

  private final AtomicInteger runs = new AtomicInteger();
  private final AtomicLong startedAt = new AtomicLong();
  private final CountDownLatch ran = new CountDownLatch(1);

  private Thread ingest() {
    Thread t =
        new Thread(
            () -> {
              startedAt.set(System.nanoTime());
              runs.incrementAndGet();
              ran.countDown();
            },
            "start-up-ingest");
    t.setDaemon(true);
    return t;
  }

  @Test
  void withNoRequestItStartsAfterTheGracePeriod() throws Exception {
    CorpusLoader loader = new CorpusLoader();
    loader.startWhenBegun(ingest());
    long t0 = System.nanoTime();
    loader.beginWithin(Duration.ofMillis(600), "the HTTP server listened");
    assertEquals("waiting", loader.stage());
    assertTrue(ran.await(30, TimeUnit.SECONDS), "started after the grace period");
    long ms = (startedAt.get() - t0) / 1_000_000;
    assertTrue(ms >= 600, "not before the grace period's end: " + ms + " ms");
    assertEquals("running", loader.stage());
    // The server's second listener (HTTPS) or main arming it again starts nothing more.
    loader.beginWithin(Duration.ZERO, "main ran");
    loader.begin();
    Thread.sleep(100);
    assertEquals(1, runs.get());
    String line = theOneLine();
    assertTrue(
        line.startsWith("Start-up ingest begins: grace of 0.6 s passed with no request, "), line);
    assertTrue(secondsAfter(line, "the HTTP server listened") >= 0.6, line);
  }

  @Test
  void theFirstAnswerStartsItAtOnceAndOnlyOnce() throws Exception {
    CorpusLoader loader = new CorpusLoader();
    loader.beginWithin(Duration.ofHours(1), "the HTTP server listened");
    loader.startWhenBegun(ingest());
    Thread.sleep(200);
    assertEquals(0, runs.get(), "nothing before the first answer");
    loader.begin(CorpusLoader.FIRST_ANSWER);
    assertTrue(ran.await(30, TimeUnit.SECONDS), "started by the first answer");
    loader.begin(CorpusLoader.FIRST_ANSWER);
    Thread.sleep(100);
    assertEquals(1, runs.get());
    String line = theOneLine();
    assertTrue(line.startsWith("Start-up ingest begins: first request answered, "), line);
    assertTrue(secondsAfter(line, "the HTTP server listened") >= 0.2, line);
  }

  @Test
  void aFolderImportStartsItAtOnceAndSaysSo() throws Exception {
    CorpusLoader loader = new CorpusLoader();
    // The import's main begins it before the start-up event's thread waits: it starts when it does.
    loader.begin();
    assertEquals(List.of(), messages(), "no line before there is an ingest to begin");
    loader.startWhenBegun(ingest());
    assertTrue(ran.await(30, TimeUnit.SECONDS), "started by the folder import");
    String line = theOneLine();
    assertTrue(line.startsWith("Start-up ingest begins: folder import, "), line);
    assertTrue(secondsAfter(line, "start-up") >= 0, line);
  }

  @Test
  void secondsAreWrittenWithoutTrailingZeros() {
    assertEquals("30", CorpusLoader.seconds(30_000));
    assertEquals("0.65", CorpusLoader.seconds(650));
    assertEquals("0", CorpusLoader.seconds(0));
  }

  /** The seconds the line gives before " s after {@code what}"; fails when it has none. */
  private static double secondsAfter(String line, String what) {
    Matcher m =
        Pattern.compile("(\\d+(?:\\.\\d+)?) s after " + Pattern.quote(what) + "$").matcher(line);
    assertTrue(m.find(), "how long after " + what + ": " + line);
    return Double.parseDouble(m.group(1));
  }
}
