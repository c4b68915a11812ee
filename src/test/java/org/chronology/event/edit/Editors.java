package org.chronology.event.edit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronology.account.AccountService;
import org.chronology.article.Article;
import org.chronology.article.ArticleService;
import org.chronology.article.ingest.ArticleIngestService;
import org.chronology.article.ingest.IngestOutcome;
import org.chronology.article.ingest.Sidecar;
import org.chronology.event.service.ReextractionService;
import org.chronology.web.Fetch;

/** Test fixtures: fresh accounts, signed-in sessions with CSRF tokens, private articles. */
final class Editors {

  static final String PASSWORD = "correct-horse-battery";
  private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

  private Editors() {}

  /** A new account with a unique name. */
  static String newAccount(boolean admin) {
    String name = (admin ? "adm-" : "ed-") + UUID.randomUUID().toString().substring(0, 8);
    Arc.container().instance(AccountService.class).get().create(name, PASSWORD, admin, "test");
    return name;
  }

  /** Signs in the way a browser does: reads the sign-in form (its CSRF token), then posts it. */
  static Session signIn(String username) {
    Session s = new Session();
    Response r = Fetch.signIn(s.cookies, username, PASSWORD, s.token("/login"));
    assertEquals(302, r.statusCode(), "sign-in redirects");
    assertNotNull(r.getCookie("quarkus-credential"), "sign-in sets the session cookie");
    r.getCookies().forEach(s.cookies::put);
    return s;
  }

  static Session editor() {
    return signIn(newAccount(false));
  }

  static Session admin() {
    return signIn(newAccount(true));
  }

  /** The id of the first event of a fresh copy of {@link #SAMPLE}. */
  static Object sampleEvent() {
    return sampleEvents().get(0).get("id");
  }

  /** A session on the edit page of an event, with the form as that page offers it. */
  record Edit(Session session, Object id, String page, Map<String, Object> form) {

    /** The form with {@code changes} made to it. */
    Edit with(Map<String, ?> changes) {
      form.putAll(changes);
      return this;
    }

    /** Posts the form from its own page. */
    Response save() {
      return session.post(page, page, form);
    }

    /** The form as the edit page offers it now (a new version after a save). */
    Map<String, Object> freshForm() {
      return Forms.editForm(session, id);
    }
  }

  /** {@code session} opens the edit page of the first event of a fresh sample article. */
  static Edit editSample(Session session) {
    return edit(session, sampleEvent());
  }

  /** {@code session} opens the edit page of event {@code id}. */
  static Edit edit(Session session, Object id) {
    return new Edit(session, id, "/events/" + id + "/edit", Forms.editForm(session, id));
  }

  /** The events of a fresh copy of {@link #SAMPLE}, through the public API. */
  static List<Map<String, Object>> sampleEvents() {
    return events(article(SAMPLE), null);
  }

  private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

  /**
   * The number the first input named {@code field} carries on a page (a button's revision, say).
   */
  static String number(String html, String field, String missing) {
    Matcher m = Pattern.compile("name=\"" + field + "\" value=\"(\\d+)\"").matcher(html);
    assertTrue(m.find(), missing);
    return m.group(1);
  }

  /**
   * The version an edit form carries (optimistic locking), read from the page as a browser would.
   */
  static String version(Session s, String page) {
    Matcher m = VERSION.matcher(s.get(page).asString());
    assertTrue(m.find(), "a version on " + page);
    return m.group(1);
  }

  /**
   * Ingests an article of our own (unique text, so no other test touches its events) and runs the
   * extraction; returns its id.
   */
  static long article(String body) {
    removeTestArticles();
    String unique = UUID.randomUUID().toString();
    String text = body + "\n" + unique + "\n";
    IngestOutcome o =
        Arc.container()
            .instance(ArticleIngestService.class)
            .get()
            .ingest(
                "test-" + unique + ".txt", text.getBytes(StandardCharsets.UTF_8), Sidecar.EMPTY);
    assertNotNull(o.articleId(), "article stored: " + o);
    Arc.container().instance(ReextractionService.class).get().reextractAll();
    return o.articleId();
  }

