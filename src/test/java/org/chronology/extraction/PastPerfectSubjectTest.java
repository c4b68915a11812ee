package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * In the past perfect ("وكانت طهران قد نددت بزيارة كوهين") the subject stands between the "was"
 * word and the perfect particle before the verb: the one named after the verb, even with no
 * preposition before it, is what the saying is about, not who says it. A state condemning a visit
 * it took no part in says so as news of its own.
 */
class PastPerfectSubjectTest {

  static Stream<Arguments> sayings() {
    return Stream.of(
        Arguments.of(
            "وصل وزير الخارجية الإسرائيلي إيلي كوهين إلى باكو يوم الاثنين الماضي في زيارة استمرت"
                + " يومين. وكانت طهران قد نددت بزيارة كوهين.",
            "إيران"),
        Arguments.of(
            "زار وزير الدفاع التركي بغداد يوم الأحد الماضي. وكانت دمشق قد انتقدت أنقرة بشدة.",
            "سوريا"));
  }

  @ParameterizedTest
  @MethodSource("sayings")
  void theSubjectBeforeThePerfectParticleSpeaks(String text, String speaker) {
    List<ExtractedEvent> events = Fixtures.extract(text);
    ExtractedEvent said = Fixtures.ofType(events, EventType.STATEMENT);
    assertEquals(Role.SPEAKER, Fixtures.actor(said, speaker).role(), said.actors().toString());
  }
}
