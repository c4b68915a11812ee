package org.chronology.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.arc.Arc;
import io.quarkus.qute.Engine;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

/**
 * Qute's engine (every template and message bundle parsed) is built by {@link
 * TemplatesWhileHibernateStarts}' thread while Hibernate builds its session factory, not on the
 * main thread by Quarkus' start-up observer after it; it is still the one engine, whole.
 */
@QuarkusTest
class TemplatesWhileHibernateStartsTest {

  /** Qute announces the engine it has just built, on the thread that built it. */
  @Singleton
  static class EngineBuilt {
    static volatile String thread;
    static volatile int builds;

    void built(@Observes Engine engine) {
      thread = Thread.currentThread().getName();
      builds++;
    }
  }

  @Test
  void theEngineIsBuiltOffTheMainThreadWhileHibernateStarts() {
    assertEquals(
        TemplatesWhileHibernateStarts.THREAD,
        EngineBuilt.thread,
        "the thread that built Qute's engine");
    assertEquals(1, EngineBuilt.builds, "one engine");
    Engine engine = Arc.container().instance(Engine.class).get();
    assertNotNull(engine.getTemplate("main"), "the layout parsed");
    assertNotNull(engine.getTemplate("ChronologyPage/index"), "a page's template parsed");
    given().when().get("/").then().statusCode(200);
  }
}
