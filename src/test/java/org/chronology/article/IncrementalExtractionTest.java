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
import org.chronology.bench.SyntheticArticles;
import org.chronology.db.Sql;
import org.chronology.event.service.ReextractionService;
import org.chronology.extraction.EventExtractor;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new article extracts only itself and merges into the stored events through the candidate
 * lookup; the result is the one a full re-extraction gives.
 */
@QuarkusTest
class IncrementalExtractionTest {

  @Inject ArticleService articles;
  @Inject ReextractionService extraction;
  @Inject EntityManagerFactory emf;

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
    String storedMentions =
        Sql.call(
            em ->
                String.valueOf(
                    em.createNativeQuery("select string_agg(id::text, ',') from mention")
                        .getSingleResult()));
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
    // The events they joined kept their other mentions as they were (same rows), not re-inserted.
    String kept = mentionsOfOthers(ids);
    assertTrue(!kept.isEmpty(), "events shared with stored articles");
    for (String m : kept.split(",")) {
      assertTrue(
          ("," + storedMentions + ",").contains("," + m + ","),
          "mention " + m + " of a stored article was kept, not inserted again");
    }

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

  /**
   * A folder import merges its articles in batches, several per transaction: every article is still
   * stored and extracted, every unreadable file recorded as rejected, and the events are those of a
   * full re-extraction, as when the articles are merged one per transaction.
   */
  @Test
  void aFolderMergedInBatchesKeepsEveryArticleAndRejectionAndEqualsAFullRun(@TempDir Path dir)
      throws IOException {
    extraction.reextractAll();
    String run = UUID.randomUUID().toString();
    int articlesWritten = 0;
    // Copies of the seed articles join the stored events; the held-out and synthetic articles
    // bring their own. More than one batch in all.
    try (Stream<Path> seed = Files.list(Path.of("corpus"));
        Stream<Path> heldOut = Files.list(Path.of("src/test/resources/heldout/articles"))) {
      for (Path f :
          Stream.concat(seed, heldOut).filter(p -> p.toString().endsWith(".txt")).toList()) {
        Files.writeString(
            dir.resolve("test-" + f.getFileName()),
            Files.readString(f, StandardCharsets.UTF_8) + "\n" + run + "\n");
        articlesWritten++;
      }
    }
    SyntheticArticles writer = new SyntheticArticles(UUID.randomUUID().getMostSignificantBits());
    for (int i = 0; articlesWritten < 2 * ArticleMerges.BATCH + 3; i++, articlesWritten++) {
      Files.writeString(dir.resolve("test-synthetic-" + i + "-" + run + ".txt"), writer.article(i));
    }
    Files.write(dir.resolve("test-empty-" + run + ".txt"), new byte[0]);
    Files.write(dir.resolve("test-binary-" + run + ".txt"), new byte[] {0x50, 0x4b, 3, 4, 0, 0, 1});

    Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
    stats.clear();
    ArticleService.BulkReport r = articles.addFolder(dir);
    long statements = stats.getPrepareStatementCount();
    long inserts = stats.getEntityInsertCount();
    // A load-independent figure of a bulk run for docs/benchmarks.md (not asserted).
    System.out.printf(
        "Folder of %d articles: %d statements, %d entity inserts (%.1f and %.1f per article)%n",
        articlesWritten,
        statements,
        inserts,
        statements / (double) articlesWritten,
        inserts / (double) articlesWritten);

    List<Long> stored = TestArticles.stored(r);
    assertEquals(articlesWritten, stored.size(), r.outcomes().toString());
    assertEquals(2, r.count(IngestOutcome.Result.REJECTED), r.outcomes().toString());
    for (IngestOutcome o : r.outcomes()) {
      if (o.result() == IngestOutcome.Result.REJECTED) {
        assertNotNull(o.reason(), o.toString());
      }
    }
    assertEquals(articlesWritten, r.extracted(), r.toString());
    assertEquals(0, r.failed(), r.toString());
    for (long id : stored) {
      assertEquals("done", TestArticles.state(id)[0], "article " + id + " extracted");
    }
    assertTrue(
        stored.stream().mapToLong(TestArticles::events).sum() > 0, "the articles have events");
    // Each article's stored extraction, its JSON made on the extraction threads, is what the
    // merge itself encodes of the article's events.
    EventExtractor extractor = extraction.extractor();
    for (long id : stored) {
      Article a = Sql.call(em -> em.find(Article.class, id));
      String expected =
          extraction.storedForm(extractor, extractor.extract(ReextractionService.text(a)));
      assertNotNull(expected, "this extractor's output is kept");
      assertEquals(
          expected,
          Sql.text("select events from article_extraction where article_id = ?1", id),
          "article " + id + "'s stored extraction");
    }

    List<String> batched = TestArticles.snapshot();
    extraction.reextractAll();
    assertEquals(TestArticles.snapshot(), batched, "batched merges equal a full re-extraction");
  }

