package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What an opening is depends on what is opened: a mission or an office is a diplomatic step, also
 * when it is named as the subject before the verb or in the indefinite accusative; a military base
 * is military activity; a summit that opened its work is the meeting (sentences of our own).
 */
class OpenedThingTypeTest {

  @ParameterizedTest(name = "mission opened: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وقال الوزير إن سفارة بلاده التي افتتحت في نيروبي في مارس الماضي ستعزز التبادل بين البلدين.",
        "وافتتح وزير التجارة الكيني يوم الاثنين في كيغالي مكتباً تمثيلياً للاستثمار والسياحة."
      })
  void testAMissionOrOfficeOpenedIsDiplomatic(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.DIPLOMATIC, EventType.OTHER);
  }

  @ParameterizedTest(name = "base opened: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وافتتحت فرنسا في يناير 2019 أكبر قاعدة عسكرية لها في منطقة الساحل قرب نيامي.",
        "افتتح وزير الدفاع الهندي أمس الأربعاء قاعدة بحرية جديدة في جزر موريشيوس."
      })
  void testABaseOpenedIsMilitary(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.MILITARY, EventType.OTHER);
  }

  @ParameterizedTest(name = "summit opened: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وألقى الوزير كلمة بلاده أمام القمة التي افتتحت أعمالها أمس في أديس أبابا بمشاركة 20 دولة."
      })
  void testASummitThatOpenedItsWorkIsTheMeeting(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.MEETING, EventType.OTHER);
  }

  @ParameterizedTest(name = "other opening: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وافتتح الرئيس الإثيوبي أمس الأحد السد الجديد على النهر بحضور وفود من دول الجوار.",
        "افتتح رئيس الوزراء يوم السبت خط السكك الحديدية الرابط بين العاصمتين."
      })
  void testADamOrRailwayOpenedStaysOther(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.OTHER, EventType.DIPLOMATIC);
  }

  @org.junit.jupiter.api.Test
  void testTheOpeningNamedAloneIsTheOneToldBefore() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            Fixtures.article(
                "افتتاح القاعدة العسكرية الفرنسية في نيامي",
                "وزير الدفاع الفرنسي ورئيس الوزراء النيجري يحضران الافتتاح صباح اليوم."));
    Fixtures.assertTypedAs(e, EventType.MILITARY, EventType.OTHER);
  }
}
