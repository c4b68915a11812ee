package org.chronology.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.chronology.article.edit.ArticleEditService;
import org.chronology.article.ingest.IngestOutcome;
import org.chronology.article.ingest.Sidecar;
import org.chronology.db.Sql;
import org.chronology.event.service.ReextractionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A new article extracts only itself and merges into the stored events through the candidate
 * lookup; the result is the one a full re-extraction gives.
 */
@QuarkusTest
class IncrementalExtractionTest {

  @Inject ArticleService articles;
  @Inject ReextractionService extraction;

  @AfterEach
  void clean() {
    TestArticles.remove();
  }

  @Test
  void uploadingArticlesOneByOneGivesTheEventsOfAFullReextraction() throws IOException {
    extraction.reextractAll();
    String run = UUID.randomUUID().toString();
    // Copies of the seed articles report the seed's happenings (their events must merge into the
    // stored ones); the held-out articles bring happenings of their own.
    List<Path> files = new ArrayList<>();
    try (Stream<Path> seed = Files.list(Path.of("corpus"));
        Stream<Path> heldOut = Files.list(Path.of("src/test/resources/heldout/articles"))) {
      seed.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
      heldOut.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
    }
    Map<Long, Object> extractedAt = extractedAt();
    List<Long> ids = new ArrayList<>();
    for (Path f : files) {
      byte[] bytes =
          (Files.readString(f, StandardCharsets.UTF_8) + "\n" + run + "\n")
              .getBytes(StandardCharsets.UTF_8);
      IngestOutcome o = articles.add("test-" + f.getFileName(), bytes, Sidecar.EMPTY);
      assertEquals(IngestOutcome.Result.NEW, o.result(), o.toString());
      ids.add(o.articleId());
      if (ids.size() == 1) {
        Map<Long, Object> after = extractedAt();
        for (Map.Entry<Long, Object> e : extractedAt.entrySet()) {
          assertEquals(
              e.getValue(), after.get(e.getKey()), "article " + e.getKey() + " was not extracted");
        }
      }
    }
    for (long id : ids) {
      assertEquals("done", TestArticles.state(id)[0]);
    }
    assertTrue(sharedEvents(ids) > 0, "some new sentences joined events of other articles");

    List<String> incremental = TestArticles.snapshot();
    extraction.reextractAll();
    List<String> full = TestArticles.snapshot();
    assertEquals(full, incremental, "incremental extraction equals a full re-extraction");
  }

  @Test
  void editingAnArticlesDateExtractsItAloneAndKeepsTheStoreConsistent() {
    extraction.reextractAll();
    String run = UUID.randomUUID().toString();
    String text =
        "زار وزير الدفاع الإسرائيلي بيني غانتس باكو أمس والتقى الرئيس الأذربيجاني إلهام علييف.\n"
            + run
            + "\n";
    IngestOutcome o =
        articles.add(
            "test-edit-" + run + ".txt",
            text.getBytes(StandardCharsets.UTF_8),
            new Sidecar(java.time.LocalDate.of(2022, 10, 5), null, null, null));
    long version =
        QuarkusTransaction.requiringNew()
            .call(() -> Article.<Article>findById(o.articleId()).version);
    ArticleEditService.Outcome r =
        articles.editMetadata(
            new ArticleEditService.MetadataEdit(
                o.articleId(), version, "2022-10-07", "", "", null, "tester"));
    assertTrue(r.dateChanged());
    List<String> incremental = TestArticles.snapshot();
    extraction.reextractAll();
    assertEquals(TestArticles.snapshot(), incremental);
  }

  @SuppressWarnings("unchecked")
  private static Map<Long, Object> extractedAt() {
    Map<Long, Object> out = new HashMap<>();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (Object[] r :
                  (List<Object[]>)
                      Article.getEntityManager()
                          .createNativeQuery("select id, extracted_at from article")
                          .getResultList()) {
                out.put(((Number) r[0]).longValue(), r[1]);
              }
            });
    return out;
  }

  private static long sharedEvents(List<Long> ids) {
    return Sql.number(
        "select count(*) from event e where exists (select 1 from mention m where m.event_id = e.id"
            + " and m.article_id = any(cast(string_to_array(?1, ',') as bigint[]))) and exists"
            + " (select 1 from mention m where m.event_id = e.id and m.article_id <>"
            + " all(cast(string_to_array(?1, ',') as bigint[])))",
        ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
  }
}
