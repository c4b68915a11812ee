package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Headlines of other stories listed under "اقرأ أيضاً" at the end of an article are page furniture,
 * not happenings the article reports.
 */
class RelatedStoriesTest {

  @Test
  void testAHeadlineUnderReadAlsoIsNoEvent() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وقع وزيرا الطاقة في مصر والأردن أمس الثلاثاء في عمان اتفاقية للربط الكهربائي.\n\n"
                + "اقرأ أيضاً:\n"
                + "- الرئيس التركي يزور الرياض الشهر المقبل\n"
                + "- أسعار النفط تتراجع مع تزايد المخزونات\n");
    assertEquals(1, e.size(), e.toString());
    assertEquals(EventType.DEAL, e.get(0).type());
  }
}
