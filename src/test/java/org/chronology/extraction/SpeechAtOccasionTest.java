package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a visitor says in his speech ("في كلمته") at the visit already told is evidence of that
 * visit, not a statement of its own; a speech addressed to an audience named after it is its own
 * occasion (annotation guide: one event = one happening; a statement is an event when the
 * declaration itself is the news).
 */
class SpeechAtOccasionTest {

  @Test
  void aSpeechDuringTheVisitFoldsIntoIt() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وصل وزير الخارجية التونسي أمس الثلاثاء إلى الرباط في زيارة رسمية تستغرق يومين.\n"
                + "وقال الوزير التونسي في كلمته إن البلدين \"يفتحان اليوم صفحة جديدة\".");
    assertEquals(1, e.size(), e.toString());
    assertEquals(EventType.VISIT, e.get(0).type());
  }

  @Test
  void aSpeechBeforeAnAudienceOfItsOwnStays() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وصل وزير الخارجية التونسي أمس الثلاثاء إلى نيويورك في زيارة رسمية.\n"
                + "وقال الوزير التونسي في كلمته أمام مجلس الأمن اليوم إن بلاده ترفض التدخل.");
    assertEquals(2, e.size(), e.toString());
  }
}
