package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An office opened, named by its bare noun after the opening or before it as what opened, is the
 * guide's "embassy or office opened", diplomatic; opening a bridge stays a happening of no other
 * type (sentences of our own).
 */
class OfficeOpenedTest {

  @ParameterizedTest(name = "diplomatic: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وكانت وزيرة التجارة الغانية قد افتتحت المكتب يوم الاثنين الماضي في مستهل جولة إقليمية.",
        "وكان مكتب التعاون الاقتصادي الكيني قد افتتح في أكرا في مارس الماضي."
      })
  void testAnOfficeOpenedIsDiplomatic(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.DIPLOMATIC, EventType.OTHER);
  }

  @ParameterizedTest(name = "other: {0}")
  @CsvSource(
      delimiter = '|',
      value = {"وافتتح الرئيس الغاني يوم الخميس الجسر الجديد على النهر."})
  void testABridgeOpenedIsOther(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.OTHER, EventType.DIPLOMATIC);
  }
}