  /**
   * An upload naming a popular state shared by many events of its week (each a visit between that
   * state and another) merges without touching them: the merge rule needs a shared person or two
   * shared names, so they are not candidates, their articles are not extracted again and the events
   * are not written; the result is still that of a full re-extraction.
   */
  /** Each event the given articles (ids joined by commas) report, with when it was last written. */
  private static final String EVENTS_WRITTEN =
      "select string_agg(e.id || ':' || e.updated_at, ',' order by e.id) from event e where exists"
          + " (select 1 from mention m where m.event_id = e.id and m.article_id ="
          + " any(cast(string_to_array(?1, ',') as bigint[])))";

  @Test
  void anUploadNamingAPopularStateTouchesOnlyTheEventsItMayMergeWith() {
    extraction.reextractAll();
    String run = UUID.randomUUID().toString();
    java.time.LocalDate day = java.time.LocalDate.of(2022, 10, 5);
    String[] countries = {
      "مصر",
      "الأردن",
      "المغرب",
      "تونس",
      "الجزائر",
      "قطر",
      "الكويت",
      "البحرين",
      "اليمن",
      "العراق",
      "لبنان",
      "تركيا",
      "فرنسا",
      "ألمانيا",
      "إيطاليا",
      "إسبانيا",
      "اليونان",
      "قبرص",
      "روسيا",
      "الصين",
      "اليابان",
      "الهند",
      "البرازيل",
      "كندا",
      "أستراليا",
      "النمسا",
      "هولندا",
      "بلجيكا",
      "السويد",
      "النرويج"
    };
    List<Long> crowd = new ArrayList<>();
    for (int i = 0; i < countries.length; i++) {
      String text =
          "زار وفد من "
              + countries[i]
              + " إسرائيل أمس وبحث مع المسؤولين في إسرائيل التعاون.\n"
              + run
              + "\n";
      IngestOutcome o =
          articles.add(
              "test-crowd-" + i + "-" + run,
              text.getBytes(StandardCharsets.UTF_8),
              new Sidecar(day.plusDays(i % 3), null, null, null));
      crowd.add(o.articleId());
    }
    String crowdIds = crowd.stream().map(String::valueOf).collect(Collectors.joining(","));
    String upload =
        "زار وزير الدفاع الإسرائيلي بيني غانتس باكو أمس والتقى الرئيس الأذربيجاني إلهام علييف.\n"
            + run
            + "\n";
    // Every crowd event names the state the upload names, in its date window: all of them were
    // candidates of the look-up by any shared name.
    String names =
        Sql.text(
            "select string_agg(distinct a, '|') from mention m,"
                + " unnest(m.merge_actors) a where m.article_id ="
                + " any(cast(string_to_array(?1, ',') as bigint[]))",
            crowdIds);
    System.out.println("Crowd names: " + names);
    long crowdEvents =
        Sql.number(
            "select count(distinct event_id) from mention where article_id ="
                + " any(cast(string_to_array(?1, ',') as bigint[]))",
            crowdIds);
    String crowdWritten = Sql.text(EVENTS_WRITTEN, crowdIds);

    Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
    stats.clear();
    long extractedBefore = extraction.othersExtracted();
    IngestOutcome o =
        articles.add(
            "test-popular-" + run,
            upload.getBytes(StandardCharsets.UTF_8),
            new Sidecar(day, null, null, null));
    long statements = stats.getPrepareStatementCount();
    long updates = stats.getEntityUpdateCount();
    long others = extraction.othersExtracted() - extractedBefore;
    System.out.printf(
        "Upload naming a state of %d events: %d other articles extracted again, %d statements,"
            + " %d entity updates%n",
        crowdEvents, others, statements, updates);
    assertEquals("done", TestArticles.state(o.articleId())[0]);
    assertTrue(TestArticles.events(o.articleId()) > 0, "the upload has events");
    assertTrue(crowdEvents >= countries.length / 2, "a crowd of events: " + crowdEvents);
    // What it may touch: the events it joined (a seed article may report the same visit) and
    // their other articles, never the crowd's.
    long joined =
        Sql.number(
            "select count(distinct n.article_id) from mention m join mention n on n.event_id ="
                + " m.event_id where m.article_id = ?1 and n.article_id <> ?1",
            o.articleId());
    long crowdJoined =
        Sql.number(
            "select count(*) from mention m join mention n on n.event_id = m.event_id where"
                + " m.article_id = ?1 and n.article_id = any(cast(string_to_array(?2, ',') as"
                + " bigint[]))",
            o.articleId(),
            crowdIds);
    assertEquals(0, crowdJoined, "the upload joined no crowd event");
    assertTrue(others <= joined, others + " other articles extracted again, " + joined + " joined");
    assertTrue(updates <= joined, updates + " events written, " + joined + " joined");
    assertEquals(
        crowdWritten, Sql.text(EVENTS_WRITTEN, crowdIds), "the crowd's events are as they were");
    assertTrue(statements < 40, statements + " statements");

    List<String> incremental = TestArticles.snapshot();
    extraction.reextractAll();
    assertEquals(TestArticles.snapshot(), incremental, "incremental equals a full re-extraction");
  }

