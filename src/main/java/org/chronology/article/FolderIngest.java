package org.chronology.article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.chronology.article.ingest.ArticleIngestService;
import org.chronology.article.ingest.IngestOutcome;
import org.jboss.logging.Logger;

/**
 * A corpus folder read into PostgreSQL, at start-up or by an import: files read and decoded on a
 * pool of {@code threads}, stored {@link #GROUP} per transaction, each file's failure its own.
 */
final class FolderIngest {

  private static final Logger LOG = Logger.getLogger(FolderIngest.class);

  /** Corpus files stored per transaction at start-up or by a folder import. */
  static final int GROUP = 64;

  private final ArticleIngestService ingest;
  private final int threads;

  FolderIngest(ArticleIngestService ingest, int threads) {
    this.ingest = ingest;
    this.threads = threads;
  }

  List<IngestOutcome> store(Path folder) {
    List<Path> files = ingest.listFolder(folder);
    long t0 = System.nanoTime();
    List<IngestOutcome> outcomes = new ArrayList<>(files.size());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      // Read and decoded on the pool, stored a group per transaction; the next group is read while
      // one is stored.
      BulkTicker ticker = new BulkTicker("ingest " + folder.getFileName(), files.size(), t0);
      List<CompletableFuture<ArticleIngestService.ReadFile>> next = readGroup(files, 0, pool);
      for (int from = 0; from < files.size(); from += GROUP) {
        List<CompletableFuture<ArticleIngestService.ReadFile>> group = next;
        next = readGroup(files, from + GROUP, pool);
        outcomes.addAll(ingest.storeAll(group.stream().map(CompletableFuture::join).toList()));
        ticker.tick(outcomes.size(), 0);
      }
      ticker.last(outcomes.size(), 0);
    } finally {
      pool.shutdown();
    }
    LOG.infof(
        "Folder %s: %d files, %d new, %d already stored, %d rejected",
        folder.toAbsolutePath(),
        outcomes.size(),
        outcomes.stream().filter(o -> o.result() == IngestOutcome.Result.NEW).count(),
        outcomes.stream().filter(o -> o.result() == IngestOutcome.Result.DUPLICATE).count(),
        outcomes.stream().filter(o -> o.result() == IngestOutcome.Result.REJECTED).count());
    return outcomes;
  }

  private List<CompletableFuture<ArticleIngestService.ReadFile>> readGroup(
      List<Path> files, int from, ExecutorService pool) {
    List<CompletableFuture<ArticleIngestService.ReadFile>> out = new ArrayList<>();
    for (Path f :
        files.subList(Math.min(from, files.size()), Math.min(from + GROUP, files.size()))) {
      // One file's failure (even an Error such as running out of memory) rejects that file only.
      out.add(
          CompletableFuture.supplyAsync(() -> ingest.read(f), pool)
              .exceptionally(
                  e -> {
                    LOG.errorf(e, "Reading %s failed", f);
                    return ArticleIngestService.ReadFile.done(
                        IngestOutcome.rejected(
                            f.getFileName().toString(), ArticleMerges.reason(e)));
                  }));
    }
    return out;
  }
}
