package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TriggerTest {

  @Test
  void testVisitAndItsMeetingsAreOneEvent() {
    ExtractedEvent e =
        Fixtures.only(
            "التقى وزير الدفاع الإسرائيلي يوآف غالانت الرئيس إلهام علييف في 10 آذار 2023، خلال"
                + " زيارة إلى باكو.");
    assertEquals(EventType.VISIT, e.type());
  }

  @ParameterizedTest(name = "not an event: {0}")
  @ValueSource(
      strings = {
        "تحد أذربيجان إيران من الشمال وتعد من أهم منتجي النفط.",
        "جاءت نحو 60٪ من واردات السلاح في عام 2020 من شحنات إسرائيلية.",
        "وتزود إسرائيل أذربيجان بالأسلحة بموجب صفقات بمليارات الدولارات."
      })
  void testBackgroundAndStatisticsAreNotEvents(String sentence) {
    assertTrue(Fixtures.extract(sentence).isEmpty());
  }

  @Test
  void testEvidenceKeepsOffsetsIntoTheStoredText() {
    String text = "محرك البحث\n\nزار الرئيس الإسرائيلي إسحاق هرتسوغ باكو في 30 أيار 2023.";
    ExtractedEvent e = Fixtures.only(text);
    Span s = e.evidence().sentence();
    assertEquals(e.evidence().text(), text.substring(s.start(), s.end()));
    assertEquals(
        "زار", text.substring(e.evidence().trigger().start(), e.evidence().trigger().end()));
    assertEquals(
        "30 أيار 2023",
        text.substring(e.evidence().datePhrase().start(), e.evidence().datePhrase().end()));
    assertEquals(ArabicEventExtractor.VERSION, e.extractorVersion());
  }

  @Test
  void testReadableTitle() {
    ExtractedEvent e =
        Fixtures.only("زار وزير الدفاع الإسرائيلي يوآف غالانت باكو في 16 آذار 2023.");
    assertEquals("زيارة وزير الدفاع الإسرائيلي يوآف غالانت إلى باكو", e.title());
  }

  @Test
  void testAnnouncedHappeningIsTheEvent() {
    ExtractedEvent e =
        Fixtures.only("أعلن الجيش الإسرائيلي أن رئيس الأركان أفيف كوخافي سيزور أذربيجان الأحد.");
    assertEquals(EventType.VISIT, e.type());
    assertEquals(EventStatus.PLANNED, e.status());
    assertEquals(Role.VISITOR, Fixtures.actor(e, "أفيف كوخافي").role());
    assertEquals("أذربيجان", e.location().name());
  }

  @Test
  void testCapitalActingStandsForItsState() {
    ExtractedEvent e = Fixtures.only("وأدانت طهران في 20 آذار 2023 افتتاح السفارة.");
    assertEquals(Role.SPEAKER, Fixtures.actor(e, "إيران").role());
  }

  @Test
  void testDatedDeclarationStaysAStatement() {
    ExtractedEvent e =
        Fixtures.only("وأعلن الرئيس إلهام علييف يوم الأحد أن بلاده اشترت أسلحة من إسرائيل.");
    assertEquals(EventType.STATEMENT, e.type());
    assertEquals(Role.SPEAKER, Fixtures.actor(e, "إلهام علييف").role());
  }

  @Test
  void testConjoinedVerbOfAnotherKindIsAnotherEvent() {
    var e =
        Fixtures.extract(
            "زار الرئيس التركي رجب طيب أردوغان باكو في 3 آذار 2023 ووقع اتفاقية تعاون.");
    assertEquals(2, e.size());
    assertEquals(EventType.VISIT, e.get(0).type());
    assertEquals(EventType.DEAL, e.get(1).type());
    assertEquals(e.get(0).date(), e.get(1).date());
  }

  @Test
  void testOpeningADamIsNotADiplomaticStep() {
    ExtractedEvent e =
        Fixtures.only("افتتح رئيس الوزراء الأوغندي أمس رسمياً سداً جديداً على نهر النيل.");
    assertEquals(EventType.OTHER, e.type());
  }

  @Test
  void testOpeningAnEmbassyIsADiplomaticStep() {
    ExtractedEvent e = Fixtures.only("افتتحت كينيا أمس سفارتها في كمبالا.");
    assertEquals(EventType.DIPLOMATIC, e.type());
  }

  @Test
  void testCuttingItsRelationsIsADiplomaticStep() {
    List<ExtractedEvent> e =
        Fixtures.extract("أعلنت كينيا أمس قطع علاقاتها الدبلوماسية مع الصومال.");
    assertTrue(e.stream().anyMatch(x -> x.type() == EventType.DIPLOMATIC), e.toString());
  }

  @Test
  void testARoundOfTalksIsAMeeting() {
    ExtractedEvent e =
        Fixtures.only("انطلقت أمس في نيروبي جولة جديدة من المحادثات بين كينيا والصومال.");
    assertEquals(EventType.MEETING, e.type());
  }
}
