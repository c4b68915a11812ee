package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A clause of consequence that names the party moved to act ("ما دفع البرلمان إلى …"، "ما أثار
 * احتجاج باريس") tells that party's act, an event of its own with its own date, even with no
 * trigger word. The casualties of an attack ("ما أسفر عن مقتل …") and a reaction with no party
 * named stay with the happening told.
 */
class ConsequenceClauseTest {

  static Stream<Arguments> sentences() {
    return Stream.of(
        // a party driven to act, with no trigger word of its own
        Arguments.of(
            "سيطر جيش جنوب السودان على هجليج في العاشر من مارس الجاري، ما دفع البرلمان السوداني"
                + " إلى إعلان دولة الجنوب عدواً يوم الاثنين الماضي.",
            2),
        // a party's reaction provoked
        Arguments.of(
            "واعتقلت السلطات الجزائرية الكاتب الفرنسي بمطار الجزائر في 16 نوفمبر 2022، ما أثار"
                + " احتجاج باريس.",
            2),
        // the casualties are the attack
        Arguments.of(
            "وهاجم مسلح سفارة أذربيجان في طهران في 27 يناير الماضي، ما أسفر عن مقتل مسؤول الأمن"
                + " فيها.",
            1),
        // a reaction with no party named is no event of its own
        Arguments.of(
            "ونفذت السلطات السعودية السبت حكم الإعدام بحق 47 مداناً، وهو ما أثار موجة من الإدانات"
                + " في إيران.",
            1));
  }

  @ParameterizedTest
  @MethodSource("sentences")
  void onePerHappening(String text, int happenings) {
    List<ExtractedEvent> events = Fixtures.extract(text);
    assertEquals(happenings, events.size(), events.toString());
  }

  @Test
  void theActDrivenKeepsItsOwnDate() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "سيطر جيش جنوب السودان على هجليج في العاشر من مارس الجاري، ما دفع البرلمان السوداني"
                + " إلى إعلان دولة الجنوب عدواً يوم الاثنين الماضي.");
    assertEquals(2, events.size(), events.toString());
    assertEquals(EventType.INCIDENT, events.get(0).type());
    assertEquals("2023-03-10", events.get(0).date().start().toString());
    assertEquals("2023-03-13", events.get(1).date().start().toString());
  }

  @Test
  void theReactionIsTheProvokedPartysStatement() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "واعتقلت السلطات الجزائرية الكاتب الفرنسي بمطار الجزائر في 16 نوفمبر 2022، ما أثار"
                + " احتجاج باريس.");
    assertEquals(2, events.size(), events.toString());
    assertTrue(events.stream().anyMatch(e -> e.type() == EventType.STATEMENT), events.toString());
  }
}
