package org.chronology.extraction;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An event noun with the possessive pronoun of one man ("بعد زيارته الأولى") is the happening of
 * the person his sentence names first before it: he is its actor (a visit's visitor) even when the
 * noun's clause opens after him, and a person named in a phrase between is not he. A woman's
 * pronoun ("زيارتها") does not make the man named first its owner.
 */
class PossessedHappeningTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 13);

  private static ExtractedEvent ofYear(List<ExtractedEvent> events, int year) {
    return events.stream()
        .filter(e -> e.date().start() != null && e.date().start().getYear() == year)
        .findFirst()
        .orElseThrow(() -> new AssertionError(year + " not in " + events));
  }

  @Test
  void testThePossessedVisitIsTheSubjectsNotTheOneNamedBetween() {
    var events =
        Fixtures.extract(
            "وصل رئيس الوزراء الهندي ناريندرا مودي إلى أبوظبي أمس في زيارة قصيرة، وهي الثانية"
                + " للإمارات منذ تولي الشيخ محمد بن زايد آل نهيان الرئاسة، بعد زيارته الأولى في آب"
                + " 2015.",
            PUBLISHED);
    ExtractedEvent first = ofYear(events, 2015);
    Fixtures.assertActors(first, "ناريندرا مودي");
    Fixtures.assertNoActor(first, "محمد بن زايد آل نهيان");
    org.junit.jupiter.api.Assertions.assertTrue(
        first.actors().stream()
            .anyMatch(a -> a.name().equals("ناريندرا مودي") && a.role() == Role.VISITOR),
        first.actors().toString());
  }

  @Test
  void testTheVisitOfAnEarlierYearKeepsItsVisitor() {
    var events =
        Fixtures.extract(
            "تعد هذه ثالث زيارة يقوم بها الرئيس الفرنسي إيمانويل ماكرون إلى المغرب، بعد زيارته"
                + " الأولى في حزيران 2017.",
            PUBLISHED);
    Fixtures.assertActors(ofYear(events, 2017), "إيمانويل ماكرون");
  }

  @Test
  void testTheFeminineOwnerIsNotTheManNamedFirst() {
    var events =
        Fixtures.extract(
            "وقالت الرئاسة الكينية إن الرئيس وليام روتو استقبل أمس وزيرة الخارجية الهولندية هانكه"
                + " بروينز، وبحث معها زيارتها الأولى إلى نيروبي في آذار 2021.",
            PUBLISHED);
    Fixtures.assertNoActor(ofYear(events, 2021), "وليام روتو");
  }
}
