package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A signing told again with its instrument definite, whose only date is told of the visit or talks
 * it is framed in ("… خلال زيارة استمرت يومين وانتهت الثلاثاء"، "في ختام الزيارة التي بدأها أمس"),
 * is the signing told before: that date is the frame's, not a second signing's.
 */
class SigningDatedByItsFrameTest {

  private static long deals(List<ExtractedEvent> events) {
    return events.stream().filter(e -> e.type() == EventType.DEAL).count();
  }

  @Test
  void aDateOfTheVisitAroundTheRetoldSigningKeepsOneSigning() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وقّعت تونس والبرتغال الاثنين الماضي اتفاقية للتعاون في مجال الطاقة المتجددة. ووقّع"
                + " الاتفاقية وزيرا الطاقة في البلدين، خلال زيارة رسمية أجراها الوزير البرتغالي"
                + " إلى تونس استمرت يومين وانتهت الثلاثاء.");
    assertEquals(1, deals(events), events.toString());
    ExtractedEvent deal = Fixtures.ofType(events, EventType.DEAL);
    assertNotNull(deal, events.toString());
    assertEquals(LocalDate.of(2023, 3, 13), deal.date().start(), deal.toString());
  }

  @Test
  void aDateOfTheTalksAroundTheRetoldSigningKeepsOneSigning() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وقّعت كينيا وأوغندا الثلاثاء مذكرة تفاهم للتعاون في مجال الصيد في بحيرة فيكتوريا."
                + " ووقّع المذكرة وزيرا الزراعة في ختام المحادثات التي بدأت الاثنين في كمبالا.");
    assertEquals(1, deals(events), events.toString());
    assertEquals(
        LocalDate.of(2023, 3, 14),
        Fixtures.ofType(events, EventType.DEAL).date().start(),
        events.toString());
  }

  @Test
  void aSigningWithADifferentDayOfItsOwnStaysApart() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وقّعت تونس والبرتغال الاثنين الماضي اتفاقية للتعاون في مجال الطاقة المتجددة. كما وقّع"
                + " البلدان في الثاني من يناير الماضي مذكرة تفاهم في مجال السياحة.");
    assertEquals(2, deals(events), events.toString());
  }
}
