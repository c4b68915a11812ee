package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "يغادر الرئيس نيروبي اليوم متوجهاً إلى تنزانيا": the place a leaving verb takes is where the
 * visitor set out from, not where the visit was; it keeps no telling of the visit apart.
 */
class DepartureFromPlaceTest {

  private static final LocalDate TUESDAY = LocalDate.of(2024, 5, 14);

  @Test
  void thePlaceLeftIsNotTheVisitsPlace() {
    List<ExtractedEvent> events =
        Fixtures.assertEvents(
            1,
            "يغادر الرئيس الكيني وليام روتو نيروبي اليوم متوجهاً إلى تنزانيا في زيارة رسمية تلبية"
                + " لدعوة من الرئيسة سامية صولحو حسن.",
            TUESDAY);
    assertNotEquals(
        "نيروبي", events.get(0).location() == null ? null : events.get(0).location().name());
  }

  @Test
  void theDepartureAndTheArrivalAreOneVisit() {
    List<ExtractedEvent> events =
        Fixtures.assertEvents(
            1,
            Fixtures.article(
                "وصل الرئيس الكيني وليام روتو اليوم الثلاثاء إلى دار السلام في زيارة رسمية تستمر"
                    + " يومين.",
                "وكان روتو قد غادر نيروبي صباح اليوم في زيارة رسمية إلى تنزانيا تلبية لدعوة من"
                    + " الرئيسة سامية صولحو حسن."),
            TUESDAY);
    assertNotEquals("نيروبي", events.get(0).location().name());
  }

  @Test
  void theSayingBeforeHisLeavingHomeTellsTheSameVisit() {
    // "قبيل مغادرته مطار … في الرباط": the city he left is where he set out from, so the visit
    // the saying names is the one to Amman told before, not a visit to Rabat of its own
    List<ExtractedEvent> events =
        Fixtures.assertEvents(
            1,
            Fixtures.article(
                "وصل رئيس الحكومة المغربية عزيز أخنوش صباح اليوم الثلاثاء إلى عمّان في زيارة رسمية"
                    + " تستمر يومين تلبية لدعوة من العاهل الأردني الملك عبد الله الثاني.",
                "وقال أخنوش في تصريح للصحفيين قبيل مغادرته مطار سلا في الرباط إن \"العلاقات مع"
                    + " الأردن نموذج للأخوة\"، مضيفاً أن الزيارة ستركز على التعاون في مجالي الطاقة"
                    + " والنقل."),
            TUESDAY);
    assertNotEquals("الرباط", events.get(0).location().name());
  }
}
