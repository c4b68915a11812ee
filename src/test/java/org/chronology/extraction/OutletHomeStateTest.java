package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An outlet names its own state's head, government and ministers without the state: the page's
 * outlet and address tell which state that is.
 */
class OutletHomeStateTest {

  private static List<ExtractedEvent> extract(String text, String outlet, String url) {
    return Fixtures.EXTRACTOR.extract(
        new ArticleText("test.txt", text, Fixtures.PUBLISHED, outlet, url));
  }

  private static boolean anyHas(List<ExtractedEvent> events, String name) {
    return events.stream().anyMatch(e -> Fixtures.hasActor(e, name));
  }

  @Test
  void testTheKingOfAnOutletOnItsStatesDomainIsItsState() {
    List<ExtractedEvent> events =
        extract(
            "أجرى جلالة الملك أمس اتصالا هاتفيا مع رئيس الحكومة الإسبانية، تناول العلاقات"
                + " الثنائية وسبل تطويرها.",
            "جريدة المساء",
            "https://www.almassae-daily.ma/politique/2023/03/15/12345");
    assertTrue(anyHas(events, "المغرب"), events.toString());
  }

  @Test
  void testAnOutletsEnglishAdjectiveGivesItsState() {
    List<ExtractedEvent> events =
        extract(
            "أجرى فخامة الرئيس أمس اتصالا هاتفيا مع العاهل الإسباني، تناول العلاقات الثنائية"
                + " وسبل تطويرها.",
            "Al Nil (Egyptian daily)",
            "https://www.alnil-daily.example/news/778");
    assertTrue(anyHas(events, "مصر"), events.toString());
  }

  @Test
  void testAWireAgencyHasNoHomeState() {
    List<ExtractedEvent> events =
        extract(
            "أجرى جلالة الملك أمس اتصالا هاتفيا مع رئيس الحكومة الإسبانية، تناول العلاقات الثنائية.",
            "وكالة فرانس برس",
            "https://www.afp.com/ar/news/998");
    assertTrue(!anyHas(events, "فرنسا") && !anyHas(events, "المغرب"), events.toString());
  }

  @Test
  void testAnotherStatesHolderNamedJustBeforeKeepsTheTitle() {
    List<ExtractedEvent> events =
        extract(
            Fixtures.article(
                "وصل الرئيس الفرنسي إيمانويل ماكرون أمس إلى الجزائر في زيارة رسمية تستغرق يومين.",
                "وأجرى فخامة الرئيس أمس اتصالا هاتفيا مع العاهل الإسباني، تناول العلاقات الثنائية."),
            "Al Nil (Egyptian daily)",
            "https://www.alnil-daily.example/world/55");
    assertTrue(!anyHas(events, "مصر"), events.toString());
  }
}
