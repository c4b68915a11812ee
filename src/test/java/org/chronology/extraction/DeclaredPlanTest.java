package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A declaration of what its subject will do ("أعلنت الشركة أنها ستبدأ …") tells a planned act (the
 * guide's planned: سيزور); a declaration dated of its own before its complement is that day's news.
 */
class DeclaredPlanTest {

  private static final String FILLER =
      "ويبلغ حجم التبادل التجاري بين البلدين نحو ثلاثمئة مليون دولار سنويا.";

  private static ExtractedEvent only(String sentence) {
    List<ExtractedEvent> events = Fixtures.extract(Fixtures.article(FILLER, sentence));
    assertEquals(1, events.size(), events.toString());
    return events.get(0);
  }

  @Test
  void anUndatedDeclarationOfAFutureActIsPlanned() {
    ExtractedEvent e = only("وأعلنت النرويج أنها ستقدم مساعدات غذائية إلى كينيا.");
    assertEquals(EventStatus.PLANNED, e.status(), e.toString());
  }

  @Test
  void aFutureActOfAnotherSubjectIsPlanned() {
    ExtractedEvent e = only("وأعلنت فنلندا أن خبراءها سيبدأون مسحا للمياه قرب إستونيا.");
    assertEquals(EventStatus.PLANNED, e.status(), e.toString());
  }

  @Test
  void aDeclarationDatedOfItsOwnIsThatDaysNews() {
    ExtractedEvent e = only("وأعلنت النرويج يوم الثلاثاء أنها ستقدم مساعدات غذائية إلى كينيا.");
    assertEquals(EventStatus.HAPPENED, e.status(), e.toString());
  }

  @Test
  void aDeclarationOfAPastActStaysHappened() {
    ExtractedEvent e = only("وأعلنت النرويج أنها قدمت مساعدات غذائية إلى كينيا.");
    assertEquals(EventStatus.HAPPENED, e.status(), e.toString());
  }
}
