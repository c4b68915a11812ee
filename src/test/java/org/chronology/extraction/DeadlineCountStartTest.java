package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "وطالبته بمغادرة البلاد في غضون 72 ساعة من تسلم الإشعار": what the "من" of a span to act within
 * names (the receipt of the notice) starts the count of the deadline; it is no delivery, no
 * happening of its own beside the expulsion.
 */
class DeadlineCountStartTest {

  @Test
  void theReceiptThatStartsTheCountIsNoDeal() {
    List<ExtractedEvent> e =
        Fixtures.assertEvents(
            1,
            "قررت الحكومة الكونغولية أمس طرد القائم بأعمال السفارة الرواندية، وطالبته بمغادرة"
                + " البلاد في غضون 72 ساعة من تسلم الإشعار.",
            Fixtures.PUBLISHED);
    Fixtures.ofType(e, EventType.DIPLOMATIC);
  }
}
