package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Relations raised to a higher level, told by the verb with the subject or the relations' own
 * pronoun between ("رفع البلدان علاقاتهما إلى مستوى الشراكة"، headline "ترفعان علاقاتهما إلى"), are
 * the guide's diplomatic step, relations established or changed (sentences of our own).
 */
class RaisedRelationsTest {

  @Test
  void testRelationsRaisedBySubjectAndVerbAreDiplomatic() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وفي ختام المحادثات أمس الأربعاء رفع البلدان علاقاتهما إلى مستوى الشراكة الشاملة"
                + " بين الأردن وفيتنام.");
    Fixtures.ofType(e, EventType.DIPLOMATIC);
  }

  @Test
  void testAHeadlineOfRelationsRaisedIsDiplomatic() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "عمان وماليزيا ترفعان علاقاتهما إلى مستوى التحالف الاستراتيجي أمس الأربعاء");
    Fixtures.ofType(e, EventType.DIPLOMATIC);
  }
}
