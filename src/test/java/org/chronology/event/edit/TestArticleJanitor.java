package org.chronology.event.edit;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Test profile only: articles left behind by an interrupted run of these tests are removed at
 * start-up, so that tests of the seed corpus never see them (the test database persists).
 */
@ApplicationScoped
public class TestArticleJanitor {

  void onStart(@Observes StartupEvent start) {
    Editors.removeTestArticles();
  }
}
