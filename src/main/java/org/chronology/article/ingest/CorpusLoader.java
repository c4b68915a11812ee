package org.chronology.article.ingest;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.List;
import org.chronology.actor.GazetteerService;
import org.chronology.config.ChronologyConfig;
import org.chronology.event.service.ReextractionService;
import org.jboss.logging.Logger;

/** At start-up: ingest the corpus folder, then extract events when anything changed. */
@ApplicationScoped
public class CorpusLoader {

  private static final Logger LOG = Logger.getLogger(CorpusLoader.class);

  private final ChronologyConfig config;
  private final ArticleIngestService ingest;
  private final ReextractionService extraction;
  private final GazetteerService gazetteer;

  public CorpusLoader(
      ChronologyConfig config,
      ArticleIngestService ingest,
      ReextractionService extraction,
      GazetteerService gazetteer) {
    this.config = config;
    this.ingest = ingest;
    this.extraction = extraction;
    this.gazetteer = gazetteer;
  }

  void onStart(@Observes StartupEvent event) {
    int newActors = gazetteer.seed();
    if (!config.corpus().ingestOnStart()) {
      return;
    }
    Path folder = Path.of(config.corpus().path());
    List<IngestOutcome> outcomes = ingest.ingestFolder(folder);
    long created = count(outcomes, IngestOutcome.Result.NEW);
    long rejected = count(outcomes, IngestOutcome.Result.REJECTED);
    LOG.infof(
        "Corpus %s: %d files, %d new, %d already stored, %d rejected",
        folder.toAbsolutePath(),
        outcomes.size(),
        created,
        count(outcomes, IngestOutcome.Result.DUPLICATE),
        rejected);
    if (created > 0 || newActors > 0 || extraction.needed()) {
      extraction.reextractAll();
    }
  }

  private static long count(List<IngestOutcome> outcomes, IngestOutcome.Result r) {
    return outcomes.stream().filter(o -> o.result() == r).count();
  }
}
