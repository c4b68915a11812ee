package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.hasActor;
import static org.chronology.extraction.Fixtures.only;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where a name after a title starts and stops: a verb of the news after the name, given names that
 * look like function words, syllables joined by a hyphen, a family name that opens like a present
 * verb, and offices written before names (leader, chancellor, governor, foreign minister in
 * construct).
 */
class NameBoundaryTest {

  static Stream<Arguments> names() {
    return Stream.of(
        Arguments.of(
            "a fourth part that closes the clause belongs to the name",
            "وصل الرئيس البوركيني إبراهيم كابوري سانو ديالو، إلى أكرا في 4 آذار 2023 في زيارة"
                + " رسمية.",
            List.of("إبراهيم كابوري سانو ديالو"),
            List.of("إبراهيم كابوري سانو")),
        Arguments.of(
            "a lineage link after three parts goes on with its word",
            "وصل وزير الخارجية العماني السيد بدر بن حمد بن سالم آل حارث، إلى القاهرة في 4 آذار"
                + " 2023 في زيارة رسمية.",
            List.of("بدر بن حمد بن سالم آل حارث"),
            List.of()),
        Arguments.of(
            "a fourth word with the article after a name is the noun after it",
            "وقع الرئيس الغيني مامادي كابا سيلا الاتفاق، في كوناكري في 4 آذار 2023.",
            List.of("مامادي كابا سيلا"),
            List.of("مامادي كابا سيلا الاتفاق")),
        Arguments.of(
            "a past verb and a verb with its object pronoun end the names before them",
            "الرئيس آمادو تراوري أجرى في 4 آذار 2023 اتصالا هاتفيا بالجنرال موسى دياكيتي هنأه"
                + " فيه بالفوز.",
            List.of("آمادو تراوري", "موسى دياكيتي"),
            List.of("آمادو تراوري أجرى", "موسى دياكيتي هنأه")),
        Arguments.of(
            "a feminine verb after a minister's name",
            "وزيرة الخارجية الكينية ليلى موانغي أجرت في 4 آذار 2023 اتصالا هاتفيا بنظيرها"
                + " الصومالي.",
            List.of("ليلى موانغي"),
            List.of("ليلى موانغي أجرت")),
        Arguments.of(
            "a given name opening with the letter of the comparison preposition",
            "وقع وزير الداخلية كريم الزعبي في 4 آذار 2023 اتفاقا أمنيا مع قبرص.",
            List.of("كريم الزعبي", "قبرص"),
            List.of()),
        Arguments.of(
            "a given name written like the preposition على opens the name",
            "وقع وزير الداخلية علي الزعبي في 4 آذار 2023 اتفاقا أمنيا مع قبرص.",
            List.of("علي الزعبي", "قبرص"),
            List.of()),
        Arguments.of(
            "a foreign minister in construct with a brotherly republic, علي inside the name",
            "استقبل الرئيس التونسي في 4 آذار 2023 وزير خارجية جمهورية العراق الشقيقة حسن علي"
                + " الكعبي.",
            List.of("حسن علي الكعبي"),
            List.of("حسن علي")),
        Arguments.of(
            "syllables of a Korean given name joined by a hyphen",
            "زار الرئيس الكوري مون جاي-إن طوكيو في 4 آذار 2023.",
            List.of("مون جاي-إن"),
            List.of("مون جاي")),
        Arguments.of(
            "a family name opening like a present verb, closed by a comma",
            "استقبل الرئيس الروسي في 4 آذار 2023 الرئيس الأوزبكي رستم باقر يولداشيف، في"
                + " الكرملين.",
            List.of("رستم باقر يولداشيف"),
            List.of("رستم باقر")),
        Arguments.of(
            "a leader without a state office",
            "وقع الزعيم الليبي سالم الفيتوري في 4 آذار 2023 اتفاقا مع إيطاليا.",
            List.of("سالم الفيتوري", "إيطاليا"),
            List.of()),
        Arguments.of(
            "a chancellor",
            "زارت المستشارة الألمانية هيلغا برانت أنقرة في 4 آذار 2023.",
            List.of("هيلغا برانت"),
            List.of()),
        Arguments.of(
            "a governor's office in apposition after the name",
            "استقبل اللواء سامي طنطاوي محافظ مطروح في 4 آذار 2023 السفير الليبي.",
            List.of("سامي طنطاوي"),
            List.of("سامي طنطاوي محافظ")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void testNameStartsAndStops(String name, String text, List<String> named, List<String> not) {
    ExtractedEvent e = only(text);
    for (String actor : named) {
      assertTrue(hasActor(e, actor), actor + " in " + e.actors());
    }
    for (String actor : not) {
      assertFalse(hasActor(e, actor), actor + " is no actor: " + e.actors());
    }
  }
}
