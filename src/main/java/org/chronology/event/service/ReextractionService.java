package org.chronology.event.service;

import io.micrometer.core.annotation.Timed;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.chronology.actor.ActorService;
import org.chronology.article.Article;
import org.chronology.event.Event;
import org.chronology.event.Mention;
import org.chronology.event.SearchText;
import org.chronology.extraction.ArticleText;
import org.chronology.extraction.EventCluster;
import org.chronology.extraction.EventExtractor;
import org.chronology.extraction.ExtractedEvent;
import org.chronology.revision.RevisionService;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Turns articles into stored events: the whole corpus at once ({@link #reextractAll}, the reference
 * result) or one article at a time ({@link #mergeArticle}, incremental: the article's events merge
 * into the stored ones found by {@link CandidateLookup}, never re-reading every article). Both
 * reconcile through {@link Reconciler}, so editors' work is kept the same way, and both write under
 * a PostgreSQL advisory lock (one writer of merged events at a time, across instances), while
 * extraction itself runs outside any lock or transaction.
 */
@ApplicationScoped
public class ReextractionService {

  private static final Logger LOG = Logger.getLogger(ReextractionService.class);

  /** Who re-extraction's changes to editors' events are recorded as, in their history. */
  public static final String MACHINE = "extractor";

  /** Transaction-level advisory lock held while merged events are written. */
  public static final long MERGE_LOCK = 0x4348524f4e4f4c01L;

  private final ExtractorProducer extractors;
  private final ActorService actors;
  private final Reconciler reconciler;

  /**
   * Articles other than the merged ones whose events a merge extracted again (not found in the
   * run's cache) since start: what an upload's merge costs beyond the article itself.
   */
  private final AtomicLong othersExtracted = new AtomicLong();

  /** Interactive writers before bulk batches at the merge lock, in this instance. */
  private final MergeTurns turns = new MergeTurns();

  public ReextractionService(
      ExtractorProducer extractors, ActorService actors, RevisionService revisions) {
    this.extractors = extractors;
    this.actors = actors;
    this.reconciler = new Reconciler(actors, revisions);
  }

  /**
   * One article's freshly extracted events, to merge; {@code stored}: their stored form ({@link
   * #storedForm}) when the extraction thread already made it, or null (made when it is written).
   */
  public record Extracted(long articleId, List<ExtractedEvent> events, String stored) {

    public Extracted(long articleId, List<ExtractedEvent> events) {
      this(articleId, events, null);
    }
  }

  /** What one run changed. */
  public record Report(
      int articles, int clusters, int created, int updated, int deleted, int keptForEditors) {

    public static final Report NONE = new Report(0, 0, 0, 0, 0, 0);
  }

  /** Who goes first at the merge lock in this instance (tests hold a batch until one waits). */
  public MergeTurns turns() {
    return turns;
  }

  /**
   * How many other articles merges have extracted again since start (see {@link #mergeArticle}).
   */
  public long othersExtracted() {
    return othersExtracted.get();
  }

  /**
   * What a merge stores of these events for later merges (their JSON), or null when this
   * extractor's output is not kept. Plain work on the events: a bulk run asks for it on its
   * extraction threads, so that the merging thread, which every batch waits for, does not encode.
   */
  public String storedForm(EventExtractor extractor, List<ExtractedEvent> events) {
    return extractors.made(extractor) == null ? null : ExtractionCodec.encode(events);
  }

  /** The extractor over the current gazetteer (built once per run: it reads the actor table). */
  public EventExtractor extractor() {
    return extractors.current();
  }

  /** The version the current extractor stores on what it makes. */
  public int extractorVersion() {
    return extractors.version();
  }

  /** True when stored events were made by another extractor version, or never made at all. */
  public boolean needed() {
    return QuarkusTransaction.joiningExisting()
        .call(
            () -> {
              long articles = Article.count();
              if (articles == 0) {
                return false;
              }
              long stale =
                  Event.count(
                      "review = 'extracted' and extractorVersion is not null"
                          + " and extractorVersion <> ?1",
                      extractors.version());
              long withMentions =
                  Mention.find("select count(distinct m.article.id) from Mention m")
                      .project(Long.class)
                      .singleResult();
              return stale > 0 || Event.count() == 0 || withMentions == 0;
            });
  }

  /**
   * Extracts every article and merges them all at once: the reference result incremental extraction
   * is tested against, and what an administrator's full re-extraction converges to.
   */
  @Timed(value = "chronology.extraction", description = "Extraction runs over all articles")
  public Report reextractAll() {
    long t0 = System.nanoTime();
    EventExtractor extractor = extractors.current();
    List<Article> articles =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    Article.<Article>list("order by source, id").stream()
                        .map(ReextractionService::detached)
                        .toList());
    Map<ExtractedEvent, Long> articleOf = new IdentityHashMap<>();
    List<ExtractedEvent> extracted = new ArrayList<>();
    Map<Long, List<ExtractedEvent>> byArticle = new HashMap<>();
    for (Article a : articles) {
      List<ExtractedEvent> out = extractor.extract(text(a));
      byArticle.put(a.id, out);
      for (ExtractedEvent x : out) {
        articleOf.put(x, a.id);
        extracted.add(x);
      }
    }
    StoredExtractions.Made made = extractors.made(extractor);
    List<EventCluster> clusters = extractor.merge(extracted);
    Report report =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  lockMerge();
                  EntityManager em = Event.getEntityManager();
                  // Written by JDBC as a merge batch's rows (BatchWrites), never flushed: no
                  // automatic flush before the resolver's queries, no dirty check of every event.
                  em.setFlushMode(FlushModeType.COMMIT);
                  List<Event> existing =
                      Event.list("select distinct e from Event e left join fetch e.mentions");
                  // Their actors and aliases in two round trips, not a query per event when its
                  // state is taken and its search text made.
                  Event.list(
                      "select distinct e from Event e left join fetch e.actors ea"
                          + " left join fetch ea.actor");
                  MergeBatch.fetchAliases(existing);
                  ActorService.Resolver resolver = actors.resolver();
                  resolver.prefetch(extracted.stream().flatMap(x -> x.actors().stream()).toList());
                  BatchWrites writes = new BatchWrites(em);
                  writes.read(existing);
                  Report r =
                      reconciler.reconcile(
                          extractor,
                          clusters,
                          existing,
                          articleOf,
                          articles.size(),
                          resolver,
                          new ArrayList<>(),
                          writes);
                  writes.finish(resolver);
                  em.unwrap(Session.class).setHibernateFlushMode(FlushMode.MANUAL);
                  markDone(articles.stream().map(a -> a.id).toList(), extractor.version());
                  if (made != null) {
                    StoredExtractions.write(em, made, byArticle, Map.of());
                  }
                  return r;
                });
    LOG.infof(
        "Extraction v%d over %d articles: %d events (%d new, %d updated, %d removed, %d kept for"
            + " editors) in %d ms",
        extractor.version(),
        report.articles(),
        report.clusters(),
        report.created(),
        report.updated(),
        report.deleted(),
        report.keptForEditors(),
        (System.nanoTime() - t0) / 1_000_000);
    return report;
  }

  /**
   * Merges one article's freshly extracted events into the stored ones, in one transaction, and
   * marks the article done. The scope is the article's own stored events and the candidates of each
   * new event; the other articles' sentences of those events are extracted again (or taken from
   * {@code cache}, a bulk run's results) so that the merge sees what a full run would.
   *
   * @param cache extracted events by article id, filled as other articles are read (may be shared
   *     by one run, never across extractor versions)
   */
  public Report mergeArticle(
      EventExtractor extractor,
      long articleId,
      List<ExtractedEvent> fresh,
      Map<Long, List<ExtractedEvent>> cache) {
    return mergeArticle(extractor, articleId, fresh, cache, false);
  }

  /**
   * {@link #mergeArticle(EventExtractor, long, List, Map)}; {@code deferred}: a background run's,
   * whose commit leaves the data version to its {@link DataVersionPublisher}.
   */
  public Report mergeArticle(
      EventExtractor extractor,
      long articleId,
      List<ExtractedEvent> fresh,
      Map<Long, List<ExtractedEvent>> cache,
      boolean deferred) {
    return mergeArticles(extractor, List.of(new Extracted(articleId, fresh)), cache, deferred);
  }

  /**
   * Merges several articles one after the other in one transaction: each sees the events the
   * previous ones stored, exactly as in separate transactions, while the lock, the commit and the
   * actor look-ups are paid once. All or nothing: on an error the caller merges them again one by
   * one, so that one bad article fails alone. An interactive writer's (an upload, an edit): bulk
   * batches of this instance and of the others on the database give way to it ({@link
   * #mergeGivingWay}).
   */
  public Report mergeArticles(
      EventExtractor extractor, List<Extracted> articles, Map<Long, List<ExtractedEvent>> cache) {
    return mergeArticles(extractor, articles, cache, false);
  }

  /**
   * {@link #mergeArticles(EventExtractor, List, Map)}; {@code deferred}: a background run's (its
   * retry of one article), whose commit leaves the data version to its {@link
   * DataVersionPublisher}.
   */
  public Report mergeArticles(
      EventExtractor extractor,
      List<Extracted> articles,
      Map<Long, List<ExtractedEvent>> cache,
      boolean deferred) {
    return turns.interactive(
        () -> mergeInTransaction(extractor, articles, cache, deferred, false, null, null).last());
  }

  /**
   * A bulk run's batch ({@link #mergeArticles}) that gives way to interactive writers: the articles
   * are merged in order in one transaction until all are or, after an article, an interactive
   * writer of this instance ({@link MergeTurns}) or of another instance on the database ({@link
   * GiveWay#INTERACTIVE_LOCK}) waits for the merge lock; what is merged is then committed, and the
   * caller merges the rest in a next call, which first lets the interactive writers go. Returns how
   * many articles, from the first, this transaction took (merged, or gone from the database).
   * {@code afterArticle}: run in the transaction after each article (tests hold a batch there); may
   * be null.
   */
  public int mergeGivingWay(
      EventExtractor extractor,
      List<Extracted> articles,
      Map<Long, List<ExtractedEvent>> cache,
      boolean deferred,
      Runnable afterArticle) {
    return mergeGivingWay(extractor, articles, cache, deferred, null, afterArticle);
  }

  /**
   * {@link #mergeGivingWay(EventExtractor, List, Map, boolean, Runnable)}, which may also give way
   * before its first article: at its start, once it holds the locks, and between the statements
   * that read the batch's stored events (then it returns 0, having written nothing). {@code
   * atStart}: run in the transaction once it holds the locks, before that first check (tests hold a
   * batch there); may be null.
   */
  public int mergeGivingWay(
      EventExtractor extractor,
      List<Extracted> articles,
      Map<Long, List<ExtractedEvent>> cache,
      boolean deferred,
      Runnable atStart,
      Runnable afterArticle) {
    turns.awaitNoInteractive();
    return mergeInTransaction(extractor, articles, cache, deferred, true, atStart, afterArticle)
        .taken();
  }

  /** What one merge transaction did: articles taken from the first, the last one's report. */
  private record Merged(int taken, Report last) {}

  private Merged mergeInTransaction(
      EventExtractor extractor,
      List<Extracted> articles,
      Map<Long, List<ExtractedEvent>> cache,
      boolean deferred,
      boolean giveWay,
      Runnable atStart,
      Runnable afterArticle) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              EntityManager em = Event.getEntityManager();
              if (deferred) {
                DataVersionPublisher.deferInTransaction(em);
              }
              // Interactive writers (of any instance) before batches: see GiveWay.INTERACTIVE_LOCK.
              GiveWay.lockTurn(!giveWay);
              lockMerge();
              GiveWay way = new GiveWay(turns, em, giveWay);
              if (atStart != null) {
                atStart.run();
              }
              // A batch gives way before its read too (3–8 s of statements at a million events
              // under load): nothing is written yet, so the transaction just ends.
              if (way.waiting()) {
                return new Merged(0, Report.NONE);
              }
              // While interactive writers were seen recently: fewer articles, each one's changes
              // flushed after it, so that the next upload waits for one article, not a batch.
              List<Extracted> taking = way.taking(articles);
              // Flushed at the commit: each article's scope is chosen in memory (MergeBatch), so no
              // query needs the batch's writes, and an automatic flush before every query (actor
              // look-ups, marking done) would dirty-check the whole batch each time. The actors
              // it makes are found by later look-ups through the resolver, which keeps them.
              em.setFlushMode(FlushModeType.COMMIT);
              ActorService.Resolver resolver = actors.resolver();
              // The stored actors of the names extracted (with their aliases), in one round trip
              // instead of one per name.
              resolver.prefetch(
                  taking.stream()
                      .flatMap(a -> a.events().stream())
                      .flatMap(x -> x.actors().stream())
                      .toList());
              MergeBatch batch = new MergeBatch(em, taking, way::waiting);
              if (batch.abandoned()) {
                return new Merged(0, Report.NONE);
              }
              // Extractions made here (the merged articles' and the other articles' extracted
              // again) are kept for later merges; null: this extractor's output is not kept.
              KeptExtractions kept =
                  new KeptExtractions(extractors.made(extractor), new HashMap<>(), new HashMap<>());
              Report last = Report.NONE;
              List<Long> merged = new ArrayList<>();
              int taken = 0;
              for (Extracted a : taking) {
                if (taken > 0 && way.waiting()) {
                  break;
                }
                last = merge(extractor, a.articleId(), a.events(), cache, resolver, batch, kept);
                taken++;
                if (last != null) {
                  merged.add(a.articleId());
                  kept.add(a.articleId(), a.events(), a.stored());
                }
                way.afterArticle(
                    taken < taking.size(), () -> batch.created().writeStored(resolver));
                if (afterArticle != null) {
                  afterArticle.run();
                }
              }
              // Written by JDBC, and the session emptied: what follows is plain SQL, so the commit
              // has nothing to flush, and no dirty check of every entity the batch holds is run.
              batch.created().finish(resolver);
              em.unwrap(Session.class).setHibernateFlushMode(FlushMode.MANUAL);
              markDone(merged, extractor.version());
              if (kept.made() != null) {
                StoredExtractions.write(em, kept.made(), kept.byArticle(), kept.encoded());
              }
              return new Merged(taken, last == null ? Report.NONE : last);
            });
  }

  private Report merge(
      EventExtractor extractor,
      long articleId,
      List<ExtractedEvent> fresh,
      Map<Long, List<ExtractedEvent>> cache,
      ActorService.Resolver resolver,
      MergeBatch batch,
      KeptExtractions kept) {
    Article article = batch.article(articleId);
    if (article == null) {
      return null;
    }
    List<Event> scope = batch.scope(articleId, fresh);
    // Which sentences of other articles belong to the events in scope: machine events by
    // their own sentence, type and trigger; editors' events by sentence.
    Map<Long, Set<String>> wanted = new HashMap<>();
    for (Event e : scope) {
      for (Mention m : e.mentions) {
        long other = m.article.id;
        if (other == articleId) {
          continue;
        }
        if (!e.machineOnly()) {
          wanted.computeIfAbsent(other, k -> new HashSet<>()).add("s" + m.sentenceStart);
        } else if (m.mergeType != null) {
          wanted
              .computeIfAbsent(other, k -> new HashSet<>())
              .add(key(m.sentenceStart, m.mergeType, m.triggerStart));
        }
      }
    }
    List<Article> involved = new ArrayList<>();
    involved.add(article);
    if (!wanted.isEmpty()) {
      involved.addAll(batch.articles(wanted.keySet()));
      if (kept.made() != null) {
        // The other articles' stored extractions, in one statement, before any is extracted again.
        List<Long> unread = wanted.keySet().stream().filter(id -> !cache.containsKey(id)).toList();
        cache.putAll(StoredExtractions.read(Event.getEntityManager(), unread, kept.made()));
      }
    }
    // The same order as a full run: by source, then id.
    involved.sort(Comparator.comparing((Article a) -> a.source).thenComparing(a -> a.id));
    Map<ExtractedEvent, Long> articleOf = new IdentityHashMap<>();
    List<ExtractedEvent> all = new ArrayList<>();
    for (Article a : involved) {
      if (a.id == articleId) {
        for (ExtractedEvent x : fresh) {
          articleOf.put(x, a.id);
          all.add(x);
        }
        continue;
      }
      Set<String> keys = wanted.get(a.id);
      for (ExtractedEvent x : cached(extractor, a, cache, kept)) {
        int s = x.evidence().sentence().start();
        Integer trigger = x.evidence().trigger() == null ? null : x.evidence().trigger().start();
        if (keys.contains("s" + s) || keys.contains(key(s, x.type().code(), trigger))) {
          articleOf.put(x, a.id);
          all.add(x);
        }
      }
    }
    Report r =
        reconciler.reconcile(
            extractor,
            extractor.merge(all),
            scope,
            articleOf,
            1,
            resolver,
            batch.events(),
            batch.created());
    if (LOG.isDebugEnabled()) {
      LOG.debugf(
          "Article %d merged: %d events in scope, %d other articles, %d extracted again since"
              + " start; %d clusters, %d new, %d updated, %d removed",
          articleId,
          scope.size(),
          involved.size() - 1,
          othersExtracted.get(),
          r.clusters(),
          r.created(),
          r.updated(),
          r.deleted());
    }
    return r;
  }

  /** Records that an article's extraction did not finish, with the reason. */
  public void markFailed(long articleId, String reason) {
    markFailed(articleId, reason, false);
  }

  /** {@link #markFailed(long, String)}; {@code deferred}: a background run's (see above). */
  public void markFailed(long articleId, String reason, boolean deferred) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              if (deferred) {
                DataVersionPublisher.deferInTransaction(Article.getEntityManager());
              }
              Article.getEntityManager()
                  .createNativeQuery(
                      "update article set extraction_state = 'failed', extraction_error = ?1,"
                          + " extracted_at = now() where id = ?2")
                  .setParameter(1, reason)
                  .setParameter(2, articleId)
                  .executeUpdate();
            });
  }

  /** What the extractor reads of an article: its text, date and the outlet that published it. */
  public static ArticleText text(Article a) {
    return new ArticleText(a.source, a.text, a.publishedOn, a.outlet, a.url);
  }

  private List<ExtractedEvent> cached(
      EventExtractor extractor,
      Article a,
      Map<Long, List<ExtractedEvent>> cache,
      KeptExtractions kept) {
    List<ExtractedEvent> hit = cache.get(a.id);
    if (hit != null) {
      return hit;
    }
    List<ExtractedEvent> out;
    if ("failed".equals(a.extractionState)) {
      // An article whose extraction did not finish has no events to offer (and would not finish
      // now either).
      out = List.of();
    } else {
      out = extractor.extract(text(a));
      othersExtracted.incrementAndGet();
      kept.add(a.id, out, null);
    }
    cache.put(a.id, out);
    return out;
  }

  /** Marks articles done in one statement (a bulk batch's, once it is merged). */
  private static void markDone(List<Long> articleIds, int version) {
    if (articleIds.isEmpty()) {
      return;
    }
    Article.getEntityManager()
        .createNativeQuery(
            "update article set extraction_state = 'done', extraction_version = ?1,"
                + " extraction_error = null, extracted_at = now() where id = any(?2)")
        .setParameter(1, version)
        .setParameter(2, articleIds.toArray(Long[]::new))
        .executeUpdate();
  }

  private static void lockMerge() {
    Article.getEntityManager()
        .createNativeQuery("select pg_advisory_xact_lock(?1)")
        .setParameter(1, MERGE_LOCK)
        .getSingleResult();
  }

  private static Article detached(Article a) {
    Article copy = new Article();
    copy.id = a.id;
    copy.source = a.source;
    copy.text = a.text;
    copy.publishedOn = a.publishedOn;
    return copy;
  }

  private static String key(int sentenceStart, String type, Integer trigger) {
    return sentenceStart + ":" + type + ":" + trigger;
  }

  /** The normalised search text of an event (see {@link SearchText}). */
  public static String searchText(Event e) {
    return SearchText.of(e);
  }
}