  @Test
  void anUploadJoinsTheEventOfOnePersonSpeltAnotherWay() {
    extraction.reextractAll();
    String run = UUID.randomUUID().toString();
    java.time.LocalDate day = java.time.LocalDate.of(2019, 3, 12);
    long first =
        articles
            .add(
                "test-spelt-1-" + run,
                ("صرح المبعوث كريستوفر لانداو أمس بأن المحادثات ستستمر.\n" + run + "\n")
                    .getBytes(StandardCharsets.UTF_8),
                new Sidecar(day, null, null, null))
            .articleId();
    long second =
        articles
            .add(
                "test-spelt-2-" + run,
                ("صرح المبعوث كريستوفر لاندو أمس بأن المحادثات ستستمر.\n" + run + "\n")
                    .getBytes(StandardCharsets.UTF_8),
                new Sidecar(day, null, null, null))
            .articleId();
    // The two reports of one statement share no name: only one person spelt two ways. The merger
    // joins them, so the look-up must find the first one's event for the second.
    long shared =
        Sql.number(
            "select count(*) from mention m join mention n on n.event_id = m.event_id"
                + " where m.article_id = ?1 and n.article_id = ?2",
            first,
            second);
    assertEquals(1, shared, "one event reported by both articles");
    List<String> incremental = TestArticles.snapshot();
    extraction.reextractAll();
    assertEquals(TestArticles.snapshot(), incremental, "incremental equals a full re-extraction");
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

  @Test
  void idsFromTheSequencesNeverMeetIdsTakenBySql() throws IOException {
    // 500 at a time (V25), as the entities' allocation sizes say.
    assertEquals(
        500L,
        Sql.number("select increment_by from pg_sequences where sequencename = 'event_id_seq'"));
    assertEquals(
        500L,
        Sql.number("select increment_by from pg_sequences where sequencename = 'mention_id_seq'"));
    String run = UUID.randomUUID().toString();
    List<Long> bySql = new ArrayList<>();
    List<Long> merged = new ArrayList<>();
    // Rows inserted by SQL (the column default) between merges, which take ids 500 at a time.
    for (int i = 0; i < 3; i++) {
      bySql.add(
          Sql.number(
              "insert into event (type, title, status, date_precision) values ('other',"
                  + " 'test-"
                  + run
                  + "', 'reported', 'unknown') returning id"));
      String text =
          "زار وزير الدفاع الإسرائيلي باكو أمس والتقى الرئيس الأذربيجاني.\n" + run + i + "\n";
      IngestOutcome o =
          articles.add(
              "test-seq-" + run + "-" + i, text.getBytes(StandardCharsets.UTF_8), Sidecar.EMPTY);
      assertEquals("done", TestArticles.state(o.articleId())[0]);
      merged.addAll(
          Sql.call(
              em ->
                  em.createNativeQuery(
                          "select distinct event_id from mention where article_id = ?1", Long.class)
                      .setParameter(1, o.articleId())
                      .getResultList()));
    }
    Sql.update("delete from event where title = ?1", "test-" + run);
    assertTrue(!merged.isEmpty(), "the merges stored events");
    for (long id : bySql) {
      assertTrue(!merged.contains(id), "id " + id + " taken by SQL is no merged event's");
    }
  }

  /** The mentions (id) of articles other than {@code ids} in events shared with them. */
  private static String mentionsOfOthers(List<Long> ids) {
    return Sql.call(
        em ->
            String.valueOf(
                em.createNativeQuery(
                        "select coalesce(string_agg(m.id::text, ',' order by m.id), '') from"
                            + " mention m where m.article_id <> all(cast(string_to_array(?1,"
                            + " ',') as bigint[])) and exists (select 1 from mention n where"
                            + " n.event_id = m.event_id and n.article_id ="
                            + " any(cast(string_to_array(?1, ',') as bigint[])))")
                    .setParameter(
                        1, ids.stream().map(String::valueOf).collect(Collectors.joining(",")))
                    .getSingleResult()));
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
