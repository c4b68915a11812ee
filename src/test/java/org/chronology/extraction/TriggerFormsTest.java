package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Trigger words in the other forms news writes them: with a pronoun, in the present, inflected. */
class TriggerFormsTest {

  @Test
  void testDenialPointingBackWithItsPronounIsAStatement() {
    // a denial of a visit told as done (a denied claim folds into the claim: DeniedIncidentTest)
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وزار وزير الدفاع التركي جزيرة رودس اليونانية أمس الأربعاء، وهو ما نفته أثينا في"
                + " اليوم نفسه.");
    assertEquals(2, events.size());
    assertEquals(EventType.STATEMENT, events.get(1).type());
  }

  @Test
  void testRejectionWithItsPronounIsAStatement() {
    ExtractedEvent e =
        Fixtures.only("عرضت تونس مبادرة للحوار بين الطرفين، رفضتها الحكومة الليبية يوم الإثنين.");
    assertEquals(EventType.STATEMENT, e.type());
  }

  @Test
  void testSigningInAChronologysPresentIsADeal() {
    ExtractedEvent e =
        Fixtures.only("12 حزيران 2014: الأردن وفلسطين توقعان اتفاقاً للربط الكهربائي.");
    assertEquals(EventType.DEAL, e.type());
    assertEquals(2014, e.date().start().getYear());
  }

  @Test
  void testPluralSignersInThePresentSignADeal() {
    ExtractedEvent e =
        Fixtures.only("- 3 أيار 2019: وزراء الطاقة في الدول الثلاث يوقعون في عمان مذكرة للربط.");
    assertEquals(EventType.DEAL, e.type());
  }

  @Test
  void testAnAttackNamedWithItsAttackersPronounIsAnIncident() {
    ExtractedEvent e =
        Fixtures.only(
            "وانسحبت القوات من المدينة بعد أن شنت الجماعة هجومها على المطار في 4 آذار 2016.");
    assertEquals(EventType.INCIDENT, e.type());
  }

  @Test
  void testAPlaneDownedIsAnIncident() {
    ExtractedEvent e =
        Fixtures.only("وأكدت وزارة الدفاع الأوكرانية أمس سقوط طائرة استطلاع روسية قرب خاركيف.");
    assertEquals(EventType.INCIDENT, e.type());
  }

  @Test
  void testACableBetweenLeadersIsAHappening() {
    ExtractedEvent e =
        Fixtures.only("وبعث أمير الكويت أمس برقية تهنئة إلى ملك البحرين بمناسبة العيد الوطني.");
    assertEquals(EventType.OTHER, e.type());
  }

  @Test
  void testAnOathOfOfficeIsAHappening() {
    ExtractedEvent e =
        Fixtures.only("وأدى الوزراء الجدد اليمين الدستورية أمام الرئيس التونسي يوم الأحد.");
    assertEquals(EventType.OTHER, e.type());
  }

  @Test
  void testCrossingsInThePluralAreLikeOneCrossing() {
    ExtractedEvent e = Fixtures.only("واتفق الوزيران أمس على فتح معابر جديدة بين تركيا والعراق.");
    assertTrue(e.type() == EventType.OTHER || e.type() == EventType.DEAL);
  }

  @Test
  void testInauguratingAnEmbassyIsDiplomaticAndAPipelineAnotherHappening() {
    assertEquals(
        EventType.DIPLOMATIC,
        Fixtures.only("ودشن وزير الخارجية الإماراتي أمس سفارة بلاده في دمشق.").type());
    assertEquals(
        EventType.OTHER,
        Fixtures.only("ودشن الرئيسان يوم السبت خط أنابيب للغاز بين تركمانستان والصين.").type());
  }

  @Test
  void testAnEventNounInTheAccusativeIsFound() {
    ExtractedEvent e = Fixtures.only("وشنت الجماعة هجوماً على قاعدة عسكرية في 3 أيار 2017.");
    assertEquals(EventType.INCIDENT, e.type());
  }

  @Test
  void testDecadesAreNoContracts() {
    Fixtures.assertNoEvent("وظلت العلاقات بين البلدين متوترة عقوداً طويلة.");
  }

  @Test
  void testAidSentIsAHappening() {
    ExtractedEvent e =
        Fixtures.only("وأرسلت الجزائر أمس فرق إغاثة ومساعدات طبية إلى ليبيا بعد الفيضانات.");
    assertEquals(EventType.OTHER, e.type());
  }

  @Test
  void testRelationsCutWithTheSubjectBetween() {
    ExtractedEvent e =
        Fixtures.only("وفي 7 آذار 2018 قطع البلدان علاقاتهما الدبلوماسية إثر خلاف حدودي.");
    assertEquals(EventType.DIPLOMATIC, e.type());
  }

  @Test
  void testAWarningIssuedIsAStatement() {
    ExtractedEvent e =
        Fixtures.only("ووجه وزير الدفاع التركي أمس تحذيراً إلى المسلحين قرب الحدود السورية.");
    assertEquals(EventType.STATEMENT, e.type());
  }

  @Test
  void testASentencePassedWithoutItsJudgeIsAHappening() {
    ExtractedEvent e = Fixtures.only("وصدر بحق الصحفيين الثلاثة أمس حكم بالسجن خمس سنوات.");
    assertEquals(EventType.OTHER, e.type());
  }

  @Test
  void testWordsQuotedByAMediumAreAFrameLikeSaid() {
    ExtractedEvent e =
        Fixtures.only(
            "ونقلت الوكالة عن وزير الخارجية التركي مولود جاووش أوغلو قوله يوم الأحد إن بلاده"
                + " مستعدة للحوار مع أرمينيا.");
    assertEquals(EventType.STATEMENT, e.type());
  }

  @Test
  void testAnInitiativePutForwardIsAStatement() {
    ExtractedEvent e = Fixtures.only("وعرضت قطر يوم الأحد مبادرة لوقف القتال بين الجانبين.");
    assertEquals(EventType.STATEMENT, e.type());
  }

  @Test
  void testAHostReceivingWithTheGuestAsPronounIsTheGuestsVisit() {
    // the guest told before came to the host: the guide's visit (ReceivedGuest)
    ExtractedEvent e = Fixtures.only("واستقبله الرئيس التونسي قيس سعيد أمس في قصر قرطاج.");
    assertEquals(EventType.VISIT, e.type());
  }

  @Test
  void testABaseHandedOverIsMilitary() {
    ExtractedEvent e =
        Fixtures.only(
            "وكانت القوات البريطانية قد سلمت قاعدة البصرة الجوية إلى الجيش العراقي في 16"
                + " كانون الأول 2007.");
    assertEquals(EventType.MILITARY, e.type());
  }

  @Test
  void testAStateRecallingItsOwnEnvoyInATimelineIsDiplomatic() {
    ExtractedEvent e = Fixtures.only("- 7 آذار 2018: عمّان تستدعي سفيرها من طرابلس للتشاور.");
    assertEquals(EventType.DIPLOMATIC, e.type());
    assertEquals(2018, e.date().start().getYear());
  }

  @Test
  void testAProtestInATimelinesPresentIsAStatement() {
    ExtractedEvent e =
        Fixtures.only("- 2009: تونس تحتج رسمياً على اعتقال صيادين تونسيين قرب لامبيدوزا.");
    assertEquals(EventType.STATEMENT, e.type());
    assertEquals(2009, e.date().start().getYear());
  }

  @Test
  void testNotNeedingIsNoProtest() {
    List<ExtractedEvent> events =
        Fixtures.extract("لم يحتج الوزير الجديد إلى أكثر من أسبوع ليعرف ملفات الوزارة.");
    assertTrue(events.stream().noneMatch(e -> e.type() == EventType.STATEMENT));
  }

  @Test
  void testJoiningAUnionInATimelineIsAHappening() {
    ExtractedEvent e = Fixtures.only("- 1 كانون الثاني 2007: رومانيا تنضم إلى الاتحاد الأوروبي.");
    assertEquals(EventType.OTHER, e.type());
    assertEquals(2007, e.date().start().getYear());
  }

  @Test
  void testRefusingToJoinPressureIsNoAccession() {
    List<ExtractedEvent> events =
        Fixtures.extract("وقال الرئيس إن بلاده لن تنضم إلى أي ضغوط على جيرانها.");
    assertTrue(events.stream().noneMatch(e -> e.type() == EventType.OTHER));
  }

  @Test
  void testWoundedOpeningATimelineLineIsAnIncident() {
    ExtractedEvent e =
        Fixtures.only("- حزيران 2019: إصابة عشرين شرطياً في مواجهات مع محتجين قرب الحدود.");
    assertEquals(EventType.INCIDENT, e.type());
    assertEquals(2019, e.date().start().getYear());
  }

  @Test
  void testPropertySufferingSabotageIsAnIncident() {
    ExtractedEvent e =
        Fixtures.only("وتعرضت مكاتب شركة أجنبية في العاصمة لأعمال تخريب يوم 3 آذار 2016.");
    assertEquals(EventType.INCIDENT, e.type());
  }

  @Test
  void testADocumentDepositedWithTheUnIsADiplomaticStep() {
    ExtractedEvent e =
        Fixtures.only("وكانت تشيلي قد أودعت الأمم المتحدة خرائط حدودها البحرية عام 2009.");
    assertEquals(EventType.DIPLOMATIC, e.type());
    assertEquals(2009, e.date().start().getYear());
  }

  @Test
  void testALinePutIntoServiceIsAHappening() {
    ExtractedEvent e = Fixtures.only("ويذكر أن خط السكك الحديدية بين البلدين دخل الخدمة عام 2016.");
    assertEquals(EventType.OTHER, e.type());
    assertEquals(2016, e.date().start().getYear());
  }

  @Test
  void testEnteringAloneIsNoHappening() {
    assertTrue(
        Fixtures.extract("ودخل الوزير القاعة متأخراً بعد انتهاء الكلمة الافتتاحية.").stream()
            .noneMatch(e -> e.type() == EventType.OTHER));
  }

  @Test
  void testRoundsOfMediationAreTalks() {
    ExtractedEvent e = Fixtures.only("- 2019: ثلاث جولات وساطة قطرية بين الحكومة والمتمردين.");
    assertEquals(EventType.MEETING, e.type());
  }

  @Test
  void testAnEvacuationOfCitizensIsAHappening() {
    ExtractedEvent e =
        Fixtures.only("وبدأت الهند في 5 آذار 2022 إجلاء رعاياها من أوكرانيا عبر بولندا.");
    assertEquals(EventType.OTHER, e.type());
  }

  @Test
  void testShellsFallingOnVillagesAreAnIncident() {
    ExtractedEvent e =
        Fixtures.only("وسقطت قذائف مدفعية على بلدات حدودية شمالي البلاد في 7 آب 2019.");
    assertEquals(EventType.INCIDENT, e.type());
  }

  @Test
  void testCriticismRenewedIsAStatement() {
    ExtractedEvent e =
        Fixtures.only("وجدد رئيس الوزراء المجري انتقاده لسياسة الهجرة الأوروبية يوم 9 أيار 2018.");
    assertEquals(EventType.STATEMENT, e.type());
  }

  @Test
  void testABanAnnouncedIsTheBanNotTheAnnouncement() {
    ExtractedEvent e =
        Fixtures.only(
            "وأعلنت الحكومة الإندونيسية يوم 2 شباط 2021 حظراً على تصدير الفحم إلى الخارج.");
    assertEquals(EventType.OTHER, e.type());
  }
}
