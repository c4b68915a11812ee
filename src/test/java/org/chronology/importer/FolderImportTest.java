package org.chronology.importer;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.chronology.article.ingest.IngestOutcome.Result;
import org.chronology.db.Sql;
import org.chronology.web.Fetch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder import: text, a web page, a duplicate and an unreadable file, with a report. */
@QuarkusTest
class FolderImportTest {

  @Inject FolderImport importer;

  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  @AfterEach
  void cleanUp() {
    Sql.inTransaction(
        em -> {
          em.createNativeQuery(
                  "delete from event where id in (select m.event_id from mention m join"
                      + " article a on a.id = m.article_id where a.source like ?1)")
              .setParameter(1, "test-import-" + tag + "%")
              .executeUpdate();
          em.createNativeQuery("delete from article where source like ?1")
              .setParameter(1, "test-import-" + tag + "%")
              .executeUpdate();
          em.createNativeQuery("delete from ingest_rejection where source like ?1")
              .setParameter(1, "test-import-" + tag + "%")
              .executeUpdate();
        });
  }

  @Test
  void importsAFolderAndReportsEveryFile(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("test-import-" + tag + "-a.txt"),
        "التقى الرئيس الأذربيجاني وزير الدفاع الإسرائيلي في باكو في 14 مارس 1931.\n" + tag + "\n");
    Files.writeString(
        dir.resolve("test-import-" + tag + "-b.html"),
        "<html><head><meta charset=utf-8><title>t</title>"
            + "<meta property=\"article:published_time\" content=\"1931-03-20\"></head><body>"
            + "<nav>قائمة الموقع</nav><article><p>أعلنت وزارة الدفاع عن صفقة لشراء طائرات مسيرة. "
            + tag
            + "</p></article></body></html>");
    Files.copy(
        Path.of("corpus")
            .resolve(
                Files.list(Path.of("corpus"))
                    .filter(p -> p.toString().endsWith(".txt"))
                    .sorted()
                    .findFirst()
                    .orElseThrow()
                    .getFileName()),
        dir.resolve("test-import-" + tag + "-c.txt"));
    Files.write(
        dir.resolve("test-import-" + tag + "-d.txt"),
        new byte[] {(byte) 0xFF, 0x00, (byte) 0x81, 0x00, 0x02, (byte) 0x9D, (byte) 0xFE, 0x00});
    Files.writeString(dir.resolve("notes.md"), "not an article");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    FolderImport.Report report =
        importer.run(
            dir,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(progress, true, StandardCharsets.UTF_8));

    assertEquals(4, report.outcomes().size(), "the .md file is not an article");
    assertEquals(2, report.totals().get(Result.NEW));
    assertEquals(1, report.totals().get(Result.DUPLICATE));
    assertEquals(1, report.totals().get(Result.REJECTED));
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("ingested   test-import-" + tag + "-a.txt"), text);
    assertTrue(text.contains("ingested   test-import-" + tag + "-b.html"), text);
    assertTrue(text.contains("duplicate  test-import-" + tag + "-c.txt"), text);
    assertTrue(text.contains("rejected   test-import-" + tag + "-d.txt: "), text);
    assertTrue(text.contains("4 files: 2 ingested, 1 duplicate, 1 rejected"), text);
    String bar = progress.toString(StandardCharsets.UTF_8);
    assertTrue(bar.contains("[" + "#".repeat(FolderImport.BAR) + "] 4/4"), bar);

    long html = report.outcomes().get(1).articleId();
    String stored = Fetch.json("/api/articles/" + html).getString("text");
    assertTrue(stored.contains("أعلنت وزارة الدفاع عن صفقة"), stored);
    assertTrue(!stored.contains("قائمة الموقع"), "the menu is dropped");
    assertEquals(
        "1931-03-20",
        given().get("/api/articles/" + html).then().extract().jsonPath().getString("publishedOn"));
  }

  @Test
  void progressBar() {
    assertEquals("[" + ".".repeat(30) + "] 0/4", FolderImport.bar(0, 4));
    assertEquals("[" + "#".repeat(15) + ".".repeat(15) + "]  5/10", FolderImport.bar(5, 10));
  }
}
