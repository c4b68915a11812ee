package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A head of government's bare title ("رئيس الوزراء" without name or state) is the one holder of it
 * the article named by then, as a minister's bare title is (one-holder-office).
 */
class BareHeadOfGovernmentTest {

  @Test
  void testTheBareTitleIsTheHolderTheHeadlineNamed() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "رئيس وزراء النرويج إريك هولم يصل إلى عمان",
                "عمان - يبدأ رئيس الوزراء يوم الاثنين المقبل زيارة رسمية إلى الأردن تستمر"
                    + " ثلاثة أيام."));
    ExtractedEvent visit = Fixtures.ofType(events, EventType.VISIT);
    Fixtures.assertActors(visit, "إريك هولم", "النرويج", "الأردن");
  }

  @Test
  void testTwoHoldersNamedLeaveTheBareTitleToNobody() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "التقى رئيس الوزراء الياباني هيروشي ناكامورا نظيره الهندي سونيل كابور في طوكيو"
                    + " أمس.",
                "وقال رئيس الوزراء يوم الجمعة إن البلدين سيوقعان اتفاقية للنقل."));
    for (ExtractedEvent e : events) {
      if (e.evidence().text().contains("سيوقعان")) {
        Fixtures.assertNoActor(e, "هيروشي ناكامورا");
        Fixtures.assertNoActor(e, "سونيل كابور");
      }
    }
  }
}
