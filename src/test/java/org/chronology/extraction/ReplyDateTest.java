package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The guide, Dates: a relative reading is resolved against the publication date. Another side's
 * reply with no date of its own ("من جهتها، نفت …"، "في المقابل، قال …") answers the happening told
 * just before it: it came between that happening's day and the publication day (sentences of our
 * own).
 */
class ReplyDateTest {

  private static ExtractedEvent saying(List<ExtractedEvent> events, String word) {
    return events.stream()
        .filter(e -> e.type() == EventType.STATEMENT && e.evidence().text().contains(word))
        .findFirst()
        .orElse(null);
  }

  @Test
  void testReplyIsDatedFromTheAnsweredDayToThePublication() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "بعد أكثر من ستة أشهر على توقيع اتفاقية الربط الكهربائي بين الأردن والعراق في"
                    + " حزيران الماضي، لم يبدأ تنفيذ المشروع بعد.",
                "وقال وزير الطاقة الأردني صالح الخرابشة أمس الأربعاء إن التمويل تأخر بسبب"
                    + " عراقيل سياسية.",
                "من جهتها، نفت مصادر في البنك الدولي وجود أي عرقلة سياسية."));
    ExtractedEvent reply = saying(events, "نفت");
    assertNotNull(reply, events.toString());
    assertEquals(
        LocalDate.of(2023, 3, 15), reply.date().start(), "from the day of the words it answers");
    assertEquals(Fixtures.PUBLISHED, reply.date().end(), "to the publication day");
  }

  @Test
  void testReplyWithADateOfItsOwnKeepsIt() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "اتهم وزير الخارجية الأذربيجاني جيهون بيراموف أمس الأربعاء إيران بالتدخل في"
                    + " شؤون بلاده الداخلية.",
                "من جهتها، نفت وزارة الخارجية الإيرانية اليوم الخميس هذه الاتهامات جملة"
                    + " وتفصيلاً."));
    ExtractedEvent reply = saying(events, "نفت");
    assertNotNull(reply, events.toString());
    assertEquals(Fixtures.PUBLISHED, reply.date().start());
    assertEquals(Fixtures.PUBLISHED, reply.date().end());
  }
}
