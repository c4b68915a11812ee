package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The type of a signed instrument, of what a party approves, and of a session held in future
 * (sentences of our own): a peace or normalisation instrument is a signed agreement (deal) even
 * when it names the relations it establishes, while a protocol whose object is establishing
 * relations is diplomatic (dev README, convention review round 43, point 3); a ratification is
 * diplomatic only for a signed document, agreeing to buy is the deal; a committee's next session
 * held is a meeting.
 */
class InstrumentsAndSessionsTypeTest {

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // peace and normalisation instruments: deal
        "ووقعت الدولتان في 4 آذار 2021 معاهدة السلام والعلاقات الدبلوماسية بين البلدين.|deal",
        "ووقعت الدولتان، أمس، في القاهرة، معاهدة السلام والعلاقات الدبلوماسية والتطبيع الكامل.|deal",
        "وأشار الوزير إلى اتفاق التطبيع الذي وقعه البلدان في أيار 2021 برعاية أميركية.|deal",
        "ووقع الطرفان في 9 تموز 2019 اتفاق السلام بحضور الوسطاء الأفارقة.|deal",
        // a protocol establishing relations: diplomatic
        "ووقع البلدان في 5 آذار 2022 بروتوكولا لإقامة العلاقات الدبلوماسية بينهما.|diplomatic",
        // a purchase agreed to: deal; a signed document approved: diplomatic
        "ووافقت الحكومة في 3 آذار 2022 على شراء طائرات مسيرة من شركة تركية.|deal",
        "ووافق البرلمان في 3 آذار 2022 على الاتفاقية الحدودية مع الجارة الشمالية.|diplomatic",
        // a session held in future: meeting
        "ومن المنتظر أن تعقد اللجنة المشتركة دورتها المقبلة في عمان الشهر المقبل.|meeting",
        "وستعقد اللجنة العليا دورتها الثالثة في الرياض الأسبوع المقبل.|meeting",
      })
  void testTypeOfTheEvent(String sentence, String type) {
    assertEquals(EventType.fromCode(type), Fixtures.only(sentence).type());
  }
}
