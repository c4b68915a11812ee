package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A happening named after a lapse ("بعد ساعات من توقيع …"، "بعد يوم واحد من …") came before its
 * clause's date: it is not dated by it, and is one event with its own telling elsewhere in the
 * article (the guide: one happening, one event).
 */
class LapseClausesTest {

  private static final String FILLER =
      "ويبلغ حجم التبادل التجاري بين البلدين نحو ثلاثمئة مليون دولار سنويا.";

  @Test
  void theSigningAfterALapseIsTheSigningToldWithItsDay() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "استدعت الحكومة الكينية اليوم الخميس سفيرها لدى أوغندا للتشاور، بعد يوم واحد من"
                    + " توقيع أوغندا مذكرة تفاهم مع تنزانيا.",
                FILLER,
                "ووقع الرئيس الأوغندي يوري موسيفيني ونظيرته التنزانية سامية صولحو حسن الوثيقة في"
                    + " مراسم أقيمت في كمبالا مساء الأربعاء."));
    List<ExtractedEvent> deals = events.stream().filter(e -> e.type() == EventType.DEAL).toList();
    assertEquals(1, deals.size(), events.toString());
    assertEquals(LocalDate.of(2023, 3, 15), deals.get(0).date().start());
    assertEquals(
        LocalDate.of(2023, 3, 16), Fixtures.ofType(events, EventType.DIPLOMATIC).date().start());
  }
}
