package org.chronology.extraction;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A person the article names without a title holds the gazetteer's office only during his term: in
 * an article of another year a title of that office ("وزير المالية الإسرائيلي") is not he, unless
 * the article writes that title right after his name.
 */
class HolderInTermTest {

  @Test
  void testANameOutsideItsTermDoesNotHoldTheOffice() {
    var events =
        Fixtures.extract(
            "قال أفيغدور ليبرمان للصحفيين في القدس اليوم الأحد إن الحكومة لن تغير موقفها من"
                + " المفاوضات. وكان وزير المالية الإسرائيلي قد زار باريس في يناير الماضي لبحث"
                + " الأزمة الاقتصادية.",
            LocalDate.of(2010, 3, 14));
    Fixtures.assertNoActor(Fixtures.withEvidence(events, "باريس"), "أفيغدور ليبرمان");
  }

  @Test
  void testATitleAfterTheNameGivesHimTheOfficeThatYear() {
    var events =
        Fixtures.extract(
            "قال أفيغدور ليبرمان، وزير المالية الإسرائيلي، للصحفيين في القدس اليوم الأحد إن"
                + " الحكومة لن تغير موقفها من المفاوضات. وكان وزير المالية الإسرائيلي قد زار باريس"
                + " في يناير الماضي لبحث الأزمة الاقتصادية.",
            LocalDate.of(2010, 3, 14));
    Fixtures.assertActors(Fixtures.withEvidence(events, "باريس"), "أفيغدور ليبرمان");
  }
}
