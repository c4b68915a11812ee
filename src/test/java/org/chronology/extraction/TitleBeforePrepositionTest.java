package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.chronology.extraction.pipeline.ActorHit;
import org.chronology.extraction.pipeline.Document;
import org.junit.jupiter.api.Test;

/**
 * A title is not continued by a noun behind a preposition ("وأشاد الرئيس بالدعم القطري"): that noun
 * opens what he is said to do, so the state adjective after it is not his state. A portfolio joined
 * with و ("وزير الخارجية والتعاون الدولي") still continues the office.
 */
class TitleBeforePrepositionTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 13);

  private static Document analyse(String text) {
    return Fixtures.EXTRACTOR.analyse(new ArticleText("t.txt", text, PUBLISHED));
  }

  @Test
  void testTheAdjectiveAfterAPrepositionIsNotTheTitlesState() {
    Document doc =
        analyse(
            "استقبل أمير قطر الشيخ تميم بن حمد آل ثاني أمس الرئيس الصومالي حسن شيخ محمود.\n\n"
                + "وأشاد الرئيس بالدعم القطري لبلاده، وأعلن عن منحة جديدة لإعادة بناء الطرق.");
    for (ActorHit h : doc.actors()) {
      if (h.sentence() == 1 && h.kind() == ActorKind.PERSON) {
        assertTrue(h.country() == null, h.toString());
        assertTrue(!doc.originalText(h.first(), h.end()).contains("بالدعم"), h.toString());
      }
    }
  }

  @Test
  void testAPortfolioJoinedWithAndStillContinuesTheOffice() {
    Document doc =
        analyse(
            "وصل وزير الدولة للشؤون الخارجية والتعاون الدولي الإماراتي خليفة شاهين المرر إلى عمّان.");
    assertTrue(
        doc.actors().stream()
            .anyMatch(
                h ->
                    h.kind() == ActorKind.PERSON
                        && "الإمارات".equals(h.country())
                        && doc.originalText(h.first(), h.end()).contains("خليفة شاهين")),
        doc.actors().toString());
  }
}
