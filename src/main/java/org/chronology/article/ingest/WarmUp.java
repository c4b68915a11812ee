package org.chronology.article.ingest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.vertx.http.HttpServerStart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chronology.account.ThrottledPasswordIdentityProvider;
import org.chronology.article.Article;
import org.chronology.article.ArticleRoutes;
import org.chronology.event.EventRoutes;
import org.chronology.event.service.ReextractionService;
import org.chronology.extraction.ArticleText;
import org.chronology.extraction.EventExtractor;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Work done once after start-up so that the first upload does not pay for cold code: the extractor
 * runs over the latest stored articles (nothing is written), then the pages an upload leads to (the
 * chronology of one article, the article page, the chronology) are requested once from the
 * application itself, loading their classes, templates and queries; last, the sign-in's dummy
 * bcrypt hash is made (ThrottledPasswordIdentityProvider). Runs on the start-up ingest's thread
 * after readiness is reported; a failure only logs.
 */
@ApplicationScoped
public class WarmUp {

  private static final Logger LOG = Logger.getLogger(WarmUp.class);

  /** Latest articles the extractor runs over. */
  public static final int ARTICLES = 12;

  private static final int TIMEOUT_MS = 30_000;

  @Inject ReextractionService extraction;

  private volatile int port = -1;

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
        done += get(p, EventRoutes.CHRONOLOGY.with()) ? 1 : 0;
      }
      ThrottledPasswordIdentityProvider.prepareDummyHash();
    } catch (RuntimeException e) {
      LOG.debugf(e, "Warm-up stopped: %s", e);
    }
    LOG.infof("Warm-up: %d steps in %d ms", done, (System.nanoTime() - t0) / 1_000_000);
    return done;
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
