package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sentence opening with a verb of what went on at a happening already told, before the
 * happening's definite noun ("وجرى التوقيع …"، "وحضر الاجتماع …"، "وتستمر الزيارة …"), tells the
 * same happening again: one happening, one event (annotation guide).
 */
class FurtherMentionVerbTest {

  @ParameterizedTest(name = "one event: {0}")
  @ValueSource(
      strings = {
        "وقعت قبرص واليونان أمس الثلاثاء عقداً لشراء زوارق دورية. وجرى التوقيع في أثينا بحضور"
            + " وزيري الدفاع في البلدين.",
        "عقد وزراء خارجية دول المغرب العربي اليوم اجتماعاً طارئاً في الرباط. وحضر الاجتماع"
            + " وزير الخارجية الليبي ونظيره الموريتاني.",
        "وقعت أرمينيا وفرنسا أمس الثلاثاء عقداً لشراء مدافع. وجرى التوقيع في باريس على هامش"
            + " معرض للأسلحة بحضور وزيري الدفاع.",
        "افتتحت إسرائيل اليوم الأربعاء سفارتها في عشق آباد. وجرت مراسم الافتتاح بمشاركة وزير"
            + " الخارجية الإسرائيلي.",
        "عقد قادة دول الخليج مساء اليوم في الرياض اجتماعاً استثنائياً. وحضر الاجتماع أمير قطر"
            + " وأمير الكويت وملك البحرين في قصر اليمامة.",
        "بدأ الرئيس الكيني وليام روتو أمس الإثنين زيارة رسمية إلى أوغندا. وتستمر الزيارة حتى"
            + " الخميس، ويتضمن برنامجها لقاءات مع رجال الأعمال."
      })
  void testAFurtherMentionIsTheSameHappening(String text) {
    List<ExtractedEvent> e = Fixtures.extract(text);
    assertEquals(1, e.size(), e.toString());
  }
}
