package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a party looks forward to, hopes for or aspires to ("وتتطلع الحكومة إلى توقيع اتفاقية") is a
 * wish, not a happening done nor one set for a day (guide: opinions are no events; dev conventions:
 * a line of hope with no date is no planned event). Told in what someone says, the saying stays the
 * news.
 */
class HopedHappeningTest {

  @ParameterizedTest(name = "no event: {0}")
  @ValueSource(
      strings = {
        "وتتطلع الحكومة العراقية إلى توقيع اتفاقية للربط السككي مع الكويت.",
        "ويتطلع رئيس الوزراء الباكستاني إلى زيارة بكين.",
        "ويأمل البلدان في إبرام صفقة لتوريد القمح الروسي.",
        "وتطمح الجزائر إلى شراء مقاتلات صينية من الجيل الخامس."
      })
  void aHopeIsNoEvent(String text) {
    Fixtures.assertNoEvent(text);
  }

  @Test
  void aHopeToldInADatedSayingLeavesTheStatement() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وقال الوزير أمس إن بلاده تتطلع إلى توقيع اتفاقية للتجارة الحرة مع كينيا.");
    assertEquals(1, e.size(), e.toString());
    assertEquals(EventType.STATEMENT, e.get(0).type(), e.toString());
  }
}
