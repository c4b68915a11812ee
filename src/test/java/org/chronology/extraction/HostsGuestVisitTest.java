package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Talks with the host's guest (ضيفه، بضيفه، الرئيس الضيف) and a reception told by its verbal noun
 * after a preposition of time (لدى استقباله، خلال استقباله + a named official of another state) are
 * the guest's visit: the guide's visit is travel by an official to another country, the meetings
 * held during it being that visit (dev README convention 1 on receptions). A resident envoy's
 * reception and talks on a summit's sidelines stay meetings (sentences of our own).
 */
class HostsGuestVisitTest {

  @ParameterizedTest(name = "guest: {0}")
  @ValueSource(
      strings = {
        "بحث الرئيس الصيني مع ضيفه البرازيلي في بكين أمس سبل تعزيز الشراكة بين البلدين.",
        "أجرى العاهل المغربي يوم الجمعة مباحثات مع ضيفه الرئيس الموريتاني بالقصر الملكي في الرباط.",
        "عقد الرئيس الضيف أمس في الجزائر جلسة مباحثات مع رئيس الوزراء الجزائري."
      })
  void testTalksWithTheHostsGuestAreTheGuestsVisit(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.VISIT, EventType.MEETING);
  }

  @ParameterizedTest(name = "reception noun: {0}")
  @ValueSource(
      strings = {
        "لدى استقباله وزير الخارجية اليوناني نيكوس ديندياس أمس في مكتبه بالقاهرة، أكد الرئيس عبد"
            + " الفتاح السيسي عمق العلاقات بين البلدين.",
        "خلال استقباله رئيس الوزراء الفيتنامي فام مينه تشينه في قصر اليمامة أمس، بحث ولي العهد"
            + " السعودي الأمير محمد بن سلمان آفاق التعاون."
      })
  void testAReceptionToldByItsVerbalNounIsTheGuestsVisit(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.VISIT, EventType.MEETING);
  }

  @ParameterizedTest(name = "stays a meeting: {0}")
  @ValueSource(
      strings = {
        "لدى استقباله سفير اليابان لدى المملكة أمس في مكتبه بالرياض، بحث وزير الخارجية السعودي"
            + " الأمير فيصل بن فرحان العلاقات الثنائية.",
        "التقى الرئيس المصري ضيفه الرئيس الكيني على هامش القمة الأفريقية في أديس أبابا يوم السبت."
      })
  void testAnEnvoysReceptionOrSidelineTalksStayAMeeting(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.MEETING, EventType.VISIT);
  }
}
