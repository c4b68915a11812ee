package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An agreement told by its verb alone in what a verb of announcing declares is the agreement
 * announced, a deal (the guide types by the act reported, not by the verb reporting it); a verb of
 * saying leaves the saying as it was (sentences of our own).
 */
class AnnouncedAgreementTest {

  @ParameterizedTest(name = "deal: {0}")
  @ValueSource(
      strings = {
        "وفي 3 آذار 2023 أعلن وزير الخارجية المغربي أن الرباط اتفقت مع أبوجا على تزويدها بالأسمدة.",
        "وفي 9 آب 2016 أعلنت الحكومة التونسية أنها اتفقت مع الجزائر على إعفاء السلع الزراعية من الرسوم."
      })
  void testAnAnnouncedAgreementIsADeal(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.DEAL, EventType.STATEMENT);
  }

  @ParameterizedTest(name = "no deal: {0}")
  @ValueSource(strings = {"وقال الوزير في 3 آذار 2023 إن الجانبين اتفقا على مواصلة التشاور."})
  void testASayingAboutAnAgreementIsNoDeal(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertTrue(e.stream().noneMatch(x -> x.type() == EventType.DEAL), e.toString());
  }
}
