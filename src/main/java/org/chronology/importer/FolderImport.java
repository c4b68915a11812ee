package org.chronology.importer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.chronology.article.ArticleService;
import org.chronology.article.ingest.IngestOutcome;
import org.chronology.article.ingest.IngestOutcome.Result;
import org.chronology.event.query.SummaryCompactor;

/**
 * Imports a folder of articles ({@code *.txt}, saved web pages {@code *.html}) like the corpus at
 * start-up: read on all cores and stored a group per transaction, then every new article extracted
 * on the bulk pool and merged a batch per transaction ({@link ArticleService#addFolder}, whose
 * result equals a full re-extraction: IncrementalExtractionTest), with a progress bar; then a
 * report: every file with what happened to it, and the totals. Before, the command stored one file
 * at a time and merged the whole folder in one transaction, which outlived the transaction timeout
 * at 300 articles on a loaded machine (docs/benchmarks.md, "Folder import").
 */
@ApplicationScoped
public class FolderImport {

  static final int BAR = 30;

  /** How often the bar is redrawn while articles are extracted. */
  private static final long TICK_MS = 500;

  /** The files taken and what became of each. */
  public record Report(List<IngestOutcome> outcomes, Map<Result, Integer> totals) {}

  @Inject ArticleService articles;

  @Inject SummaryCompactor compactor;

  /** Imports {@code folder}; progress goes to {@code progress}, the report to {@code out}. */
  public Report run(Path folder, PrintStream out, PrintStream progress) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IOException("not a folder: " + folder.toAbsolutePath());
    }
    ScheduledExecutorService ticker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "import-progress");
              t.setDaemon(true);
              return t;
            });
    ArticleService.BulkReport bulk;
    try {
      ticker.scheduleAtFixedRate(
          () -> {
            ArticleService.Progress p = articles.progress();
            if (p.running() && p.total() > 0) {
              progress.print("\r" + bar(p.done() + p.failed(), p.total()) + " extracting");
              progress.flush();
            }
          },
          TICK_MS,
          TICK_MS,
          TimeUnit.MILLISECONDS);
      // No reader is served by this process: the summary is folded once, after the import.
      try (SummaryCompactor.Hold hold = compactor.holdAll()) {
        bulk = articles.addFolder(folder);
      }
    } finally {
      ticker.shutdownNow();
    }
    List<IngestOutcome> outcomes = bulk.outcomes();
    progress.println("\r" + bar(outcomes.size(), outcomes.size()) + "           ");
    Map<Result, Integer> totals = new EnumMap<>(Result.class);
    for (Result r : Result.values()) {
      totals.put(r, 0);
    }
    for (IngestOutcome o : outcomes) {
      totals.merge(o.result(), 1, Integer::sum);
      out.println(line(o));
    }
    if (bulk.failed() > 0) {
      out.printf("%d articles could not be extracted (see the log)%n", bulk.failed());
    }
    out.printf(
        "%d files: %d ingested, %d duplicate, %d rejected%n",
        outcomes.size(),
        totals.get(Result.NEW),
        totals.get(Result.DUPLICATE),
        totals.get(Result.REJECTED));
    return new Report(List.copyOf(outcomes), totals);
  }

  /** {@code [#######.......] 7/15} */
  static String bar(int done, int total) {
    int filled = total == 0 ? BAR : (int) ((long) done * BAR / total);
    return "["
        + "#".repeat(filled)
        + ".".repeat(BAR - filled)
        + "] "
        + String.format("%" + String.valueOf(Math.max(total, 1)).length() + "d/%d", done, total);
  }

  static String line(IngestOutcome o) {
    return switch (o.result()) {
      case NEW -> "ingested   " + o.source() + " (article " + o.articleId() + ")";
      case DUPLICATE -> "duplicate  " + o.source() + " (already article " + o.articleId() + ")";
      case REJECTED -> "rejected   " + o.source() + ": " + o.reason();
    };
  }
}
