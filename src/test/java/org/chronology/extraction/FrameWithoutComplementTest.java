package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reporting frame with no أن after it reports no clause of its own: the date of a happening told
 * after it is that happening's (published Thursday 16 March 2023).
 */
class FrameWithoutComplementTest {

  private static boolean datedOn(List<ExtractedEvent> events, EventType type, LocalDate day) {
    return events.stream()
        .anyMatch(
            e -> e.type() == type && day.equals(e.date().start()) && day.equals(e.date().end()));
  }

  @Test
  void testASigningToldAfterAReminderKeepsItsOwnDay() {
    List<ExtractedEvent> e =
        extract(
            "وتطرقت الصحيفة إلى الاتفاق الجديد.\n\n"
                + "مذكّرة بالاتفاقية التي وقعتها أرمينيا مع جورجيا في 9 فبراير بحضور رئيسي"
                + " البلدين.");
    assertTrue(datedOn(e, EventType.DEAL, LocalDate.of(2023, 2, 9)), e.toString());
  }

  @Test
  void testAQuotingFrameKeepsTheDatesOfItsWords() {
    // the month is inside what the minister said, not the date of a signing told by the article
    List<ExtractedEvent> e =
        extract(
            "وقع وزيرا الطاقة الأرميني والجورجي اليوم الخميس في تبليسي اتفاقية للربط الكهربائي.\n\n"
                + "وقال الوزير الأرميني خلال المراسم: \"هذه الاتفاقية ثمرة مفاوضات وقعنا فيها"
                + " مذكرة تفاهم في يناير الماضي\".");
    assertTrue(datedOn(e, EventType.DEAL, Fixtures.PUBLISHED), e.toString());
  }
}
