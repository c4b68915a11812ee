package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.assertActors;
import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.withEvidence;

import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where an ambassador is posted, written between his state and his name, leaves the name his: a
 * place with the preposition on it, the word for the state the article is about, or "appointed"
 * before the post.
 */
class PostingBeforeANameTest {

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "استدعت كينيا في 3 آذار 2023 السفير الأوغندي بنيروبي سامي كاتو لإبلاغه احتجاجها.|استدعت"
            + "|سامي كاتو|أوغندا",
        "استدعت الخارجية الكينية في 3 آذار 2023 السفير الأوغندي لدى البلاد سامي كاتو للاحتجاج."
            + "|استدعت|سامي كاتو|أوغندا",
        "وفي 3 آذار 2023 قدم السفير الأوغندي المعين في نيروبي سامي كاتو أوراق اعتماده إلى"
            + " الرئيس الكيني.|قدم|سامي كاتو|أوغندا"
      })
  void testTheNameAfterThePostingIsThePerson(
      String text, String trigger, String name, String state) {
    ExtractedEvent e = withEvidence(extract(text), trigger);
    assertActors(e, name, state);
  }
}
