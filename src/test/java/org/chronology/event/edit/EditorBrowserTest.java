package org.chronology.event.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.chronology.web.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What an editor does in a real browser: sign in, correct an event's date and actor, see it on the
 * chronology, read its history, revert.
 */
@QuarkusTest
class EditorBrowserTest {

  @AfterEach
  void removeTestArticles() {
    Editors.removeTestArticles();
  }

  @TestHTTPResource("/")
  URL base;

  @Test
  @SuppressWarnings("unchecked")
  void editorCorrectsDateAndActorThenRevertsFromTheHistory() {
    Chromium.assumeInstalled();
    String user = Editors.newAccount(false);
    Object id = Editors.sampleEvent();
    Object machineStart = ((Map<String, Object>) Editors.event(id).get("date")).get("start");
    String root = base.toString().replaceAll("/$", "");
    String actor = "شخصية المتصفح " + System.nanoTime();

    // The run's shared browser; the page's own context is closed with the test.
    try (BrowserContext context = Chromium.shared().browser().newContext()) {
      Page page = context.newPage();

      page.navigate(root + "/login");
      page.fill("#j_username", user);
      page.fill("#j_password", Editors.PASSWORD);
      page.click("form[action='/j_security_check'] button[type=submit]");
      page.waitForURL("**/review**");
      assertTrue(page.content().contains("خروج"), "signed in: the header offers sign-out");

      page.navigate(root + "/events/" + id + "/edit");
      page.fill("#dateStart", "1931-03-11");
      page.fill("#dateEnd", "1931-03-11");
      page.selectOption("#datePrecision", "day");
      page.fill("#newActorName", actor);
      page.selectOption("#newActorKind", "person");
      page.selectOption("#newActorRole", "visitor");
      page.fill("#reason", "تصحيح من المتصفح");
      page.click("#edit-form button[type=submit]");
      page.waitForURL("**/edit?saved=1");
      assertTrue(page.content().contains("حُفظت التعديلات"));

      page.navigate(root + "/?year=1931");
      Locator card = page.locator("article.event:has(a[href='/events/" + id + "'])");
      assertEquals(1, card.count(), "the corrected event is on the chronology of 1931");
      assertTrue(card.innerText().contains(actor), "with its new actor");
      assertTrue(card.innerText().contains("11 آذار/مارس 1931"), "and its corrected date");

      page.navigate(root + "/events/" + id + "/history");
      assertTrue(page.content().contains("تصحيح من المتصفح"), "the history shows the change");
      page.locator("article.revision").first().locator("button[value=before]").click();
      page.waitForURL("**/events/" + id + "/history");
      assertTrue(page.content().contains("استعادة ما قبل نسخة"), "the revert is a new revision");

      Map<String, Object> after = Editors.event(id);
      List<Map<String, Object>> actors = (List<Map<String, Object>>) after.get("actors");
      assertFalse(actors.stream().anyMatch(a -> actor.equals(a.get("name"))), "actor reverted");
      assertEquals(
          machineStart, ((Map<String, Object>) after.get("date")).get("start"), "date reverted");
    }
  }
}
