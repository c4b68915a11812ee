package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * عقد is a contract and a decade: measuring time ("منذ عقود"، "استمر عقداً كاملاً"، "بعد أكثر من
 * ثلاثة عقود") it is no deal (sentences of our own).
 */
class TimeSpanNounTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "وتتنازع الدولتان على الجزيرة منذ عقود، وسبق أن اشتبكت قواتهما فيها عام 2008.",
    "وعاد المغرب أمس إلى المنظمة بعد أكثر من ثلاثة عقود على انسحابه منها.",
    "وظلت الحدود بين البلدين مغلقة طوال عقدين من الزمن."
  })
  void testADecadeIsNoDeal(String sentence) {
    List<ExtractedEvent> events = Fixtures.extract(sentence);
    assertTrue(events.stream().noneMatch(e -> e.type() == EventType.DEAL), events.toString());
  }

  /** A count right before عقود counts decades though no word such as منذ or طوال announces it. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "افتتحت الهند قنصليتها في دبي الشهر الماضي، في خطوة انتظرتها الإمارات أربعة عقود.",
    "وقال وزير الخارجية الكويتي في كلمة خلال الحفل إن البلدين يحتفلان اليوم بستة عقود من الصداقة."
  })
  void testACountedDecadeIsNoDeal(String sentence) {
    List<ExtractedEvent> events = Fixtures.extract(sentence);
    assertTrue(events.stream().noneMatch(e -> e.type() == EventType.DEAL), events.toString());
  }

  @Test
  void testTheHappeningBesideADecadeIsTheOnlyEvent() {
    ExtractedEvent e =
        Fixtures.only(
            "وطوت الدولتان أمس صفحة نزاع استمر عقداً كاملاً، حين التقى الرئيسان في الرياض.");
    assertEquals(EventType.MEETING, e.type());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "ووقعت وزارة الدفاع يوم الاثنين عقوداً لشراء طائرات مسيّرة من أنقرة.",
    "ووقعت الحكومة أمس ثلاثة عقود لتوريد القمح مع شركات روسية.",
    "وأبرمت وزارة الدفاع أمس أربعة عقود مع شركة تركية لشراء مسيّرات.",
    "ووقعت اليابان ثلاثة عقود للغاز الطبيعي المسال مع قطر عام 2019."
  })
  void testContractsStayDeals(String sentence) {
    assertEquals(EventType.DEAL, Fixtures.only(sentence).type());
  }
}
