package org.chronology.article.rejected;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.chronology.article.RejectionReason;
import org.chronology.db.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Rows refused before V22 kept only their English sentence and showed it in both languages; V23
 * reads their code and numbers back from it. Here such rows are made again (the sentence, no code)
 * and V23's statement is run on them as Flyway runs it.
 */
@QuarkusTest
class RejectionBackfillTest {

  private static final String MIGRATION = "/db/migration/V23__rejection_reason_code_backfill.sql";

  private final String prefix = "backfill-" + UUID.randomUUID().toString().substring(0, 8) + "-";

  @AfterEach
  void cleanUp() {
    Sql.update("delete from ingest_rejection where source like ?1", prefix + "%");
  }

  @Test
  void oldRowsGetTheirCodeAndNumbersFromTheirSentence() throws Exception {
    List<RejectionReason> known =
        List.of(
            RejectionReason.empty(),
            RejectionReason.encoding(),
            RejectionReason.invalidUtf8(3, 17),
            RejectionReason.bom(),
            RejectionReason.binary(40),
            RejectionReason.binaryNul(),
            RejectionReason.blank(),
            RejectionReason.tooLarge(5000000, 2000000, null),
            RejectionReason.tooLarge(90000000, 2000000, 8000000L));
    List<String> sentences = new ArrayList<>();
    for (RejectionReason r : known) {
      sentences.add(r.code().equals("bom") ? r.english("UTF-16LE") : r.english());
    }
    // before V22 the count was not said in words: "3 bad byte(s)"
    sentences.set(
        known.indexOf(RejectionReason.invalidUtf8(3, 17)),
        "invalid UTF-8: 3 bad byte(s), the first at byte 17 (the rest is valid UTF-8, so it is not"
            + " read as windows-1256)");
    // sentences of another wording: no code is guessed for them
    List<String> unknown =
        List.of(
            "cannot read the file: disk error",
            "binary content (40 control characters) in a reworded sentence",
            "the article is 12 bytes");
    List<String> all = new ArrayList<>(sentences);
    all.addAll(unknown);
    for (int i = 0; i < all.size(); i++) {
      Sql.update(
          "insert into ingest_rejection (source, sha256, raw_bytes, reason)"
              + " values (?1, ?2, ?3, ?4)",
          prefix + i + ".txt",
          (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", ""),
          new byte[] {1, 2, 3},
          all.get(i));
    }

    runMigration();

    for (int i = 0; i < all.size(); i++) {
      Object[] row =
          Sql.row(
              "select reason_code, array_to_string(reason_numbers, ','), reason"
                  + " from ingest_rejection where source = ?1",
              prefix + i + ".txt");
      assertEquals(all.get(i), row[2], "the sentence is kept");
      if (i < known.size()) {
        RejectionReason r = known.get(i);
        assertEquals(r.code(), row[0], all.get(i));
        String numbers =
            Arrays.stream(r.numbers()).map(String::valueOf).collect(Collectors.joining(","));
        assertEquals(numbers, row[1], all.get(i));
      } else {
        assertEquals(null, row[0], "no code for " + all.get(i));
      }
    }
    runMigration(); // a second run changes nothing (the rows with a code are left alone)
    assertEquals(
        "binary|40",
        Sql.text(
            "select reason_code || '|' || array_to_string(reason_numbers, ',')"
                + " from ingest_rejection where source = ?1",
            prefix + known.indexOf(RejectionReason.binary(40)) + ".txt"));

    // the page now says an old row's reason in Arabic, and an unknown sentence as it is
    Map<String, String> cookies = RejectedFilesPageTest.editorCookies();
    String ar = given().cookies(cookies).get("/articles/rejected?lang=ar").asString();
    String binaryRow = row(ar, prefix + known.indexOf(RejectionReason.binary(40)) + ".txt");
    assertTrue(binaryRow.contains("محتوى ثنائي لا نص (فيه 40 محرف تحكم)"), binaryRow);
    String unknownRow = row(ar, prefix + known.size() + ".txt");
    assertTrue(unknownRow.contains(">cannot read the file: disk error<"), unknownRow);
  }

  /** V23's text, run through JDBC as Flyway runs it (no parameter markers parsed). */
  private static void runMigration() throws Exception {
    String sql;
    try (InputStream in = RejectionBackfillTest.class.getResourceAsStream(MIGRATION)) {
      assertNotNull(in, MIGRATION + " is on the classpath");
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try (Connection c = Arc.container().instance(AgroalDataSource.class).get().getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static String row(String html, String source) {
    int at = html.indexOf(source);
    assertTrue(at > 0, source + " is listed");
    return html.substring(at, html.indexOf("</tr>", at));
  }
}
