package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.article;
import static org.chronology.extraction.Fixtures.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Signings an article tells in passing, beside its news: an instrument "signed in" a place or on a
 * day, an indefinite instrument's relative clause, one more signing added by "كما", the signing
 * talks resulted in. Each is a deal of its own with its own date (sentences of our own, published
 * Thursday 16 March 2023).
 */
class SigningsToldInPassingTest {

  private static List<ExtractedEvent> deals(List<ExtractedEvent> events) {
    return events.stream().filter(e -> e.type() == EventType.DEAL).toList();
  }

  private static ExtractedEvent dealOn(List<ExtractedEvent> events, LocalDate start) {
    return deals(events).stream()
        .filter(e -> start.equals(e.date().start()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no deal on " + start + " among " + events));
  }

  @Test
  void testAMemorandumSignedInAPlaceOnADayIsADealOfThatDay() {
    List<ExtractedEvent> e =
        extract(
            article(
                "استقبل وزير الخارجية الأردني في عمّان اليوم الخميس نظيره الفنلندي.",
                "وبحث الوزيران متابعة تنفيذ مذكرة التفاهم الموقعة في هلسنكي في أيلول/سبتمبر"
                    + " 2020 بشأن المشاورات السياسية."));
    ExtractedEvent deal = dealOn(e, LocalDate.of(2020, 9, 1));
    assertEquals(EventStatus.HAPPENED, deal.status(), e.toString());
  }

  @Test
  void testAnIndefiniteInstrumentsRelativeClauseIsASigningOfItsOwnDay() {
    List<ExtractedEvent> e =
        extract(
            article(
                "أقر مجلس النواب الأردني أمس الأربعاء اتفاقية للتعاون في مجال النقل البحري مع"
                    + " قبرص، وقعها البلدان في نيقوسيا في 2 شباط/فبراير الماضي."));
    dealOn(e, LocalDate.of(2023, 2, 2));
    assertTrue(
        e.stream().anyMatch(x -> LocalDate.of(2023, 3, 15).equals(x.date().start())), e.toString());
  }

  @Test
  void testOneMoreSigningAddedByKamaIsASecondDeal() {
    List<ExtractedEvent> e =
        extract(
            article(
                "وكان رئيس الوزراء المصري قد أجرى أمس في عمّان محادثات مع نظيره الأردني، أسفرت عن"
                    + " توقيع إعلان مشترك حول الربط الكهربائي.",
                "كما وقعت أمس شركة «الأردن للتعدين» الوطنية وشركة الصناعات الكيماوية المصرية"
                    + " «كيما» اتفاقية لإنتاج الأسمدة في الأردن، تشمل نقل التكنولوجيا."));
    assertEquals(2, deals(e).size(), e.toString());
  }

  @Test
  void testTheSigningTalksResultedInIsADealBesideThem() {
    List<ExtractedEvent> e =
        extract(
            article(
                "أجرى رئيس الوزراء الجزائري أمس الأربعاء في الجزائر العاصمة محادثات مع نظيره"
                    + " التونسي، أسفرت عن توقيع إعلان مشترك حول التعاون الحدودي."));
    ExtractedEvent deal = dealOn(e, LocalDate.of(2023, 3, 15));
    assertEquals(EventStatus.HAPPENED, deal.status(), e.toString());
  }
}
