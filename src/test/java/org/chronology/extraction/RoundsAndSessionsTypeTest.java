package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The type of a round and of a session held, by the guide: a numbered round is no journey, a
 * session of a joint body held is talks.
 */
class RoundsAndSessionsTypeTest {

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a numbered round of an election or a tournament: no visit
        "وفاز مرشح المعارضة يوم 12 آذار 2023 في الجولة الثانية من الانتخابات الرئاسية في البيرو.|other",
        "وتغلبت البرازيل على الأوروغواي يوم 12 آذار 2023 في الجولة الرابعة من بطولة أميركا الجنوبية.|other",
        // a session of a joint body agreed on or planned, a round held: talks
        "واتفق الوزيران يوم 12 آذار 2023 على عقد الدورة الخامسة للجنة الوزارية المشتركة في عمّان.|meeting",
        "وقال البيان إن المبعوثين يعقدان جولتهما الثانية في فيينا يوم 20 آذار 2023.|meeting",
        // a numbered round said to be of talks is those talks, with no talks told before it
        "وتستضيف نيروبي يوم 20 آذار 2023 الجولة الثانية من المشاورات السياسية بين كينيا وإثيوبيا.|meeting",
      })
  void testTypeByTheGuide(String sentence, String type) {
    List<EventType> types = Fixtures.extract(sentence).stream().map(ExtractedEvent::type).toList();
    assertEquals(List.of(EventType.fromCode(type)), types, sentence);
  }

  @Test
  void testARoundOfASeriesHeldDuringAVisitIsASessionBesideTheVisit() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وأشار البيان إلى أن الجولة الأولى من المشاورات السياسية بين البلدين انطلقت في نيروبي في"
                + " مارس 2021 خلال زيارة وزير الخارجية الإثيوبي إلى كينيا.");
    List<EventType> types = events.stream().map(ExtractedEvent::type).sorted().toList();
    assertEquals(List.of(EventType.VISIT, EventType.MEETING), types, events.toString());
  }

  @Test
  void testANumberedRoundRightAfterTalksIsTalks() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "بحث وزيرا خارجية النمسا والمجر يوم 12 آذار 2023 في فيينا ملف الطاقة.",
                "وأضاف البيان أن جولة ثانية متوقعة في بودابست خلال الشهر المقبل."));
    assertTrue(events.stream().noneMatch(e -> e.type() == EventType.VISIT), events.toString());
  }
}
