package org.chronology.extraction;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A leader named right after his office that announces a happening other than a statement ("وقال
 * مكتب رئيس الوزراء … إن الاتفاقية …") is its source, not a party; when the office's word is itself
 * the news (an accusation) the leader is its speaker.
 */
class AnnouncingOfficeTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 13);

  @Test
  void testTheLeaderWhoseOfficeAnnouncesASigningIsNoParty() {
    ExtractedEvent deal =
        Fixtures.ofType(
            Fixtures.extract(
                "وقع وزير الزراعة الإسرائيلي ونظيره الأذربيجاني أمس اتفاقية للتعاون الزراعي، وقال"
                    + " مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن الاتفاقية ستدخل حيز"
                    + " التنفيذ فورا.",
                PUBLISHED),
            EventType.DEAL);
    Fixtures.assertNoActor(deal, "بنيامين نتنياهو");
    Fixtures.assertActors(deal, "إسرائيل", "أذربيجان");
  }

  @Test
  void testTheLeaderWhoseOfficeAccusesIsTheSpeaker() {
    ExtractedEvent statement =
        Fixtures.ofType(
            Fixtures.extract(
                "اتهم مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو أمس إيران بالوقوف وراء الهجوم.",
                PUBLISHED),
            EventType.STATEMENT);
    Fixtures.assertActors(statement, "بنيامين نتنياهو", "إيران");
  }
}
