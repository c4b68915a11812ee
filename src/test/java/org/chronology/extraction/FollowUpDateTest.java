package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.chronology.text.ArabicNormalizer;
import org.chronology.time.TemporalTagger;
import org.junit.jupiter.api.Test;

/**
 * A happening told as done is not dated by the follow-up its sentence announces (published Thursday
 * 16 March 2023).
 */
class FollowUpDateTest {

  private static final TemporalTagger TAGGER = TemporalTagger.standard();

  @Test
  void testADoneSigningIsNotDatedByTheStartItAnnounces() {
    List<ExtractedEvent> e =
        extract(
            "وقع وزيرا التجارة التركي والأذربيجاني اليوم الخميس في باكو اتفاقية للتجارة الحرة.\n\n"
                + "وبموجب الاتفاقية، سيبدأ الجانبان خفض الرسوم الجمركية اعتباراً من أول يناير"
                + " 2024.");
    assertFalse(e.isEmpty());
    for (ExtractedEvent x : e) {
      if (x.status() == EventStatus.HAPPENED && x.date().start() != null) {
        assertFalse(x.date().start().isAfter(Fixtures.PUBLISHED), x.toString());
      }
    }
  }

  @Test
  void testADoneSigningDoesNotTakeTheDateOfAPlanFoldedIntoIt() {
    List<ExtractedEvent> e =
        extract(
            "وقع رئيسا أرمينيا وجورجيا اليوم الخميس في تبليسي معاهدة لترسيم الحدود بين البلدين،"
                + " تطوي خلافاً امتد عقوداً.\n\n"
                + "ووصل الرئيس الأرميني إلى العاصمة الجورجية صباح اليوم في زيارة رسمية تستمر يومين،"
                + " واستقبله نظيره الجورجي في المطار.\n\n"
                + "وقال الرئيس الأرميني في مؤتمر صحفي مشترك إن \"صفحة الخلاف طويت\"، فيما وصف نظيره"
                + " المعاهدة بأنها \"نصر للجوار\".\n\n"
                + "وإلى جانب معاهدة الحدود، وقع الجانبان حزمة من تسع اتفاقيات تشمل النقل والطاقة"
                + " والجمارك.\n\n"
                + "ومن المقرر أن يعرض الرئيسان المعاهدة على برلمانيهما للتصديق خلال الأيام المقبلة.");
    List<ExtractedEvent> deals =
        e.stream()
            .filter(x -> x.type() == EventType.DEAL && x.status() == EventStatus.HAPPENED)
            .toList();
    assertFalse(deals.isEmpty(), e.toString());
    for (ExtractedEvent x : deals) {
      assertEquals(Fixtures.PUBLISHED, x.date().start(), x.toString());
      assertEquals(Fixtures.PUBLISHED, x.date().end(), x.toString());
    }
  }

  @Test
  void testHoursLaterIsTheDayOfTheDateToldJustBefore() {
    List<ExtractedEvent> e =
        extract(
            "أعلنت وزارة الخارجية الأوزبكية فجر أمس الأربعاء استدعاء سفيرها لدى قرغيزستان للتشاور،"
                + " وبعد ساعات استدعت وزارة الخارجية القرغيزية السفير الأوزبكي في بشكيك.");
    assertFalse(e.isEmpty());
    for (ExtractedEvent x : e) {
      assertEquals(LocalDate.of(2023, 3, 15), x.date().start(), x.toString());
    }
  }

  @Test
  void testHoursLaterCountsPastAnOpenPeriodToTheDateBeforeIt() {
    // "منذ 20 فبراير" tells how long the talks lasted; the hours count from yesterday's recall
    List<ExtractedEvent> e =
        extract(
            "أعلنت وزارة الخارجية الأوزبكية فجر أمس الأربعاء استدعاء سفيرها لدى قرغيزستان للتشاور."
                + " وجاء القرار بعد تعثر المحادثات الحدودية الجارية منذ 20 فبراير الماضي."
                + " وبعد ساعات، استدعت وزارة الخارجية القرغيزية السفير الأوزبكي في بشكيك.");
    List<ExtractedEvent> later =
        e.stream().filter(x -> x.evidence().text().contains("بشكيك")).toList();
    assertFalse(later.isEmpty(), e.toString());
    for (ExtractedEvent x : later) {
      assertEquals(LocalDate.of(2023, 3, 15), x.date().start(), x.toString());
    }
  }

  @Test
  void testAStretchFromTheReportOnDoesNotDateADoneVisit() {
    // "within fifteen months" measures the gap between two visits: the visit is yesterday's
    List<ExtractedEvent> e =
        extract(
            "وصل الرئيس الأذربيجاني إلى أنقرة أمس في زيارة هي الثالثة له إلى تركيا في غضون عشرة"
                + " أشهر.");
    assertFalse(e.isEmpty());
    for (ExtractedEvent x : e) {
      assertEquals(LocalDate.of(2023, 3, 15), x.date().start(), x.toString());
      assertEquals(LocalDate.of(2023, 3, 15), x.date().end(), x.toString());
    }
  }

