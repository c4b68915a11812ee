package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The happening named after an anniversary (الذكرى، بمرور … على) is the one remembered: the
 * sentence tells its commemoration, not a new happening dated by the commemoration's day.
 */
class RememberedHappeningTest {

  @ParameterizedTest(name = "no event: {0}")
  @ValueSource(
      strings = {
        "وتحتفل تونس وماليزيا هذا العام بمرور ستين عاماً على إقامة العلاقات الدبلوماسية بينهما.",
        "تحيي مدينة بيروت اليوم الذكرى الخامسة لانفجار المرفأ.",
        "وتستعد كينيا لإحياء الذكرى العشرين لتفجير السفارة الأميركية في أغسطس المقبل."
      })
  void testAnAnniversaryIsNoNewHappening(String text) {
    Fixtures.assertNoEvent(text);
  }

  @Test
  void testAnActOnTheEveOfAnAnniversaryStays() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وعشية الذكرى العاشرة للهجوم عام 2015، استدعت وزارة الخارجية الفرنسية السفير الإيراني"
                + " في باريس.");
    assertTrue(!e.isEmpty(), e.toString());
  }
}
