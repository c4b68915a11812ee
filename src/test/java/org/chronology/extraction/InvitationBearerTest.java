package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An invitation conveyed or handed over on another's behalf ("نقل الوزير دعوة من الرئيس لزيارة …")
 * is the diplomatic step of inviting, as when the inviter addresses it himself (وجّه دعوة): not the
 * visit under way, into which the visit it invites to would otherwise fold.
 */
class InvitationBearerTest {

  private static final String VISIT =
      "وصل وزير الخارجية السنغالي إلى الجزائر أمس الثلاثاء في زيارة رسمية تستغرق يومين، واستقبله"
          + " الرئيس الجزائري في قصر المرادية.";

  @Test
  void anInvitationConveyedIsADiplomaticStep() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                VISIT, "ونقل الوزير السنغالي دعوة من رئيس بلاده إلى الرئيس الجزائري لزيارة دكار."));
    ExtractedEvent invitation = Fixtures.withEvidence(events, "دعوة");
    org.junit.jupiter.api.Assertions.assertEquals(
        EventType.DIPLOMATIC, invitation.type(), events.toString());
  }

  @Test
  void anInvitationHandedOverIsADiplomaticStep() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                VISIT,
                "وسلّم الوزير السنغالي الرئيس الجزائري دعوة رسمية من رئيس بلاده لزيارة دكار، قبلها"
                    + " الرئيس على أن يحدد موعدها لاحقاً."));
    ExtractedEvent invitation = Fixtures.withEvidence(events, "دعوة");
    org.junit.jupiter.api.Assertions.assertEquals(
        EventType.DIPLOMATIC, invitation.type(), events.toString());
  }
}
