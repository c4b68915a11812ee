package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A happening told in the past perfect ("وكان الوزير قد زار …") is background from before the
 * article's news: "هذه الزيارة" does not point to it (published Thursday 16 March 2023).
 */
class PastPerfectOccasionTest {

  @Test
  void thisVisitIsTheVisitAtHandNotTheOneToldBefore() {
    ExtractedEvent e =
        ofType(
            extract(
                "وصل وزير الخارجية التركي إلى باكو أمس الأربعاء في زيارة رسمية تستمر يومين.\n\n"
                    + "وكان الوزير التركي قد زار باكو في أكتوبر الماضي.\n\n"
                    + "وفي أنقرة، انتقد حزب معارض غياب أي لقاء مع الرئيس الأذربيجاني خلال هذه"
                    + " الزيارة."),
            EventType.STATEMENT);
    assertEquals(LocalDate.of(2023, 3, 15), e.date().start(), e.toString());
  }
}
