package org.chronology.article.ingest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.vertx.http.HttpServerStart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.chronology.account.ThrottledPasswordIdentityProvider;
import org.chronology.article.Article;
import org.chronology.article.ArticleRoutes;
import org.chronology.event.EventRoutes;
import org.chronology.event.query.EventFacetQuery;
import org.chronology.event.query.EventFilter;
import org.chronology.event.query.EventViews.YearCount;
import org.chronology.event.service.ReextractionService;
import org.chronology.event.web.ChronologyPage;
import org.chronology.extraction.ArticleText;
import org.chronology.extraction.EventExtractor;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Work done once after start-up so that the first reader and the first upload do not pay for cold
 * code, cold database buffers and empty caches. Two parts, both on the start-up ingest's thread:
 *
 * <ul>
 *   <li>{@link #firstPages}, before readiness is reported: the pages a first visitor opens are
 *       requested once from the application itself: the chronology ({@code /}), its newest year
 *       (the first year of the strip) and a text search with many matches, with its counts. The
 *       first two are then kept in the page cache under the current data version, and the search's
 *       code, statements and index pages are loaded for any other search. At a million events the
 *       first read of the newest year took 1.5 s and of a search 2.8 s when nothing had read them
 *       since the start (docs/benchmarks.md).
 *   <li>{@link #run}, after readiness: the extractor runs over the latest stored articles (nothing
 *       is written), then the pages an upload leads to (the chronology of one article, the article
 *       page) are requested once; last, the sign-in's dummy bcrypt hash is made
 *       (ThrottledPasswordIdentityProvider).
 * </ul>
 *
 * <p>A failure only logs.
 */
@ApplicationScoped
public class WarmUp {

  private static final Logger LOG = Logger.getLogger(WarmUp.class);

  /** Latest articles the extractor runs over. */
  public static final int ARTICLES = 12;

  private static final int TIMEOUT_MS = 30_000;

  /**
   * The word the warm-up searches: one most Arabic news articles hold, so that the search takes the
   * path of a search with many matches (its page first, then its counts), the costlier one ({@code
   * lang/ar/search/warm-up-word.txt}).
   */
  static final String SEARCH = searchWord();

  private static String searchWord() {
    try (InputStream in =
        WarmUp.class.getClassLoader().getResourceAsStream("lang/ar/search/warm-up-word.txt")) {
      if (in == null) {
        throw new IllegalStateException("lang/ar/search/warm-up-word.txt is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("lang/ar/search/warm-up-word.txt is empty"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Inject ReextractionService extraction;
  @Inject EventFacetQuery facets;

  private volatile int port = -1;

  /** The paths the last {@link #firstPages} answered, or none before it has run. */
  private volatile List<String> firstPagesRead = List.of();

  void serverStarted(@Observes HttpServerStart start) {
    port = start.options().getPort();
  }

  /** Runs the warm-up; returns the number of articles extracted and pages read. */
  public int run() {
    long t0 = System.nanoTime();
    int done = 0;
    try {
      List<ArticleText> texts = latest(ARTICLES);
      EventExtractor extractor = extraction.extractor();
      for (ArticleText t : texts) {
        extractor.extract(t);
        done++;
      }
      Long latest = texts.isEmpty() ? null : latestId();
      int p = port();
      if (p > 0) {
        if (latest != null) {
          done += get(p, EventRoutes.CHRONOLOGY.with() + "?article=" + latest) ? 1 : 0;
          done += get(p, ArticleRoutes.PAGE.with(latest)) ? 1 : 0;
        }
      }
      ThrottledPasswordIdentityProvider.prepareDummyHash();
    } catch (RuntimeException e) {
      LOG.debugf(e, "Warm-up stopped: %s", e);
    }
    LOG.infof("Warm-up: %d steps in %d ms", done, (System.nanoTime() - t0) / 1_000_000);
    return done;
  }

  /**
   * Reads the pages a first visitor opens ({@link #firstPagePaths}), one at a time; returns the
   * paths answered with a 2xx or 3xx.
   */
  public List<String> firstPages() {
    long t0 = System.nanoTime();
    List<String> answered = new ArrayList<>();
    try {
      int p = port();
      if (p > 0) {
        // "/" first: it counts the years the newest year is taken from (no query of its own then).
        String home = EventRoutes.CHRONOLOGY.with();
        if (get(p, home)) {
          answered.add(home);
        }
        for (String path : firstPagePaths(newestYear())) {
          if (!path.equals(home) && get(p, path)) {
            answered.add(path);
          }
        }
      }
    } catch (RuntimeException e) {
      LOG.debugf(e, "Warm-up of the first pages stopped: %s", e);
    }
    LOG.infof(
        "Warm-up before readiness: %d pages in %d ms",
        answered.size(), (System.nanoTime() - t0) / 1_000_000);
    firstPagesRead = List.copyOf(answered);
    return answered;
  }

  /** The paths the last {@link #firstPages} answered, or none before it has run. */
  public List<String> firstPagesRead() {
    return firstPagesRead;
  }

  /**
   * The pages a first visitor opens, in the order read: the chronology, its newest year (none when
   * no event has a date), a search with many matches and its counts (what the page's htmx asks for
   * next).
   */
  static List<String> firstPagePaths(Integer newestYear) {
    String home = EventRoutes.CHRONOLOGY.with();
    String search = home + "?q=" + URLEncoder.encode(SEARCH, StandardCharsets.UTF_8);
    List<String> paths = new ArrayList<>();
    paths.add(home);
    if (newestYear != null) {
      paths.add(home + "?year=" + newestYear);
    }
    paths.add(search);
    paths.add(search + "&" + ChronologyPage.COUNTS + "=1");
    return paths;
  }

  /** The newest year of the chronology's year strip, or null when no event has a date. */
  private Integer newestYear() {
    List<YearCount> years =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    facets.years(
                        EventFilter.parse(new MultivaluedHashMap<>(), ChronologyPage.PAGE_SIZE)));
    return years.isEmpty() ? null : years.get(0).year();
  }

  /** The port the server listens on (a configured 0 is replaced by the one taken, once started). */
  private int port() {
    if (port > 0) {
      return port;
    }
    String name =
        LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port";
    return ConfigProvider.getConfig().getOptionalValue(name, Integer.class).orElse(-1);
  }

  private static List<ArticleText> latest(int n) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                Article.getEntityManager()
                    .unwrap(org.hibernate.Session.class)
                    .createNativeQuery(
                        "select * from article order by id desc limit ?1", Article.class)
                    .setParameter(1, n)
                    .getResultList()
                    .stream()
                    .map(ReextractionService::text)
                    .toList());
  }

  private static Long latestId() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                Article.getEntityManager()
                    .unwrap(org.hibernate.Session.class)
                    .createNativeQuery("select max(id) from article", Long.class)
                    .getSingleResult());
  }

  /** One GET to this application (plain HTTP/1.1, the answer read and dropped); true on 2xx/3xx. */
  private static boolean get(int port, String path) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("localhost", port), TIMEOUT_MS);
      s.setSoTimeout(TIMEOUT_MS);
      OutputStream out = s.getOutputStream();
      out.write(
          ("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      byte[] head = in.readNBytes(12);
      in.transferTo(OutputStream.nullOutputStream());
      String status = new String(head, StandardCharsets.US_ASCII);
      return status.startsWith("HTTP/1.1 2") || status.startsWith("HTTP/1.1 3");
    } catch (IOException e) {
      LOG.debugf("Warm-up request %s: %s", path, e);
      return false;
    }
  }
}
