package org.chronology.extraction;

import org.junit.jupiter.api.Test;

/**
 * A dual title of the article's two states ("وزيرا خارجية البلدين فلان وعلان") gives each holder
 * one state of the pair, so a later title of that office and state ("الوزير الكولومبي") is he.
 */
class DualTitleStatesTest {

  private static final String TEXT =
      "عقدت اللجنة المشتركة بين المغرب وكولومبيا اليوم الثلاثاء في الرباط دورتها الأولى برئاسة"
          + " وزيري خارجية البلدين سعيد الوردي وأندريس كاستانيدا. وتربط المغرب وكولومبيا علاقات"
          + " دبلوماسية منذ عقود. وكان الوزير الكولومبي قد وصل إلى الرباط أمس الاثنين في زيارة"
          + " رسمية تستمر ثلاثة أيام.";

  @Test
  void testTheSecondHolderIsTheSecondStatesMinister() {
    var events = Fixtures.extract(TEXT);
    Fixtures.assertActors(Fixtures.withEvidence(events, "وصل"), "أندريس كاستانيدا");
  }

  @Test
  void testTheFirstHolderIsNotTheOtherStatesMinister() {
    var events = Fixtures.extract(TEXT);
    Fixtures.assertNoActor(Fixtures.withEvidence(events, "وصل"), "سعيد الوردي");
  }

  @Test
  void testTheTwoMinistersLaterAreBothHolders() {
    var events =
        Fixtures.extract(
            "التقى وزيرا خارجية البلدين سعيد الوردي وأندريس كاستانيدا في بوغوتا في فبراير الماضي"
                + " لبحث التعاون بين المغرب وكولومبيا. وتربط المغرب وكولومبيا علاقات دبلوماسية منذ"
                + " عقود. ووقّع الوزيران في الرباط اليوم الخميس مذكرة تفاهم للتعاون الثقافي.");
    Fixtures.assertActors(
        Fixtures.withEvidence(events, "مذكرة"), "سعيد الوردي", "أندريس كاستانيدا");
  }
}
