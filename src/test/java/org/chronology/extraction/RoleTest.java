package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.actor;
import static org.chronology.extraction.Fixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The part each actor plays, one sentence a row. */
class RoleTest {

  private static final String CAPITALS = "في 15 تموز 2020، اتهمت يريفان باكو بقصف قرى حدودية.";

  static Stream<Arguments> sentences() {
    return Stream.of(
        row(
            "visitor and host",
            "زار الرئيس الإسرائيلي إسحاق هرتسوغ باكو في 30 أيار 2023 بدعوة من الرئيس إلهام علييف.",
            "إسحاق هرتسوغ",
            Role.VISITOR,
            "إلهام علييف",
            Role.HOST,
            "أذربيجان",
            Role.HOST),
        row(
            "buyer and seller",
            "في العام 2016، اشترت أذربيجان طائرات مسيرة من شركة إلبيت سيستمز الإسرائيلية.",
            "أذربيجان",
            Role.BUYER,
            "إلبيت سيستمز",
            Role.SELLER),
        row(
            "subject before the verb after anna",
            "وذكرت وكالة الأناضول أن تركيا باعت أذربيجان طائرات مسيرة في العام 2020.",
            "تركيا",
            Role.SELLER,
            "أذربيجان",
            Role.BUYER),
        row(
            "seller and buyer",
            "في العام 2012، باعت إسرائيل أذربيجان منظومات دفاع جوي.",
            "إسرائيل",
            Role.SELLER,
            "أذربيجان",
            Role.BUYER),
        row(
            "attacker and target",
            "في 3 آذار 2023، هاجمت القوات الأذربيجانية مواقع أرمينية.",
            "الجيش الأذربيجاني",
            Role.ATTACKER,
            "أرمينيا",
            Role.TARGET),
        row(
            "speaker",
            "في 3 آذار 2023، اتهمت إيران أذربيجان بإيواء عناصر من الموساد.",
            "إيران",
            Role.SPEAKER,
            "أذربيجان",
            Role.TARGET),
        row(
            "conjoined subjects share the role",
            "في 15 تموز 2020، دعت روسيا والولايات المتحدة أرمينيا وأذربيجان إلى ضبط النفس.",
            "روسيا",
            Role.SPEAKER,
            "الولايات المتحدة",
            Role.SPEAKER,
            "أرمينيا",
            Role.TARGET),
        row(
            "capitals as subject and object",
            CAPITALS,
            "أرمينيا",
            Role.SPEAKER,
            "أذربيجان",
            Role.TARGET),
        row(
            "a conjoined verb keeps the subject",
            "وعلّقت وزارة الخارجية الأذربيجانية على ما جرى، ووصفت الهجوم في 27 كانون الثاني"
                + " 2023 بأنه عمل إرهابي.",
            "وزارة الخارجية الأذربيجانية",
            Role.SPEAKER));
  }

  /** A row: its name, the sentence, then each actor's name followed by its role. */
  private static Arguments row(String name, String sentence, Object... actorsAndRoles) {
    Map<String, Role> roles = new LinkedHashMap<>();
    for (int i = 0; i < actorsAndRoles.length; i += 2) {
      roles.put((String) actorsAndRoles[i], (Role) actorsAndRoles[i + 1]);
    }
    return Arguments.of(name, sentence, roles);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sentences")
  void testRoles(String name, String sentence, Map<String, Role> roles) {
    ExtractedEvent e = only(sentence);
    roles.forEach((actor, role) -> assertEquals(role, actor(e, actor).role(), actor));
  }

  @Test
  void testTheVisitTakesPlaceInTheHostCapital() {
    ExtractedEvent e =
        only(
            "زار الرئيس الإسرائيلي إسحاق هرتسوغ باكو في 30 أيار 2023 بدعوة من الرئيس إلهام علييف.");
    assertEquals("Baku", e.location().nameEn());
  }

  @Test
  void testCapitalsStandingForTheirCountriesAreNoPlace() {
    assertNull(only(CAPITALS).location());
  }
}
