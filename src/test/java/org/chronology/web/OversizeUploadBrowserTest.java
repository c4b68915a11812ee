package org.chronology.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserContext.ClearCookiesOptions;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A file over the request limit (8 MB, quarkus.http.limits.max-body-size) chosen in the real "add
 * an article" form and sent: the body handler refuses it before any page runs, and the editor sees
 * a page in the site's style (its header, skip link, footer, stylesheet) that names the limits, in
 * Arabic and English, at 1366 and 390 px, with no serious axe-core finding, rather than an empty
 * answer or the browser's own error page.
 *
 * <p>Issue #12: the page has the language and digits switches of every page, and writes its limits
 * as the pages write numbers, grouped ("8,192 KB", "1,048,576 characters") and in the reader's
 * digits ("٨٬١٩٢"). A switch asks for the same page again (the refused post cannot be sent again),
 * which keeps the way back to the form, now in the chosen language.
 *
 * <p>One upload per width and language serves both: the form is opened with no digits chosen in one
 * language and with {@code digits=latn} in the other, the other way round at the other width, so
 * that each language and each width meets both.
 */
@QuarkusTest
class OversizeUploadBrowserTest extends UiBrowserTest {

  @Test
  void anOverLimitUploadShowsThePageThatStatesTheLimitAndSwitchesLanguageAndDigits()
      throws Exception {
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    byte[] nineMb = new byte[9 * 1024 * 1024];
    Arrays.fill(nineMb, (byte) 'a');
    for (int width : new int[] {1366, 390}) {
      try (BrowserContext c = underPolicy(width, 900, true)) {
        Page page = signedIn(c, "oversize", false);
        for (String lang : List.of("ar", "en")) {
          boolean en = lang.equals("en");
          String other = en ? "ar" : "en";
          // No digits chosen (no cookie either) in Arabic at 1366 and in English at 390.
          boolean latn = en == (width == 1366);
          String where = width + " " + lang + (latn ? " digits=latn" : " no digits chosen");
          String form = "/articles/new?lang=" + lang + (latn ? "&digits=latn" : "");
          if (!latn) {
            c.clearCookies(new ClearCookiesOptions().setName("digits"));
          }
          page.navigate(url(form));
          page.locator("input[type=file]")
              .setInputFiles(new FilePayload("big.txt", "text/plain", nineMb));
          Response r =
              page.waitForNavigation(
                  () -> page.locator("form.stacked button[type=submit]").click());
          String html = page.content();
          assertEquals(413, r.status(), where + ": " + html);
          assertEquals(lang, page.getAttribute("html", "lang"), where);
          assertEquals(en ? "ltr" : "rtl", page.getAttribute("html", "dir"), where);
          assertThat(page.locator("main#main section.error[role=alert] h1")).containsText("(413)");
          assertThat(page.locator("main#main section.error h1"))
              .containsText(en ? "Request too large" : "أكبر من المسموح");
          String said = page.locator("main#main section.error").innerText();
          for (String n : List.of("8,192", "2,048", "1,048,576")) {
            assertTrue(said.contains(n), where + ": " + n + " said, grouped, in: " + said);
          }
          assertThat(page.locator("header.site")).hasCSS("background-color", "rgb(20, 33, 61)");
          assertThat(page.locator("header.site a.brand"))
              .hasText(en ? "Chronology" : "الكرونولوجيا");
          assertThat(page.locator("footer.site")).hasCount(1);
          // A way back to the form the file was chosen in, not only to the chronology.
          assertThat(page.locator("main#main section.error a[href='" + form + "']"))
              .hasText(en ? "Back to the form" : "العودة إلى الاستمارة");
          assertThat(page.locator("header.site nav.prefs #lang-switch"))
              .hasAttribute("hreflang", other);
          assertThat(page.locator("header.site nav.prefs #digits-switch")).hasCount(1);
          shot(page, "ux62-413-upload-" + width + "-" + lang + ".png");
          checked(page, axeSource, failures, where, "ux64-413-" + width + "-" + lang + ".png");

          // The other language: the same page, saying the same limits.
          Response switched = page.waitForNavigation(() -> page.locator("#lang-switch").click());
          assertEquals(200, switched.status(), where + " switched");
          assertEquals(other, page.getAttribute("html", "lang"), where + " switched");
          assertEquals(other.equals("en") ? "ltr" : "rtl", page.getAttribute("html", "dir"), where);
          assertThat(page.locator("main#main section.error h1"))
              .containsText(other.equals("en") ? "Request too large" : "أكبر من المسموح");
          said = page.locator("main#main section.error").innerText();
          assertTrue(said.contains("8,192"), where + " switched: " + said);
          checked(
              page,
              axeSource,
              failures,
              where,
              "ux64-413-" + width + "-" + lang + "-to-" + other + ".png");

          // Arabic-Indic digits, with the Arabic thousands separator.
          page.waitForNavigation(() -> page.locator("#digits-switch").click());
          said = page.locator("main#main section.error").innerText();
          for (String n : List.of("٨٬١٩٢", "٢٬٠٤٨", "١٬٠٤٨٬٥٧٦")) {
            assertTrue(said.contains(n), where + ": " + n + " in: " + said);
          }
          assertTrue(!said.matches("(?s).*[0-9].*"), where + ": no Western digit: " + said);
          checked(page, axeSource, failures, where, "ux64-413-" + width + "-" + lang + "-arab.png");

          // Back to the form, which follows the choice.
          page.waitForNavigation(
              () -> page.locator("main#main section.error a[href^='/articles/new']").click());
          assertEquals(other, page.getAttribute("html", "lang"), where + " back at the form");
          assertThat(page.locator("input[type=file]")).hasCount(1);
          page.navigate(url("/articles/new?lang=ar&digits=latn"));
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }
}
