package org.chronology.article.rejected;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronology.account.AccountService;
import org.chronology.article.RejectionReason;
import org.chronology.article.ingest.ArticleIngestService;
import org.chronology.article.ingest.IngestOutcome;
import org.chronology.article.ingest.Sidecar;
import org.chronology.web.Fetch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Editors see every rejected file with its reason, size and first bytes, and get its bytes. */
@QuarkusTest
class RejectedFilesPageTest {

  private final String source =
      "test-rejected-" + UUID.randomUUID().toString().substring(0, 8) + ".txt";

  @AfterEach
  void cleanUp() {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                Panache.getEntityManager()
                    .createNativeQuery("delete from ingest_rejection where source = ?1")
                    .setParameter(1, source)
                    .executeUpdate());
  }

  /** Signs in the way a browser does (the sign-in form's CSRF token); returns its cookies. */
  static Map<String, String> editorCookies() {
    String name = "ed-" + UUID.randomUUID().toString().substring(0, 8);
    Arc.container()
        .instance(AccountService.class)
        .get()
        .create(name, "correct-horse-battery", false, "test");
    Map<String, String> cookies = new HashMap<>();
    Response form = given().get("/login");
    cookies.putAll(form.getCookies());
    String token = Fetch.csrfToken(form.asString(), "the sign-in form carries a CSRF token");
    Response r = Fetch.signIn(cookies, name, "correct-horse-battery", token);
    assertEquals(302, r.statusCode());
    cookies.putAll(r.getCookies());
    assertTrue(cookies.containsKey("quarkus-credential"), "signed in");
    return cookies;
  }

  /** Ingests the bytes under this test's source name; they must be rejected. */
  private IngestOutcome rejected(byte[] bytes) {
    IngestOutcome o =
        Arc.container()
            .instance(ArticleIngestService.class)
            .get()
            .ingest(source, bytes, Sidecar.EMPTY);
    assertEquals(IngestOutcome.Result.REJECTED, o.result());
    return o;
  }

  @Test
  void listsRejectedFilesAndServesTheirBytes() {
    byte[] bytes = new byte[3000];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 7 == 0 ? 0 : 0x80 + i % 64);
    }
    IngestOutcome o = rejected(bytes);

    given().redirects().follow(false).get("/articles/rejected").then().statusCode(302);

    Map<String, String> cookies = editorCookies();
    String html =
        given()
            .cookies(cookies)
            .get("/articles/rejected")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    int row = html.indexOf(source);
    assertTrue(row > 0, "the file is listed");
    String tr = html.substring(row, html.indexOf("</tr>", row));
    assertTrue(tr.contains(">3,000<"), "its size, grouped: " + tr);
    String arab =
        given()
            .cookies(cookies)
            .get("/articles/rejected?digits=arab")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    int arabRow = arab.indexOf(source);
    String arabTr = arab.substring(arabRow, arab.indexOf("</tr>", arabRow));
    assertTrue(
        arabTr.contains(">\u0663\u066C\u0660\u0660\u0660<"),
        "its size in the reader's digits: " + arabTr);
    assertTrue(tr.contains("00 81 82 83 84 85 86 00"), "first bytes in hex: " + tr);
    assertTrue(tr.contains(escape(o.reason())), "the reason: " + tr);
    Matcher m = Pattern.compile("href=\"(/articles/rejected/\\d+/bytes)\"").matcher(tr);
    assertTrue(m.find(), "a link to the bytes: " + tr);
    Response download = given().cookies(cookies).get(m.group(1));
    assertEquals(200, download.statusCode());
    assertArrayEquals(bytes, download.asByteArray(), "the bytes exactly as kept");
    assertTrue(download.header("Content-Disposition").contains(source));
    given().redirects().follow(false).get(m.group(1)).then().statusCode(302);
  }

  /** 200 bytes of {@code filler} with a control character every fifth byte: 40 in all. */
  private static byte[] controlEveryFifth(char filler) {
    byte[] bytes = new byte[200];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 5 == 0 ? 1 : filler);
    }
    return bytes;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  @Test
  void theReasonAndTheTimeReadInThePageLanguage() {
    IngestOutcome o = rejected(controlEveryFifth('a'));
    assertTrue(o.reason().startsWith("binary content (40 "), o.reason());
    Map<String, String> cookies = editorCookies();
    String ar = row(given().cookies(cookies).get("/articles/rejected?lang=ar").asString());
    assertTrue(ar.contains("محتوى ثنائي لا نص (فيه 40 محرف تحكم)"), "the reason in Arabic: " + ar);
    assertTrue(ar.contains("title=\"" + o.reason() + "\""), "the stored text kept: " + ar);
    String en = row(given().cookies(cookies).get("/articles/rejected?lang=en").asString());
    assertTrue(en.contains(">binary content (40 control characters)<"), en);
    for (String tr : List.of(ar, en)) {
      assertFalse(tr.matches("(?s).*\\d{2}:\\d{2}:\\d{2}\\.\\d+.*"), "no microseconds: " + tr);
    }
    assertTrue(
        Pattern.compile(
                "<time datetime=\"[^\"]+\">\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2}</time>")
            .matcher(en)
            .find(),
        "a time like 1 December 2026, 10:42: " + en);
    assertTrue(
        Pattern.compile("<time datetime=\"[^\"]+\">\\d{1,2} [^<\\d]+ \\d{4}، \\d{2}:\\d{2}</time>")
            .matcher(ar)
            .find(),
        "the same in Arabic: " + ar);
  }

  /**
   * The reason is stored as a code and numbers beside its English text, and the page says it from
   * the code: rewording the English text changes nothing; a row from before the code shows its
   * text.
   */
  @Test
  void theReasonIsStoredAsACodeAndNumbers() {
    IngestOutcome o = rejected(controlEveryFifth('c'));
    assertEquals(RejectionReason.binary(40), o.why());
    Object[] stored =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    (Object[])
                        Panache.getEntityManager()
                            .createNativeQuery(
                                "select reason_code, array_to_string(reason_numbers, ',')"
                                    + " from ingest_rejection where source = ?1")
                            .setParameter(1, source)
                            .getSingleResult());
    assertEquals("binary", stored[0]);
    assertEquals("40", stored[1]);
    setReason("a sentence reworded since");
    Map<String, String> cookies = editorCookies();
    String ar = row(given().cookies(cookies).get("/articles/rejected?lang=ar").asString());
    assertTrue(ar.contains("محتوى ثنائي لا نص (فيه 40 محرف تحكم)"), ar);
    String en = row(given().cookies(cookies).get("/articles/rejected?lang=en").asString());
    assertTrue(en.contains(">binary content (40 control characters)<"), en);

    QuarkusTransaction.requiringNew()
        .run(
            () ->
                Panache.getEntityManager()
                    .createNativeQuery(
                        "update ingest_rejection set reason_code = null, reason_numbers = null"
                            + " where source = ?1")
                    .setParameter(1, source)
                    .executeUpdate());
    ar = row(given().cookies(cookies).get("/articles/rejected?lang=ar").asString());
    assertTrue(ar.contains(">a sentence reworded since<"), "an old row shows its text: " + ar);
  }

  /**
   * The English sentence stored for the log counts bad bytes in words as the page does: it said "1
   * bad byte(s)" where the English page says "1 bad byte".
   */
  @Test
  void theStoredSentenceOfBadBytesCountsInWordsAsThePageDoes() {
    byte[] arabic = "نص عربي سليم في ملف واحد ".repeat(4).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(arabic, arabic.length * 2 + 1);
    bytes[arabic.length] = (byte) 0xFF;
    System.arraycopy(arabic, 0, bytes, arabic.length + 1, arabic.length);
    IngestOutcome o = rejected(bytes);
    assertEquals(RejectionReason.invalidUtf8(1, arabic.length), o.why());
    String stored =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    (String)
                        Panache.getEntityManager()
                            .createNativeQuery(
                                "select reason from ingest_rejection where source = ?1")
                            .setParameter(1, source)
                            .getSingleResult());
    assertTrue(stored.startsWith("invalid UTF-8: 1 bad byte, the first at byte "), stored);
    Map<String, String> cookies = editorCookies();
    String en = row(given().cookies(cookies).get("/articles/rejected?lang=en").asString());
    assertTrue(en.contains(">" + escape(stored) + "<"), "the page says what is stored: " + en);
    String ar = row(given().cookies(cookies).get("/articles/rejected?lang=ar").asString());
    assertTrue(ar.contains("title=\"" + escape(stored) + "\""), ar);
    assertTrue(ar.contains("ترميز UTF-8 معطوب"), ar);
    org.chronology.web.AdminMsg enMsg =
        io.quarkus.qute.i18n.MessageBundles.get(
            org.chronology.web.AdminMsg.class, io.quarkus.qute.i18n.Localized.Literal.of("en"));
    for (long n : new long[] {1, 3}) {
      assertEquals(
          enMsg.rejectReason("invalidUtf8", String.valueOf(n), "17", "", false, n),
          RejectionReason.invalidUtf8(n, 17).english(),
          n + " bad bytes");
    }
  }

  /** Every code says itself in both languages, and its English matches what the log keeps. */
  @Test
  void everyCodeHasItsWordsInBothLanguages() {
    for (String code : RejectionReason.CODES) {
      for (java.util.Locale l :
          List.of(java.util.Locale.forLanguageTag("ar"), java.util.Locale.ENGLISH)) {
        String said =
            io.quarkus.qute.i18n.MessageBundles.get(
                    org.chronology.web.AdminMsg.class,
                    io.quarkus.qute.i18n.Localized.Literal.of(l.getLanguage()))
                .rejectReason(code, "1", "2", "3", true, 1);
        assertFalse(said.isBlank() || said.equals(code), code + " in " + l + ": " + said);
      }
    }
    RejectionReason big = RejectionReason.tooLarge(5000000, 2000000, 4000000L);
    assertEquals(
        "the article is 5000000 bytes, larger than the limit of 2000000 bytes"
            + " (chronology.article.max-bytes); its first 4000000 bytes are kept",
        big.english());
    assertArrayEquals(new Long[] {5000000L, 2000000L, 4000000L}, big.numbers());
  }

  private void setReason(String text) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                Panache.getEntityManager()
                    .createNativeQuery("update ingest_rejection set reason = ?2 where source = ?1")
                    .setParameter(1, source)
                    .setParameter(2, text)
                    .executeUpdate());
  }

  private String row(String html) {
    int at = html.indexOf(source);
    assertTrue(at > 0, "the file is listed");
    return html.substring(at, html.indexOf("</tr>", at));
  }
}
