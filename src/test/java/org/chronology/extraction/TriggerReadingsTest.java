package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings of Arabic news that name a happening of the guide's types by a verb and its object with
 * the subject between: a missile launched (at a target an attack, without one a test), a journey
 * set off or a stay as a guest, a loan obtained, a cell dismantled, talks held with a partner,
 * visas lifted, someone detained by the police (Maghrebi أوقف), a summit whose work began.
 */
class TriggerReadingsTest {

  private static ExtractedEvent one(String text, EventType type) {
    List<ExtractedEvent> events = Fixtures.extract(text);
    assertEquals(1, events.size(), events.toString());
    assertEquals(type, events.get(0).type(), events.toString());
    return events.get(0);
  }

  @Test
  void missileLaunchedAtATargetIsAnAttack() {
    one(
        "أطلقت ميليشيا مسلحة صاروخا على قاعدة جوية في شمال العراق يوم الاثنين.",
        EventType.INCIDENT);
    one("أطلق مسلحون صواريخ باتجاه مطار العاصمة الليبية مساء الأحد.", EventType.INCIDENT);
  }

  @Test
  void missileLaunchedWithNoTargetIsAWeaponsTest() {
    one("أطلقت باكستان صاروخا باليستيا من طراز جديد يوم الثلاثاء.", EventType.MILITARY);
  }

  @Test
  void settingOffForACityIsAVisit() {
    one("شد رئيس البرلمان اللبناني الرحال إلى الدوحة صباح الأربعاء.", EventType.VISIT);
  }

  @Test
  void aGuestToComeIsAPlannedVisit() {
    ExtractedEvent e =
        one("يحل ولي العهد الكويتي ضيفا على العاصمة المصرية يوم السبت المقبل.", EventType.VISIT);
    assertEquals(EventStatus.PLANNED, e.status(), e.toString());
  }

  @Test
  void aLoanObtainedIsADeal() {
    one("حصل الأردن على قرض ميسر من صندوق النقد العربي يوم الأحد.", EventType.DEAL);
  }

  @Test
  void aCellDismantledIsAnIncident() {
    one("فككت المصالح الأمنية المغربية خلية إرهابية في مدينة طنجة يوم الجمعة.", EventType.INCIDENT);
  }

  @Test
  void talksWithAPartnerAreAMeeting() {
    one(
        "بحث وزير الداخلية السعودي مع نظيره العراقي في الرياض أمس التعاون الأمني.",
        EventType.MEETING);
  }

  @Test
  void visasLiftedWithNoDateAreADiplomaticStep() {
    one("ألغت أذربيجان التأشيرات عن حاملي الجوازات الدبلوماسية الأوزبكية.", EventType.DIPLOMATIC);
  }

  @Test
  void detainedByThePoliceIsAnArrest() {
    one(
        "أوقفت الشرطة المغربية يوم الخميس أربعة أشخاص يشتبه في تزويرهم وثائق سفر.",
        EventType.INCIDENT);
  }

  @Test
  void aSummitWhoseWorkBeganIsAMeeting() {
    one(
        "انطلقت يوم الأربعاء في المنامة أعمال القمة الخليجية بحضور قادة دول المجلس.",
        EventType.MEETING);
  }

  @Test
  void worksOfAProjectBegunStayAnotherHappening() {
    one("انطلقت أمس أعمال بناء الجسر الرابط بين البلدين على نهر السنغال.", EventType.OTHER);
  }
}
