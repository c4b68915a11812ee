package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A medium that mentions what took place ("ذكرت الصحيفة أن"، "وكانت صحيفة … قد ذكرت أن"، "ذكرت صحف
 * … أن") tells a claim the article does not confirm (guide, Status: reported), as "ذكرت صحيفة" and
 * "كشفت صحيفة" do; a paper reminding of something ("ذكّرت الصحيفة بأن") or papers recalling a known
 * past in the present ("وتذكر الصحف أن") do not (sentences of our own).
 */
class MediumMentionStatusTest {

  @ParameterizedTest(name = "claimed: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وذكرت الصحيفة أن شركة كينية وقعت صفقة لشراء طائرات مسيرة من أوغندا.",
        "وكانت صحيفة \"ديلي نيشن\" قد ذكرت الشهر الماضي أن شركة كينية وقعت صفقة لشراء طائرات مسيرة.",
        "وذكرت صحف أوغندية في يناير الماضي أن وزير الدفاع الكيني زار كمبالا سراً."
      })
  void testWhatAMediumMentionsIsReported(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertFalse(e.isEmpty(), sentence);
    assertTrue(
        e.stream().anyMatch(x -> x.status() == EventStatus.REPORTED), () -> sentence + " " + e);
  }

  @ParameterizedTest(name = "recalled: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وذكرت الصحيفة بأن وزير الدفاع الكيني زار كمبالا في يناير الماضي.",
        "وتذكر الصحف أن وزير الدفاع الكيني كان قد زار كمبالا في يناير الماضي."
      })
  void testAReminderOrARecalledPastIsNoClaim(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertFalse(e.isEmpty(), sentence);
    e.forEach(x -> assertEquals(EventStatus.HAPPENED, x.status(), () -> sentence + " " + e));
  }
}
