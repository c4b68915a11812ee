package org.chronology.extraction;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A minister's definite title written bare, with no name nor state ("وكان الوزير قد زار"، "وأكد
 * وزير الخارجية"), is the one minister of that office the article named before it; with two named
 * by then it names neither, and one named only later is not he. A title before a word read as a
 * one-word name is not bare.
 */
class BareMinisterTitleTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 13);

  @Test
  void testTheBareTitleIsTheOneMinisterNamedBefore() {
    var events =
        Fixtures.extract(
            "استقبل وزير الخارجية الموريتاني محمد سالم ولد مرزوك في نواكشوط أمس الأحد سفير اليابان"
                + " الجديد.\n\nوكان الوزير قد زار طوكيو في مارس الماضي حيث وقع اتفاقا للتعاون في"
                + " مجال الصيد البحري.",
            PUBLISHED);
    Fixtures.assertActors(Fixtures.withEvidence(events, "طوكيو"), "محمد سالم ولد مرزوك");
  }

  @Test
  void testTwoMinistersNamedBeforeLeaveTheBareTitleToNoOne() {
    var events =
        Fixtures.extract(
            "استقبل وزير الخارجية الموريتاني محمد سالم ولد مرزوك في نواكشوط أمس الأحد وزير"
                + " الخارجية الغاني صامويل أوكودزيتو أبلاكوا.\n\nوكان الوزير قد زار طوكيو في مارس"
                + " الماضي حيث وقع اتفاقا للتعاون في مجال الصيد البحري.",
            PUBLISHED);
    var visit = Fixtures.withEvidence(events, "طوكيو");
    Fixtures.assertNoActor(visit, "محمد سالم ولد مرزوك");
    Fixtures.assertNoActor(visit, "صامويل أوكودزيتو أبلاكوا");
  }

  @Test
  void testAMinisterNamedOnlyAfterIsNotTheBareTitle() {
    var events =
        Fixtures.extract(
            "زار الوزير طوكيو في مارس الماضي حيث وقع اتفاقا للتعاون في مجال الصيد البحري.\n\n"
                + "واستقبل وزير الخارجية الموريتاني محمد سالم ولد مرزوك في نواكشوط أمس الأحد سفير"
                + " اليابان الجديد.",
            PUBLISHED);
    Fixtures.assertNoActor(Fixtures.withEvidence(events, "طوكيو"), "محمد سالم ولد مرزوك");
  }

  @Test
  void testATitleBeforeAOneWordNameIsNotBare() {
    var events =
        Fixtures.extract(
            "استقبل وزير الخارجية الموريتاني محمد سالم ولد مرزوك في نواكشوط أمس الأحد سفير اليابان"
                + " الجديد.\n\nوكان الوزير تاندجا قد زار طوكيو في مارس الماضي حيث وقع اتفاقا"
                + " للتعاون في مجال الصيد البحري.",
            PUBLISHED);
    Fixtures.assertNoActor(Fixtures.withEvidence(events, "طوكيو"), "محمد سالم ولد مرزوك");
  }
}
