package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.chronology.time.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateGovernanceTest {

  @Test
  void testTwoDatedHappeningsInOneClause() {
    List<ExtractedEvent> e =
        extract("افتتحت أذربيجان مكتبا تجاريا في تل أبيب عام 2021 وعززته بمكتب للسياحة عام 2022.");
    assertEquals(2, e.size());
    assertEquals(2021, e.get(0).date().start().getYear());
    assertEquals(2022, e.get(1).date().start().getYear());
  }

  /**
   * A month written without a year moves to the next one only for a plan told before it: a round
   * held in a month gone by, beside one that "was scheduled" and postponed, keeps that past month
   * (published 2023-03-16).
   */
  @Test
  void monthWithoutYearStaysPastWithoutAPlanBeforeIt() {
    List<ExtractedEvent> e =
        extract(
            "وعُقدت الجولة الأولى من المشاورات السياسية بين الوزارتين يومي 8 و9 نوفمبر، فيما"
                + " أُرجئت جولة ثانية كانت مقررة في ديسمبر.");
    assertEquals(2, e.size(), e.toString());
    assertEquals(LocalDate.of(2022, 11, 8), e.get(0).date().start(), e.toString());
    assertEquals(LocalDate.of(2022, 12, 1), e.get(1).date().start(), e.toString());
  }

  /**
   * A phrase in the head's own clause wins over one of an earlier clause behind a comma; not when a
   * bound word ("حتى") makes it the end of a period (published 2023-03-16).
   */
  @Test
  void phraseOfTheHeadsClauseWinsOverAnEarlierClauses() {
    ExtractedEvent e =
        only(
            "وشهد الشهر الماضي تقارباً بين البلدين، إذ زار وزير الخارجية التركي العاصمة الأرمينية"
                + " يريفان في 9 فبراير 2023.");
    assertEquals(LocalDate.of(2023, 2, 9), e.date().start(), e.toString());
    assertEquals(LocalDate.of(2023, 2, 9), e.date().end(), e.toString());
  }

  /**
   * A hedged stretch up to the publication before the head ("خلال الأشهر الماضية") frames the
   * happening; the month written after the head, even behind an apposition's commas, dates it
   * (published 2023-03-16).
   */
  @Test
  void aDatedPhraseAfterTheHeadWinsOverAStretchUpToThePublication() {
    ExtractedEvent e =
        only(
            "وشهدت العلاقات بين البلدين خلال الأشهر الماضية تقارباً، إذ زار وزير الخارجية"
                + " الغاني، كوامي أدجي، العاصمة التوغولية لومي في ديسمبر الماضي.");
    assertEquals(LocalDate.of(2022, 12, 1), e.date().start(), e.toString());
    assertEquals(Precision.MONTH, e.date().precision(), e.toString());
  }

  /** The stretch alone still dates the happening (published 2023-03-16). */
  @Test
  void aStretchUpToThePublicationDatesAHappeningWithoutAnotherPhrase() {
    ExtractedEvent e =
        only("وخلال الأسابيع الأخيرة زار وزير الخارجية الغاني العاصمة التوغولية لومي.");
    assertEquals(LocalDate.of(2023, 3, 16), e.date().end(), e.toString());
  }

  /** "يوم الاثنين 4 / 7 / 1437هـ": a Hijri date as Gulf agencies print it dates the visit. */
  @Test
  void aSpacedNumericHijriDateDatesTheHappening() {
    ExtractedEvent e =
        extract(
                "أشار البيان إلى ما تم الاتفاق عليه خلال زيارة ولي العهد السعودي إلى الأردن يوم"
                    + " الاثنين 4 / 7 / 1437هـ.",
                LocalDate.of(2016, 4, 28))
            .get(0);
    assertEquals(LocalDate.of(2016, 4, 11), e.date().start(), e.toString());
    assertEquals(Precision.DAY, e.date().precision(), e.toString());
  }

  @Test
  void boundPhraseOfTheHeadsClauseDoesNotWin() {
    ExtractedEvent e =
        only(
            "وشهد الشهر الماضي تقارباً بين البلدين، إذ زار وزير الخارجية التركي يريفان حتى 9"
                + " فبراير 2023.");
    assertEquals(LocalDate.of(2023, 2, 1), e.date().start(), e.toString());
    assertEquals(LocalDate.of(2023, 2, 28), e.date().end(), e.toString());
  }

  /**
   * A press review's phrase after the issue of the papers ("الصحف … الصادرة اليوم، الخميس،") says
   * when they appeared: the visit they tell keeps its own day, and its re-mention in a later clause
   * takes no date from that phrase, so it stays the one visit (published 2023-03-16).
   */
  @Test
  void thePapersIssueDatesNoHappeningTheyTell() {
    List<ExtractedEvent> e =
        extract(
            "تناولت الصحف الأردنية الصادرة اليوم، الخميس، الزيارة التي قام بها العاهل الأردني إلى"
                + " الرياض أمس الأربعاء، وهي أول زيارة له إلى المملكة منذ ثلاثة أعوام.");
    assertEquals(1, e.size(), e.toString());
    assertEquals(LocalDate.of(2023, 3, 15), e.get(0).date().start(), e.toString());
  }

  @Test
  void plannedMonthWithoutYearAfterAPlanIsTheNextOne() {
    ExtractedEvent e =
        only(
            "ومن المقرر أن يغادر الوزير العاصمة بعد المحادثات قبل أن يتوجه إلى جنيف لحضور المؤتمر"
                + " يوم 10 فبراير.");
    assertEquals(LocalDate.of(2024, 2, 10), e.date().start(), e.toString());
  }

  /**
   * One sentence, one event: its type, the first day of its date and its precision (an empty type
   * or precision is not checked by the row).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a leading date clause governs the sentence"
            + "|في العام 2009، وخلال قيام الرئيس الإسرائيلي شيمون بيريز بزيارة إلى أذربيجان، تم"
            + " توسيع التعاون.||2009-01-01|YEAR",
        // Published on Thursday 2023-03-16: "الثلاثاء" is the 14th.
        "a date between commas dates the announced happening"
            + "|أعلنت وزارة الدفاع التركية، الثلاثاء، إجراء مناورات بحرية مشتركة مع أذربيجان."
            + "|military|2023-03-14|DAY",
        "its own date beats the nearest number"
            + "|زار الوزير باكو في 12 شباط 2023، بعد 30 عاما من إقامة العلاقات بين البلدين."
            + "||2023-02-12|",
        "a past weekday is the most recent such day"
            + "|والثلاثاء زار وزير الخارجية التركي باكو لبحث التعاون.||2023-03-14|",
        "the report date dates the reported visit without a date of its own"
            + "|كشف تقرير إسرائيلي، اليوم الأربعاء، أن وفدا إسرائيليا برئاسة وزير الدفاع يوآف غالانت"
            + " زار أذربيجان.|visit|2023-03-15|",
        "an announced decision is dated by its announcement"
            + "|قالت كينيا وتنزانيا يوم الثلاثاء إنهما ستعيدان العلاقات الدبلوماسية بينهما."
            + "|diplomatic|2023-03-14|",
        "the own date of the complement beats the report date"
            + "|ذكرت صحيفة محلية، اليوم الأربعاء، أن وزير الخارجية البيروفي زار كيتو في يناير"
            + " الماضي.|visit|2023-01-01|",
        "a gap measured with since does not date the visit"
            + "|وزار وزير الخارجية الغاني لومي في شباط الماضي، في أول زيارة من نوعها منذ 2011."
            + "|visit|2023-02-01|"
      })
  void testTypeDayAndPrecision(
      String name, String sentence, String type, LocalDate day, Precision precision) {
    ExtractedEvent e = only(sentence);
    if (type != null) {
      assertEquals(EventType.fromCode(type), e.type());
    }
    assertEquals(day, e.date().start());
    if (precision != null) {
      assertEquals(precision, e.date().precision());
    }
  }

  @Test
  void testPlannedWeekdayIsTheNextSuchDay() {
    // published Thursday 16 March 2023: "سيزور ... الثلاثاء" is Tuesday 21 March
    ExtractedEvent e = only("سيزور وزير الخارجية التركي باكو الثلاثاء لبحث التعاون.");
    assertEquals(EventStatus.PLANNED, e.status());
    assertEquals(LocalDate.of(2023, 3, 21), e.date().start());
  }

  @Test
  void testRelativeDateWithoutPublicationDateStaysUnresolved() {
    ExtractedEvent e = extract("أمس زار وزير الخارجية التركي باكو.", null).get(0);
    assertNull(e.date().start());
    assertEquals(Precision.UNKNOWN, e.date().precision());
    assertEquals("أمس", e.date().text());
  }

  @Test
  void testDateRelativeToAnotherEventTakesThatEventsDate() {
    List<ExtractedEvent> e =
        extract(
            "زار وفد إسرائيلي أذربيجان قبل يوم واحد من انطلاق العملية العسكرية في قره باغ."
                + " وكانت العملية العسكرية قد بدأت في 19 أيلول 2023.",
            LocalDate.of(2023, 9, 21));
    ExtractedEvent visit = e.stream().filter(x -> x.type() == EventType.VISIT).findFirst().get();
    ExtractedEvent op = e.stream().filter(x -> x.type() == EventType.INCIDENT).findFirst().get();
    assertEquals(LocalDate.of(2023, 9, 18), visit.date().start());
    assertEquals(LocalDate.of(2023, 9, 19), op.date().start());
  }

  @Test
  void testHabitWithoutDateIsNotAnEvent() {
    assertEquals(List.of(), extract("وتشتري إسرائيل النفط من أذربيجان عبر ميناء جيهان."));
  }
}
