package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A future step announced beside what was done ("… خلال الأيام المقبلة") times the step, not the
 * call, welcome or agreement told before it; nor is such a step the article's main happening that
 * undated news shares (published Thursday 16 March 2023).
 */
class AnnouncedStepDateTest {

  private static ExtractedEvent first(List<ExtractedEvent> events, EventType type, String word) {
    return events.stream()
        .filter(e -> e.type() == type && e.evidence().text().contains(word))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " with " + word + " in " + events));
  }

  @Test
  void testACallToldBeforeAnAnnouncedStepIsDone() {
    List<ExtractedEvent> events =
        extract(
            "دعت منظمة التعاون الإسلامي، في بيان صدر في جدة، البلدين إلى ضبط النفس والعودة إلى"
                + " المفاوضات، وأعلنت أنها سترسل وفدا للوساطة إلى المنطقة خلال الأيام المقبلة.");
    ExtractedEvent call = first(events, EventType.STATEMENT, "دعت");
    assertEquals(EventStatus.HAPPENED, call.status(), events.toString());
  }

  @Test
  void testAnAgreedStepWithNothingElseToldStaysPlanned() {
    List<ExtractedEvent> events =
        extract(
            "اتفقت الحكومتان على بدء تطبيق الإعفاء الجمركي على المنتجات الزراعية اعتبارا من الأول"
                + " من يونيو المقبل.");
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventStatus.PLANNED, events.get(0).status(), events.toString());
    assertEquals(LocalDate.of(2023, 6, 1), events.get(0).date().start(), events.toString());
  }

  @Test
  void testAWelcomeIsNotDatedByTheStepItAnnounces() {
    List<ExtractedEvent> events =
        extract(
            Fixtures.article(
                "رحبت تونس بقرار ليبيا استئناف العلاقات الدبلوماسية، معلنة أنها ستعيد فتح سفارتها"
                    + " في طرابلس خلال الأيام المقبلة.",
                "وكانت الحكومة الليبية قد أعلنت أمس الأربعاء استئناف العلاقات مع تونس."));
    ExtractedEvent welcome = first(events, EventType.STATEMENT, "رحبت");
    assertEquals(EventStatus.HAPPENED, welcome.status(), events.toString());
    assertNotNull(welcome.date().start(), events.toString());
    assertFalse(welcome.date().start().isAfter(Fixtures.PUBLISHED), events.toString());
    ExtractedEvent embassy = first(events, EventType.DIPLOMATIC, "سفارتها");
    assertEquals(EventStatus.PLANNED, embassy.status(), events.toString());
  }

  @Test
  void testAStepAnnouncedForTheRestOfTheYearIsNotTheNewsOfTheDay() {
    List<ExtractedEvent> events =
        extract(
            Fixtures.article(
                "وأفادت مصادر دبلوماسية أن البلدين سيفتتحان سفارتيهما قبل نهاية السنة الجارية.",
                "ووقع وزيرا خارجية المغرب وموريتانيا في الرباط أمس بيانا مشتركا يعلن إقامة علاقات"
                    + " دبلوماسية بين البلدين.",
                "ورحبت واشنطن وباريس بالبيان المشترك، فيما اعتبرت المعارضة الموريتانية أن \"العبرة"
                    + " في التطبيق\"."));
    ExtractedEvent welcome = first(events, EventType.STATEMENT, "ورحبت");
    assertEquals(LocalDate.of(2023, 3, 15), welcome.date().start(), events.toString());
  }
}
