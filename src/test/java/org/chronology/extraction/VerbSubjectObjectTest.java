package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * News Arabic puts the subject between a verb and its object ("سحبت تركيا سفيرها"): verb-and-object
 * triggers are found across it. Talks between delegations and "the round" after a round of talks
 * are a meeting, not a journey.
 */
class VerbSubjectObjectTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // wire style, date after the subject
        "وسحبت أنقرة سفيرها من تل أبيب في آذار 2018 احتجاجاً على ذلك.|diplomatic",
        // Gulf daily, long subject with the country adjective
        "سحبت الحكومة البحرينية أمس سفيرها لدى طهران.|diplomatic",
        // arrival with the subject and a date between the verb and إلى
        "وصل الرئيس الأوكراني فولوديمير زيلينسكي مساء الأربعاء إلى أنقرة.|visit",
        // Maghrebi press, the destination a state
        "ووصل وزير الخارجية المغربي يوم الاثنين إلى موريتانيا في أول جولة له.|visit",
        // a shooting told with its gunmen between verb and object
        "وأطلق مسلحون مجهولون النار فجر اليوم على مبنى القنصلية.|incident",
        "قطعت المغرب في أغسطس 2021 علاقاتها مع الجزائر.|diplomatic",
        // a subject of two offices and a date (nine words) between the verb and إلى
        "ووصل نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين الأردني أمس إلى بغداد.|visit",
      })
  void aVerbFindsItsObjectAcrossTheSubject(String sentence, String type) {
    List<ExtractedEvent> events = Fixtures.extract(sentence);
    assertEquals(1, events.size(), events.toString());
    assertEquals(type, events.get(0).type().code());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ووصلت العلاقات بين البلدين عام 2010 إلى أدنى مستوياتها.",
        "ووصل عدد المشاركين في المعرض يوم الثلاثاء إلى ثلاثة آلاف زائر.",
      })
  void reachingALevelIsNoArrival(String sentence) {
    for (ExtractedEvent e : Fixtures.extract(sentence)) {
      assertTrue(e.type() != EventType.VISIT, e.toString());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "انطلقت اليوم الخميس في جنيف جولة جديدة من المفاوضات بين الوفدين الإيراني والأمريكي.",
        "عقد الوفدان المصري والإثيوبي أمس الأربعاء مفاوضات مغلقة في الخرطوم.",
        "وبدأت في الدوحة يوم الأحد محادثات غير مباشرة بين وفدي الحكومة والمعارضة.",
      })
  void talksBetweenDelegationsAreAMeeting(String sentence) {
    ExtractedEvent e = Fixtures.only(sentence);
    assertEquals(EventType.MEETING, e.type());
  }

  @org.junit.jupiter.api.Test
  void anArrivalWithALongSubjectIsStillTheVisitOfItsMeeting() {
    ExtractedEvent e =
        Fixtures.only(
            "ووصل نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين الأردني أمس إلى بغداد، والتقى"
                + " نظيره العراقي.");
    assertEquals(EventType.VISIT, e.type());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "التقى وزير الخارجية الكويتي أمس في جنيف رئيس وفد المعارضة اليمنية.\n\n"
            + "وضم وفد المعارضة اليمنية عشرة أعضاء بينهم ممثلون عن الأحزاب.",
        "اجتمع وزير الخارجية الأردني أمس مع ممثلي الفصائل في عمّان.\n\n"
            + "وترأس الوفد الفلسطيني نائب رئيس المكتب السياسي.",
      })
  void aDelegationToldAfterTalksIsTheirPartyNotAJourney(String text) {
    ExtractedEvent e = Fixtures.only(text);
    assertEquals(EventType.MEETING, e.type());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "وصل وفد سعودي رفيع اليوم الخميس إلى طهران لإجراء محادثات مع المسؤولين الإيرانيين.",
        "بدأ وفد عسكري تركي اليوم الخميس زيارة إلى باكو تستمر يومين يجري خلالها محادثات.",
      })
  void aDelegationThatTravelsStillVisits(String sentence) {
    ExtractedEvent e = Fixtures.only(sentence);
    assertEquals(EventType.VISIT, e.type());
  }

  @org.junit.jupiter.api.Test
  void theRoundAfterARoundOfTalksIsThoseTalks() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "انطلقت اليوم الخميس في جنيف جولة جديدة من المفاوضات بين الوفدين الإيراني والأمريكي."
                + "\n\nوعقب انتهاء الجولة، أعلن نائب وزير الخارجية الإيراني أن بلاده ستدرس المقترحات"
                + " قبل المفاوضات المقبلة.");
    for (ExtractedEvent e : events) {
      assertTrue(e.type() != EventType.VISIT, events.toString());
    }
    assertEquals(EventType.MEETING, events.get(0).type(), events.toString());
  }
}
