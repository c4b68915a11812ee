package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Triggers that were missing from the lexicon: airspace and ambassadors with an attached pronoun,
 * relations restored told by the verb, recognition in the present or future, a loan or a licence
 * granted, a declaration issued (sentences of our own).
 */
class GrantsAndRecognitionTest {

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the hamza of أجواء sits on ي before a pronoun
        "وردت مالي يوم 5 آذار 2024 بإغلاق أجوائها أمام الطيران الجزائري.|other",
        // ambassadors withdrawn or back, the hamza of سفراء on ي before a pronoun
        "وأعلنت الدول الأربع في 5 آذار 2021 سحب سفرائها من العاصمة الليبية.|diplomatic",
        "وقررت الحكومتان يوم الأحد الماضي عودة سفرائهما إلى عملهما.|diplomatic",
        // relations restored by the verb, in the dual too
        "وأعادت الدولتان علاقاتهما في تموز 2016 بعد قطيعة طويلة.|diplomatic",
        "وكان البلدان قد أعادا علاقاتهما في أيار 2009.|diplomatic",
        // recognition in the present of a chronology and in the future
        "وكانت تركيا أول دولة تعترف بالجمهورية الجديدة عام 1991.|diplomatic",
        // a loan or a licence granted: a contract between the parties
        "وأعلن الرئيس أمس الأربعاء منح الأردن قرضاً بقيمة 500 مليون دولار.|deal",
        "منحت وزارة النفط العراقية شركة تركية رخصة للتنقيب عن الغاز في 4 آذار 2022.|deal",
        // a declaration issued at the close of a summit: a text agreed by the parties
        "وأصدر القادة في ختام القمة يوم 19 أيار 2022 إعلان الرباط لتعزيز التعاون.|deal",
        "وأفضى ذلك إلى صدور إعلان مشترك بين البلدين في 3 آذار 2022.|deal",
      })
  void testOneEventOfItsType(String sentence, String type) {
    assertEquals(EventType.fromCode(type), Fixtures.only(sentence).type());
  }

  @Test
  void testRecognitionPromisedIsPlanned() {
    ExtractedEvent e =
        Fixtures.only("وقال الوزير أمس إن بلاده ستعترف بالدولة الجديدة خلال الشهر المقبل.");
    assertEquals(EventType.DIPLOMATIC, e.type());
    assertEquals(EventStatus.PLANNED, e.status());
  }

  @Test
  void testGrantingAnythingButALoanOrALicenceIsNoDeal() {
    List<ExtractedEvent> events =
        Fixtures.extract("ومنح القانون الجديد الحكومة صلاحيات واسعة في 3 آذار 2020.");
    assertTrue(events.stream().noneMatch(e -> e.type() == EventType.DEAL), events.toString());
  }
}
