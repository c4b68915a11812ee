package org.chronology.article.ingest;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.chronology.actor.GazetteerService;
import org.chronology.article.ArticleService;
import org.chronology.config.ChronologyConfig;

/**
 * At start-up: seed the gazetteer, ingest the corpus folder when asked, and complete every pending
 * extraction (new articles, an interrupted run, another extractor version) through {@link
 * ArticleService}.
 */
@ApplicationScoped
public class CorpusLoader {

  @Inject ChronologyConfig config;
  @Inject ArticleService articles;
  @Inject GazetteerService gazetteer;

  void onStart(@Observes StartupEvent event) {
    int newActors = gazetteer.seed();
    Path folder = config.corpus().ingestOnStart() ? Path.of(config.corpus().path()) : null;
    articles.startUp(folder, newActors > 0);
  }
}
