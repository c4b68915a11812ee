package org.chronology.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * The 413 page asked for again by its language or digits switch ({@code GET /too-large?back=…})
 * leads back only to a page of this site, and without the language and digits the form was sent in,
 * so that the form follows the reader's new choice.
 */
class TooLargeAgainTest {

  @Test
  void theWayBackIsAPathOfThisSiteOnly() {
    assertEquals("/articles/new?lang=ar", SecurityRoutes.localPath("/articles/new?lang=ar"));
    for (String away :
        new String[] {
          null,
          "",
          "https://evil.example/",
          "//evil.example/x",
          "/\\evil.example",
          "javascript:alert(1)",
          "/a b",
          "/a\nb",
          "/" + "a".repeat(2000)
        }) {
      assertNull(SecurityRoutes.localPath(away), String.valueOf(away));
    }
  }

  @Test
  void theWayBackDropsTheLanguageAndDigitsItWasSentIn() {
    assertEquals("/articles/new", SecurityRoutes.withoutChoices("/articles/new?lang=ar"));
    assertEquals(
        "/events/7/edit?tab=date",
        SecurityRoutes.withoutChoices("/events/7/edit?lang=en&tab=date&digits=arab"));
    assertEquals("/x?language=en", SecurityRoutes.withoutChoices("/x?language=en&digits"));
    assertEquals("/x", SecurityRoutes.withoutChoices("/x"));
    assertNull(SecurityRoutes.withoutChoices(null));
  }
}
