package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.actor;
import static org.chronology.extraction.Fixtures.hasActor;
import static org.chronology.extraction.Fixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.chronology.extraction.ActorIdentity;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.ActorMention;
import org.chronology.extraction.ArabicEventExtractor;
import org.chronology.extraction.ArticleText;
import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActorTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "جانتس|بيني غانتس",
        "غانتس|بيني غانتس",
        "نتانياهو|بنيامين نتنياهو",
        "هرتصوغ|إسحاق هرتسوغ",
        "حجاييف|حكمت حاجييف",
        "عالييف|إلهام علييف"
      })
  void testSpellingVariantsAreAliases(String written, String canonical) {
    ExtractedEvent e = only("زار " + written + " أنقرة في 10 آذار 2023.");
    assertTrue(hasActor(e, canonical), e.actors().toString());
  }

  @Test
  void testCountryVariants() {
    ExtractedEvent e = only("وقعت آذربيجان وإسرائيل اتفاقية في 10 آذار 2023.");
    assertTrue(hasActor(e, "أذربيجان"));
    assertTrue(hasActor(e, "إسرائيل"));
    assertEquals("Azerbaijan", actor(e, "أذربيجان").nameEn());
  }

  @Test
  void testEnglishNamesAndOffices() {
    ExtractedEvent e = only("زار جانتس أنقرة في 10 آذار 2023.");
    ActorMention m = actor(e, "بيني غانتس");
    assertEquals("Benny Gantz", m.nameEn());
    assertEquals("وزير الدفاع", m.office());
    assertEquals("إسرائيل", m.country());
    assertTrue(m.aliases().contains("جانتس"));
  }

  @Test
  void testFullNameWithAVariantSurnameIsOneKnownActor() {
    var e = only("زار وزير الدفاع الإسرائيلي بيني جانتس باكو في 2 تشرين الأول 2022.");
    assertTrue(hasActor(e, "بيني غانتس"), e.actors().toString());
    assertFalse(hasActor(e, "بيني"), "the given name is not a second, unknown actor");
    assertEquals(
        List.of("إسحاق هرتصوغ", "إسحاق هيرتسوغ", "إسحاق هرتزوغ"),
        Gazetteer.fullNameVariants(
            new GazetteerEntry(
                new ActorIdentity(
                    "إسحاق هرتسوغ",
                    "Isaac Herzog",
                    org.chronology.extraction.ActorKind.PERSON,
                    null,
                    null,
                    List.of("هرتسوغ", "هرتصوغ", "هيرتسوغ", "إسحق هرتسوغ", "هرتزوغ")),
                null,
                null)));
  }

  @Test
  void testUnknownPersonAfterTitleIsANewActor() {
    ExtractedEvent e = only("زار وزير الدفاع الأرميني سورين بابيكيان طهران في 10 آذار 2023.");
    ActorMention m = actor(e, "سورين بابيكيان");
    assertEquals(ActorKind.PERSON, m.kind());
    assertEquals("وزير الدفاع", m.office());
    assertEquals("أرمينيا", m.country());
    assertNotNull(m.span());
  }

  @Test
  void testTitleWithCommaAndRank() {
    ExtractedEvent e =
        only(
            "التقى المدير العام لوزارة الأمن، عاموس يدلين، الكولونيل رشاد محمدوف في 10 آذار 2023.");
    assertEquals("المدير العام لوزارة الدفاع", actor(e, "عاموس يدلين").office());
    assertEquals("إسرائيل", actor(e, "عاموس يدلين").country());
    assertEquals("كولونيل", actor(e, "رشاد محمدوف").office());
  }

  @Test
  void testDemonymNamesTheCountry() {
    ExtractedEvent e = only("أحبطت السلطات الأذربيجانية هجوما إيرانيا في 10 آذار 2023.");
    assertTrue(hasActor(e, "أذربيجان"));
    assertTrue(hasActor(e, "إيران"));
  }

  @Test
  void testSameSurnameByGivenName() {
    ExtractedEvent e = only("أعلن حيدر علييف أن البلدين متفقان، في العام 2015.");
    assertTrue(hasActor(e, "حيدر علييف"));
    assertFalse(hasActor(e, "إلهام علييف"));
  }

  @Test
  void testSameSurnameByEventDate() {
    assertTrue(hasActor(only("في العام 2001، أعلن الرئيس علييف أن البلدين متفقان."), "حيدر علييف"));
    assertTrue(
        hasActor(only("في العام 2015، أعلن الرئيس علييف أن البلدين متفقان."), "إلهام علييف"));
  }

  @Test
  void testTitleWithoutNameIsTheOfficeHolderAtTheDate() {
    ExtractedEvent e =
        only("في العام 2019، التقى الرئيس الإيراني حسن روحاني نظيره الأذري في باكو.");
    assertTrue(hasActor(e, "إلهام علييف"), e.actors().toString());
  }

  @Test
  void testMediaSourcesAreNotActors() {
    ExtractedEvent e = only("وذكرت صحيفة هآرتس أن غالانت زار باكو في 10 آذار 2023.");
    assertFalse(hasActor(e, "هآرتس"));
  }

  @Test
  void testGazetteerFromEntries() {
    GazetteerEntry minister =
        new GazetteerEntry(
            new ActorIdentity(
                "مراد كريموف",
                "Murad Karimov",
                ActorKind.PERSON,
                "وزير الطاقة",
                "أذربيجان",
                List.of("كريموف")),
            LocalDate.of(2020, 1, 1),
            null);
    Gazetteer g = Gazetteer.fromEntries(List.of(minister));
    assertEquals(List.of(minister), g.entries());
    ArabicEventExtractor x = new ArabicEventExtractor(g);
    List<ExtractedEvent> e =
        x.extract(
            new ArticleText("t", "زار كريموف أنقرة في 10 آذار 2023.", LocalDate.of(2023, 3, 16)));
    assertEquals("Murad Karimov", e.get(0).actors().get(0).nameEn());
  }

  @Test
  void testStandardGazetteerEntriesRoundTrip() {
    List<GazetteerEntry> entries = Gazetteer.readResource();
    Gazetteer g = Gazetteer.fromEntries(entries);
    assertEquals(entries, g.entries());
    assertEquals(Gazetteer.standard().entries(), entries);
  }

  @Test
  void testNewNameEndsAtADatePhrase() {
    ExtractedEvent e = only("زار وزير الدفاع الأرميني سورين اليوم الخميس طهران.");
    assertTrue(hasActor(e, "سورين"), e.actors().toString());
  }

  @Test
  void testHisCountryIsThePersonsCountry() {
    ExtractedEvent e = only("في العام 2016، قال علييف إن بلاده اشترت أسلحة إسرائيلية.");
    assertTrue(hasActor(e, "أذربيجان"), e.actors().toString());
  }
}
