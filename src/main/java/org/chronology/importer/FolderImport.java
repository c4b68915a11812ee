package org.chronology.importer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.chronology.article.ingest.ArticleIngestService;
import org.chronology.article.ingest.IngestOutcome;
import org.chronology.article.ingest.IngestOutcome.Result;
import org.chronology.event.service.ReextractionService;

/**
 * Imports a folder of articles ({@code *.txt}, saved web pages {@code *.html}) like the corpus at
 * start-up, one file at a time with a progress bar, then extracts the events of what is new and
 * prints a report: every file with what happened to it, and the totals.
 */
@ApplicationScoped
public class FolderImport {

  static final int BAR = 30;

  /** The files taken and what became of each. */
  public record Report(List<IngestOutcome> outcomes, Map<Result, Integer> totals) {}

  @Inject ArticleIngestService ingest;
  @Inject ReextractionService extraction;

  /** Imports {@code folder}; progress goes to {@code progress}, the report to {@code out}. */
  public Report run(Path folder, PrintStream out, PrintStream progress) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files =
          s.filter(
                  p ->
                      Files.isRegularFile(p)
                          && ArticleIngestService.isArticleFile(p.getFileName().toString()))
              .sorted()
              .toList();
    }
    List<IngestOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      progress.print("\r" + bar(i, files.size()) + " " + files.get(i).getFileName());
      progress.flush();
      outcomes.add(ingest.ingestFile(files.get(i)));
    }
    progress.println("\r" + bar(files.size(), files.size()));
    Map<Result, Integer> totals = new EnumMap<>(Result.class);
    for (Result r : Result.values()) {
      totals.put(r, 0);
    }
    for (IngestOutcome o : outcomes) {
      totals.merge(o.result(), 1, Integer::sum);
      out.println(line(o));
    }
    if (totals.get(Result.NEW) > 0 || extraction.needed()) {
      progress.println("Extracting events…");
      extraction.reextractAll();
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
