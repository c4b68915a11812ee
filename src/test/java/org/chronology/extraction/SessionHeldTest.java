package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A joint body holding its session, told by the verb with its date, is a meeting. */
class SessionHeldTest {

  @Test
  void sessionHeldIsAMeeting() {
    ExtractedEvent e =
        Fixtures.ofType(
            Fixtures.extract(
                "وكانت اللجنة الكينية التنزانية المشتركة قد عقدت دورتها السابقة في دودوما في آب"
                    + " 2021 برئاسة وزيري الخارجية."),
            EventType.MEETING);
    assertEquals(LocalDate.of(2021, 8, 1), e.date().start());
  }
}
