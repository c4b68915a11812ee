package org.chronology.event.edit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.chronology.event.service.ReextractionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Editors see on the article's page that its extraction failed, and why; readers do not. */
@QuarkusTest
class ExtractionFailureShownTest {

  @AfterEach
  void clean() {
    Editors.removeTestArticles();
  }

  @Test
  void aFailedExtractionIsShownToEditorsWithItsReason() {
    long id = Editors.article(Editors.SAMPLE);
    String reason = "ConstraintViolation: test reason " + UUID.randomUUID();
    Arc.container().instance(ReextractionService.class).get().markFailed(id, reason);

    Response editor = Editors.editor().get("/articles/" + id);
    assertEquals(200, editor.statusCode());
    assertTrue(editor.asString().contains("id=\"extraction-failed\""), "the notice is shown");
    assertTrue(editor.asString().contains(reason), "with its reason");

    Response reader = given().get("/articles/" + id);
    assertEquals(200, reader.statusCode());
    assertFalse(reader.asString().contains(reason), "readers do not see internals");
  }
}
