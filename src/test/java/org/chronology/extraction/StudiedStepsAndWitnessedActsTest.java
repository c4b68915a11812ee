package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A step a party studies is a consideration the article does not confirm (the guide's reported,
 * like فكرت في شراء), kept even undated; an act told as what an occasion "witnessed" in a relative
 * clause is the event, the occasion its setting; a cancellation cue that opens the trigger phrase
 * itself cancels it (sentences of our own).
 */
class StudiedStepsAndWitnessedActsTest {

  @ParameterizedTest(name = "{1} {2}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a deal or a mission studied: reported, undated
        "وذكرت الصحيفة أن بغداد تدرس استيراد الغاز من قطر.|deal|reported",
        "وقالت مصادر إن الحكومة المصرية تدرس تمويل إنشاء ميناء في جيبوتي.|deal|reported",
        "وأفادت تقارير أمس بأن الكويت تدرس إيداع ملياري دولار لدى البنك المركزي اللبناني.|deal|reported",
        "وأشارت الصحيفة إلى أن المغرب يدرس بيع الفوسفات إلى الهند.|deal|reported",
        "وأفادت مصادر بأن الصندوق السيادي العماني يدرس الاستحواذ على حصة في مصنع للأسمدة بالهند.|deal|reported",
        "وقالت الصحيفة إن الشركة الوطنية الجزائرية تدرس الاستحواذ على شركة توزيع إسبانية.|deal|reported",
        "وأشارت الصحيفة إلى أن المغرب يدرس فتح سفارة له في إسرائيل.|diplomatic|reported",
        // the act an occasion witnessed, the occasion pointed back to by a relative
        "وهي الزيارة التي شهدت أمس توقيع ست مذكرات تفاهم بين مصر والأردن.|deal|happened",
        // the cancellation verb opens the trigger phrase
        "وألغت الوزارة أمس فعاليات الأسبوع الثقافي مع الجارة.|other|cancelled",
      })
  void testTheStepHasItsTypeAndStatus(String sentence, String type, String status) {
    ExtractedEvent e = Fixtures.only(sentence);
    assertEquals(EventType.fromCode(type), e.type());
    assertEquals(EventStatus.fromCode(status), e.status());
  }
}