  /** Waits until the background re-extraction an administrator started has finished. */
  static void awaitReextraction() {
    ArticleService articles = Arc.container().instance(ArticleService.class).get();
    long deadline = System.nanoTime() + 600_000_000_000L;
    while (articles.progress().running()) {
      assertTrue(
          System.nanoTime() < deadline, "re-extraction still running: " + articles.progress());
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /**
   * Removes the articles these tests made, with their events, so that other tests see only the seed
   * corpus. Called after each test and before a new article is made (a crashed run's leftovers).
   */
  static void removeTestArticles() {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              var em = Article.getEntityManager();
              em.createNativeQuery(
                      "delete from event where id in (select m.event_id from mention m join article"
                          + " a on a.id = m.article_id where a.source like 'test-%')")
                  .executeUpdate();
              em.createNativeQuery("delete from article where source like 'test-%'")
                  .executeUpdate();
            });
  }

  /** Sentences the first-pass extractor (and the annotation guide) read as events. */
  static final String SAMPLE =
      "قام وزير الخارجية الأذربيجاني بزيارة إلى تل أبيب في 12 مارس 1931.\n"
          + "التقى الرئيس الأذربيجاني وزير الدفاع الإسرائيلي في باكو في 14 مارس 1931.\n"
          + "أعلنت وزارة الدفاع أمس عن صفقة لشراء طائرات مسيرة.\n"
          + "أجرى الجيش الأذربيجاني مناورات عسكرية قرب الحدود الإيرانية في 20 مارس 1931.\n"
          + "اتهمت طهران باكو بالتعاون العسكري مع إسرائيل في 22 مارس 1931.\n"
          + "أحبطت قوات الأمن هجوماً على السفارة في 25 مارس 1931.\n"
          + "أقامت الدولتان علاقات دبلوماسية كاملة في 28 مارس 1931.\n";

  /** The events of one article, through the public API (rejected ones too when asked). */
  static List<Map<String, Object>> events(long articleId, String review) {
    String url = "/api/events?size=1000&article=" + articleId;
    if (review != null) {
      url += "&review=" + review;
    }
    return Fetch.json(url).getList("items");
  }

  static Map<String, Object> event(Object id) {
    return Fetch.json("/api/events/" + id).getMap("");
  }

  /** A signed-in browser: its cookies, the CSRF token of the last page it read. */
  static final class Session {
    final Map<String, String> cookies = new HashMap<>();

    /** A request with this session's cookies that does not follow redirects. */
    RequestSpecification request() {
      return given().redirects().follow(false).cookies(cookies);
    }

    Response get(String path) {
      Response r = request().get(path);
      r.getCookies().forEach(cookies::put);
      return r;
    }

    /** Reads a page with a form and returns its CSRF token. */
    String token(String page) {
      Response r = get(page);
      assertEquals(200, r.statusCode(), page + " readable: " + r.asString());
      Matcher m = TOKEN.matcher(r.asString());
      if (!m.find()) {
        throw new AssertionError("no CSRF token on " + page);
      }
      return m.group(1);
    }

    /** Saves {@code fields} from {@code page} with the version that page shows now. */
    Response saveOn(String page, Map<String, ?> fields) {
      Map<String, Object> all = new HashMap<>(fields);
      all.put("version", version(this, page));
      return post(page, page, all);
    }

    /** Posts a form the way a browser does after reading {@code page}. */
    /**
     * Posts an event's form ({@code /events/ID/ACTION}) read from its page {@code /events/ID/PAGE}.
     */
    Response postOnEvent(Object id, String action, String page, Map<String, ?> form) {
      return post("/events/" + id + "/" + action, "/events/" + id + "/" + page, form);
    }

    Response post(String path, String page, Map<String, ?> form) {
      Map<String, Object> all = new HashMap<>(form);
      all.put("csrf-token", token(page));
      return postRaw(path, all);
    }

    Response postRaw(String path, Map<String, ?> form) {
      var spec = request().contentType(ContentType.URLENC.withCharset("UTF-8"));
      for (Map.Entry<String, ?> e : form.entrySet()) {
        if (e.getValue() instanceof List<?> l) {
          spec = spec.formParam(e.getKey(), l.toArray());
        } else {
          spec = spec.formParam(e.getKey(), e.getValue());
        }
      }
      Response r = spec.post(path);
      r.getCookies().forEach(cookies::put);
      return r;
    }
  }
}
