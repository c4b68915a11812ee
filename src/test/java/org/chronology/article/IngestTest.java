package org.chronology.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chronology.article.ingest.ArticleIngestService;
import org.chronology.article.ingest.IngestOutcome;
import org.chronology.db.Sql;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@QuarkusTest
class IngestTest {

  @Inject ArticleIngestService ingest;
  @Inject EntityManagerFactory emf;

  /**
   * The folders here hold files named as a user's would be (a.txt, batch-3.txt …), not "test-…":
   * their articles go, or a later full re-extraction in another test would give them events that
   * tests reading every event take for the seed corpus's.
   */
  @AfterEach
  void removeArticlesOfTheFolders() {
    Sql.inTransaction(
        em -> {
          String mine = "source similar to '(a|c|d|e|batch-[0-9]+)[.]txt'";
          em.createNativeQuery(
                  "delete from event e where exists (select 1 from mention m join article a on"
                      + " a.id = m.article_id where m.event_id = e.id and a."
                      + mine
                      + ") and not exists (select 1 from mention m join article a on a.id ="
                      + " m.article_id where m.event_id = e.id and not a."
                      + mine
                      + ")")
              .executeUpdate();
          em.createNativeQuery("delete from article where " + mine).executeUpdate();
        });
  }

  @Test
  void seedCorpusIsStoredByteForByteAndReingestingAddsNothing() throws IOException {
    List<IngestOutcome> again = ingest.ingestFolder(Path.of("corpus"));
    assertEquals(5, again.size());
    assertTrue(
        again.stream().allMatch(o -> o.result() == IngestOutcome.Result.DUPLICATE),
        "a second ingest of the same folder stores nothing: " + again);
    for (IngestOutcome o : again) {
      String stored =
          QuarkusTransaction.requiringNew()
              .call(() -> Article.<Article>findById(o.articleId()).text);
      assertEquals(Files.readString(Path.of("corpus", o.source()), StandardCharsets.UTF_8), stored);
    }
  }

