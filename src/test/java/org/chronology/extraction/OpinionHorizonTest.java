package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sentence opening with a view ("ويرى الخبير … أن …") tells what someone thinks; a span of years
 * in it ("خلال السنوات المقبلة") is the view's horizon, not a happening's date, while a happening
 * with a date of its own in the view is still told (guide: opinions are not events; sentences of
 * our own).
 */
class OpinionHorizonTest {

  @Test
  void testAViewOverComingYearsIsNoEvent() {
    Fixtures.assertNoEvent(
        "ويرى الخبير الاقتصادي محمد علي أن الصفقات الكبرى ستعود إلى الواجهة خلال السنوات المقبلة.");
  }

  @Test
  void testAHappeningDatedInAViewIsKept() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "ويرى الخبير الاقتصادي محمد علي أن الاتفاق الذي وقعه البلدان في آذار الماضي فتح الباب"
                + " أمام الاستثمار.");
    assertEquals(1, e.size(), () -> e.toString());
    assertEquals(EventType.DEAL, e.get(0).type());
  }
}
