package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An instrument signed "إلى جانب" the first is a deal of its own (dev conventions: several
 * instruments at one ceremony): also when it is an undated single plural noun ("اتفاقيات"), which
 * is no habit once a dated signing of its sentence stands before it, and also when the first is a
 * visa agreement, typed diplomatic (visa policy). The signing's verb tells the second instrument
 * even when the signing has no day in its own sentence: it is kept as the first is.
 */
class SecondInstrumentKeptTest {

  private static final LocalDate TUESDAY = LocalDate.of(2023, 3, 14);

  @Test
  void pluralInstrumentsBesideADatedSigningAreItsSecondDeal() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "ووقع الجانبان أول أمس في عمّان مذكرة تفاهم للتعاون في مجال المياه، إلى جانب اتفاقيات"
                + " في النقل والزراعة.");
    assertEquals(2, events.size(), events.toString());
    for (ExtractedEvent e : events) {
      assertEquals(EventType.DEAL, e.type(), e.toString());
      assertEquals(TUESDAY, e.date().start(), e.toString());
    }
  }

  @Test
  void aMemorandumBesideAVisaAgreementIsADealOfItsOwn() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وجرى أول أمس التوقيع على اتفاق يقضي بإعفاء حاملي جوازات الخدمة من التأشيرة، إلى"
                + " جانب مذكرة تفاهم في مجال السياحة.");
    assertEquals(2, events.size(), events.toString());
    assertTrue(events.stream().anyMatch(e -> e.type() == EventType.DIPLOMATIC), events.toString());
    assertTrue(events.stream().anyMatch(e -> e.type() == EventType.DEAL), events.toString());
  }

  @Test
  void anUndatedMemorandumBesideAVisaAgreementIsKept() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "اختتم الرئيس الكازاخستاني أمس زيارة رسمية إلى القاهرة استمرت يومين. ووقّع البلدان"
                + " اتفاقية للإعفاء المتبادل من التأشيرات لحاملي الجوازات الدبلوماسية، إلى جانب"
                + " مذكرة تفاهم في مجال الاستثمار.");
    assertEquals(3, events.size(), events.toString());
    assertTrue(events.stream().anyMatch(e -> e.type() == EventType.VISIT), events.toString());
    assertTrue(events.stream().anyMatch(e -> e.type() == EventType.DIPLOMATIC), events.toString());
    assertTrue(events.stream().anyMatch(e -> e.type() == EventType.DEAL), events.toString());
  }
}