  @Test
  void testADeadlineWithoutAFutureWordDoesNotDateTheDoneMeeting() {
    // "على أن ترفع … في غضون شهرين" times the committee's report, not the meeting it ended
    List<ExtractedEvent> e =
        extract(
            "التقى الرئيسان الأرميني والجورجي أمس الأربعاء في تبليسي.\n\n"
                + "واتفق الجانبان في ختام الاجتماع على تشكيل لجنة مشتركة، على أن ترفع تقريرها"
                + " إلى الرئيسين في غضون شهرين.");
    assertFalse(e.isEmpty());
    for (ExtractedEvent x : e) {
      if (x.status() == EventStatus.HAPPENED && x.date().start() != null) {
        assertFalse(x.date().start().isAfter(Fixtures.PUBLISHED), x.toString());
        assertFalse(x.date().end().isAfter(Fixtures.PUBLISHED), x.toString());
      }
    }
  }

  @Test
  void testAnExpectedStartInAnotherClauseDoesNotDateTheDoneSigning() {
    // "يُنتظر أن تبدأ التشغيل في 2026" times the plant's start, not the signing at the ceremony
    List<ExtractedEvent> e =
        extract(
            "وقّع وزيرا الطاقة المصري والقبرصي أمس في نيقوسيا اتفاقاً لمد خط غاز بين البلدين.\n\n"
                + "كما جرى التوقيع، في الحفل نفسه، على اتفاق لإنشاء محطة لتسييل الغاز، يُنتظر أن"
                + " تبدأ التشغيل في 2026.");
    assertDoneNotAfterPublication(e);
  }

  @Test
  void testADoneSigningDoesNotTakeTheMonthOfAMeetingPlannedBeforeIt() {
    List<ExtractedEvent> e =
        extract(
            "اختتم وزيرا خارجية أوزبكستان وطاجيكستان أمس محادثاتهما في دوشنبه.\n\n"
                + "وقال الوزير الأوزبكي إن بلاده ستستضيف الشهر المقبل اجتماعاً لخبراء البلدين.\n\n"
                + "ووقع البلدان في ختام المحادثات اتفاقاً لتمويل خط لنقل الكهرباء.");
    assertDoneNotAfterPublication(e);
  }

  private static void assertDoneNotAfterPublication(List<ExtractedEvent> e) {
    assertTrue(
        e.stream().anyMatch(x -> x.type() == EventType.DEAL && x.status() == EventStatus.HAPPENED),
        e.toString());
    for (ExtractedEvent x : e) {
      if (x.status() == EventStatus.HAPPENED
          && x.type() != EventType.STATEMENT
          && x.date().start() != null) {
        assertFalse(x.date().start().isAfter(Fixtures.PUBLISHED), x.toString());
      }
    }
  }

  @Test
  void testAPlannedSigningKeepsItsFutureDate() {
    ExtractedEvent deal =
        ofType(
            extract("سيوقع وزيرا الطاقة التركي والأذربيجاني اتفاقية لتوريد الغاز الشهر المقبل."),
            EventType.DEAL);
    assertEquals(LocalDate.of(2023, 4, 1), deal.date().start(), deal.toString());
  }

  @Test
  void testAnAnnouncedPlanKeepsTheDateOfWhatItAnnounces() {
    // read as the drilling announced: the phrase dates it
    List<ExtractedEvent> e =
        extract(
            "وأعلنت شركة توتال الفرنسية أنها ستبدأ أعمال الحفر في المياه اللبنانية خلال عام 2024.");
    assertTrue(
        e.stream().anyMatch(x -> x.date().start() != null && x.date().start().getYear() == 2024),
        e.toString());
  }

  @Test
  void testFutureBetweenFindsAFutureVerbOrCueInTheRange() {
    String s =
        ArabicNormalizer.normalize("رحبت كينيا بالقرار، معلنة أنها ستعيد فتح سفارتها قريبا").text();
    int cue = s.indexOf(ArabicNormalizer.normalize("ستعيد").text());
    assertTrue(TAGGER.futureBetween(s, 0, s.length()));
    assertTrue(TAGGER.futureBetween(s, cue, cue + "ستعيد".length()));
    assertFalse(TAGGER.futureBetween(s, 0, cue));
    String past = ArabicNormalizer.normalize("عاد الوزير، وكان من المقرر أن يشارك في القمة").text();
    assertFalse(TAGGER.futureBetween(past, 0, past.length()), "a plan told with كان");
    assertFalse(TAGGER.futureBetween(s, 5, 3));
  }
}