  @Test
  void oneBadFileDoesNotStopTheOthersAndIsKept(@TempDir Path dir) throws IOException {
    String unique = UUID.randomUUID().toString();
    Files.writeString(dir.resolve("a.txt"), "زار وزير الخارجية أنقرة أمس. " + unique);
    Files.write(dir.resolve("b.txt"), new byte[] {(byte) 0xC3, 0x28, 0, 0, 1, 2, (byte) 0xFF});
    Files.writeString(dir.resolve("c.txt"), "وقع البلدان اتفاقية للطاقة في العام 2019. " + unique);
    Files.writeString(
        dir.resolve("c.meta.json"),
        "{\"published\": \"2019-06-01\", \"outlet\": \"المصدر\", \"url\": \"https://example.org/c\"}");
    Files.writeString(dir.resolve("d.txt"), "نص ثالث عن القمة الثلاثية في باكو. " + unique);
    Files.writeString(dir.resolve("d.meta.json"), "{not json");
    Files.writeString(dir.resolve("notes.md"), "ignored: not a .txt file");

    Map<String, IngestOutcome> out =
        ingest.ingestFolder(dir).stream()
            .collect(Collectors.toMap(IngestOutcome::source, Function.identity()));

    assertEquals(4, out.size());
    assertEquals(IngestOutcome.Result.NEW, out.get("a.txt").result());
    assertEquals(IngestOutcome.Result.REJECTED, out.get("b.txt").result());
    assertNotNull(out.get("b.txt").reason());
    assertEquals(IngestOutcome.Result.NEW, out.get("c.txt").result());
    assertEquals(
        IngestOutcome.Result.NEW, out.get("d.txt").result(), "a broken sidecar is ignored");

    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              Article c = Article.findById(out.get("c.txt").articleId());
              assertEquals(LocalDate.of(2019, 6, 1), c.publishedOn);
              assertEquals("metadata", c.publishedOnSource);
              assertEquals("المصدر", c.outlet);
              assertEquals("https://example.org/c", c.url);
              assertEquals(1, IngestRejection.count("source", "b.txt"));
              IngestRejection r = IngestRejection.find("source", "b.txt").firstResult();
              assertEquals(7, r.rawBytes.length, "the rejected bytes are kept");
            });
  }

  @Test
  void aGroupOfFilesIsStoredInOneGoWithTheOutcomesOfSingleFiles(@TempDir Path dir)
      throws IOException {
    String unique = UUID.randomUUID().toString();
    Files.writeString(dir.resolve("a.txt"), "استقبل الرئيس وفدا برلمانيا أمس. " + unique);
    Files.write(
        dir.resolve("bad-group.txt"), new byte[] {(byte) 0xC3, 0x28, 0, 0, 1, 2, (byte) 0xFE});
    Files.writeString(dir.resolve("c.txt"), "استقبل الرئيس وفدا برلمانيا أمس. " + unique);
    Files.copy(
        Path.of("corpus").resolve(ingest.listFolder(Path.of("corpus")).get(0).getFileName()),
        dir.resolve("d.txt"));
    Files.writeString(dir.resolve("e.txt"), "أعلنت الحكومة عن زيارة مرتقبة. " + unique);
    Files.writeString(dir.resolve("e.meta.json"), "{\"published\": \"2020-03-04\"}");
    ingest.ingestFolder(Path.of("corpus"));

    List<IngestOutcome> out =
        ingest.storeAll(ingest.listFolder(dir).stream().map(ingest::read).toList());

    assertEquals(
        List.of("a.txt", "bad-group.txt", "c.txt", "d.txt", "e.txt"),
        out.stream().map(IngestOutcome::source).toList(),
        "in the files' order");
    assertEquals(IngestOutcome.Result.NEW, out.get(0).result());
    assertEquals(IngestOutcome.Result.REJECTED, out.get(1).result());
    assertNotNull(out.get(1).reason());
    assertEquals(
        IngestOutcome.Result.DUPLICATE, out.get(2).result(), "the same text twice in one group");
    assertEquals(out.get(0).articleId(), out.get(2).articleId());
    assertEquals(IngestOutcome.Result.DUPLICATE, out.get(3).result(), "an article stored before");
    assertEquals(IngestOutcome.Result.NEW, out.get(4).result());
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              Article e = Article.findById(out.get(4).articleId());
              assertEquals(LocalDate.of(2020, 3, 4), e.publishedOn);
              assertEquals("metadata", e.publishedOnSource);
              assertEquals(1, IngestRejection.count("source", "bad-group.txt"));
            });
    assertTrue(
        ingest.storeAll(ingest.listFolder(dir).stream().map(ingest::read).toList()).stream()
            .allMatch(o -> o.result() != IngestOutcome.Result.NEW),
        "a second time stores nothing");
  }

  /**
   * Article ids come from a sequence (V19), so a group's new articles are inserted in one batch,
   * not one statement per article as identity ids made them.
   */
  @Test
  void aGroupsNewArticlesAreInsertedInOneBatch(@TempDir Path dir) throws IOException {
    String unique = UUID.randomUUID().toString();
    int files = 20;
    for (int i = 0; i < files; i++) {
      Files.writeString(
          dir.resolve("batch-" + i + ".txt"),
          "استقبل الرئيس وفدا برلمانيا أمس. " + i + " " + unique);
    }
    List<ArticleIngestService.ReadFile> read =
        ingest.listFolder(dir).stream().map(ingest::read).toList();
    Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
    stats.clear();

    List<IngestOutcome> out = ingest.storeAll(read);

    long statements = stats.getPrepareStatementCount();
    assertEquals(files, out.stream().filter(o -> o.result() == IngestOutcome.Result.NEW).count());
    assertEquals(files, out.stream().map(IngestOutcome::articleId).distinct().count());
    assertTrue(
        statements < files / 2,
        statements + " statements for " + files + " new articles: their inserts are not batched");
  }
}
