package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.withEvidence;

import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Heads of state and government of the gazetteer (gazetteer.tsv, by office and years): a title and
 * a state adjective without a name ("العاهل المغربي") is the holder of that office on the event
 * date, and his state joins the event; a name written with its honorific or another spelling is the
 * same person. Expectations, ";"-separated: "+name" an actor of that name; "-name!" no actor of
 * exactly that name; "@alias" an actor with that alias (as in {@link ActorReadingTest}).
 */
class HeadOfStateTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a king by title and state adjective | استقبل العاهل المغربي في الرباط يوم 3 آذار 2020 وزير الخارجية الإسباني. | استقبل | +محمد السادس;+المغرب",
        "a sultan before his successor's accession | وصل السلطان العماني إلى طهران يوم 5 أيار 2015 في زيارة رسمية. | وصل | +قابوس بن سعيد;-هيثم بن طارق!;+سلطنة عمان",
        "the successor after the accession | وصل السلطان العماني إلى طهران يوم 5 أيار 2023 في زيارة رسمية. | وصل | +هيثم بن طارق;-قابوس بن سعيد!",
        "the president between two terms of another | استقبل الرئيس الصومالي في مقديشو يوم 3 آذار 2019 وزير الخارجية التركي. | استقبل | +محمد عبد الله فرماجو;-حسن شيخ محمود!",
        "the earlier president in his second term | استقبل الرئيس الصومالي في مقديشو يوم 3 آذار 2024 وزير الخارجية التركي. | استقبل | +حسن شيخ محمود;-محمد عبد الله فرماجو!",
        "a prime minister by title | وصل رئيس الوزراء الإثيوبي إلى جيبوتي يوم 3 آذار 2022 في زيارة رسمية. | وصل | +آبي أحمد;+إثيوبيا",
        "a name written without the space is the same king | استقبل الملك عبدالله الثاني في عمان يوم 3 آذار 2021 الرئيس القبرصي. | استقبل | +عبد الله الثاني;@عبدالله الثاني;+الأردن",
        "a foreign minister by title and state adjective | التقى وزير الخارجية الأردني في القاهرة يوم 3 آذار 2021 نظيره القبرصي. | التقى | +أيمن الصفدي;+الأردن",
        "a foreign minister before his successor | وصل وزير الخارجية السوري إلى مسقط يوم 3 آذار 2015 في زيارة رسمية. | وصل | +وليد المعلم;-فيصل المقداد!",
        "the successor foreign minister | وصل وزير الخارجية السوري إلى مسقط يوم 3 آذار 2022 في زيارة رسمية. | وصل | +فيصل المقداد;-وليد المعلم!",
        "a known name after and is a second person | التقى المبعوث الأممي كريم سعدون ووليد المعلم في دمشق يوم 3 آذار 2015. | التقى | +وليد المعلم;-كريم سعدون ووليد المعلم!",
        "a crown prince written with honorific and lineage | التقى الأمير محمد بن سلمان بن عبدالعزيز آل سعود في الرياض يوم 3 آذار 2023 رئيس الوزراء الباكستاني. | التقى | +محمد بن سلمان;@محمد بن سلمان بن عبدالعزيز آل سعود;+السعودية"
      })
  void testHeadsOfStateAreKnown(String label, String text, String evidence, String expected) {
    ExtractedEvent e = withEvidence(extract(text), evidence);
    ActorReadingTest.assertActors(label, e, expected);
  }
}
