package org.chronology.extraction;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * "علي" written with its dots between a given name and a family name ("حسين علي فلان"، "محمد علي
 * الفلاني") is the father's name inside one person's name, not the preposition على: the person is
 * named in full. After a family name it is still the preposition ("فلان علان علي رأس وفد").
 */
class FatherNamedAliTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 13);

  @Test
  void testAliBetweenAGivenAndAFamilyNameIsPartOfTheName() {
    var events =
        Fixtures.extract(
            "وصل وزير الخارجية التنزاني محمد علي كيباندا إلى مسقط أمس في زيارة رسمية تستغرق"
                + " يومين.",
            PUBLISHED);
    Fixtures.assertActors(Fixtures.withEvidence(events, "مسقط"), "محمد علي كيباندا");
  }

  @Test
  void testAliAfterAFamilyNameStaysAPreposition() {
    var events =
        Fixtures.extract(
            "وصل وزير الخارجية التنزاني محمد كيباندا علي رأس وفد رسمي إلى مسقط أمس.", PUBLISHED);
    var visit = Fixtures.withEvidence(events, "مسقط");
    Fixtures.assertActors(visit, "محمد كيباندا");
    Fixtures.assertNoActor(visit, "محمد كيباندا علي رأس");
  }
}
