package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The guide's visit (sentences of our own): the host receiving a guest told before, the guest an
 * attached pronoun ("استقبله"), or an official of another state named as the guest, is the guest's
 * visit; the reception of a resident envoy, or of a guest on a summit's sidelines, stays a meeting.
 */
class ReceivedGuestTypeTest {

  @ParameterizedTest(name = "received guest: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وفي أيار/مايو الماضي استقبله الرئيس الكيني وليام روتو في نيروبي.",
        "وكان الرئيس البرازيلي لولا دا سيلفا قد استقبلها في برازيليا يوم الاثنين الماضي."
      })
  void testAReceptionOfAGuestToldBeforeIsAVisit(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.VISIT, EventType.MEETING);
  }

  @ParameterizedTest(name = "foreign guest: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "استقبل الرئيس الكيني وليام روتو أمس في نيروبي الرئيس الأوغندي يويري موسيفيني.",
        "واستقبل الرئيس البرازيلي لولا دا سيلفا يوم الاثنين في برازيليا الرئيس الأرجنتيني خافيير ميلي."
      })
  void testAReceptionOfAnOfficialOfAnotherStateIsAVisit(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.VISIT, EventType.MEETING);
  }

  @ParameterizedTest(name = "meeting: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "استقبل وزير الخارجية المغربي أمس في الرباط سفير البرتغال لدى المملكة.",
        "واستقبل الرئيس الكيني وليام روتو على هامش القمة الأفريقية أمس الرئيس الأوغندي يويري موسيفيني."
      })
  void testAReceptionNamingItsGuestStaysAMeeting(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertTrue(e.stream().anyMatch(x -> x.type() == EventType.MEETING), e.toString());
  }
}
