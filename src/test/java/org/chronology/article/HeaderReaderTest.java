package org.chronology.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.chronology.article.ingest.ArticleHeader;
import org.chronology.article.ingest.HeaderReader;
import org.junit.jupiter.api.Test;

class HeaderReaderTest {

  @Test
  void skipsFurnitureAndDatelineTakesHeadlineAndByline() {
    ArticleHeader h =
        HeaderReader.read(
            "بحث\nقمة ثلاثية في أنقرة تبحث أمن الطاقة في القوقاز\nالسبت 12 مارس 2022 10:15\n"
                + "الجزيرة نت | وكالات\n\nنص المقالة ...");
    assertEquals("قمة ثلاثية في أنقرة تبحث أمن الطاقة في القوقاز", h.title());
    assertEquals("الجزيرة نت", h.outlet());
  }

  @Test
  void agencyFirstByline() {
    assertEquals(
        "الشرق", HeaderReader.read("وكالات - الشرق\nعنوان طويل بما يكفي ليكون عنوانا\n").outlet());
  }

  @Test
  void quotedHeadlineLosesItsQuotes() {
    assertEquals(
        "تقارب بين البلدين يقلق الجيران",
        HeaderReader.read("\"تقارب بين البلدين يقلق الجيران\"\n\nنص").title());
  }

  @Test
  void aSingleLongParagraphHasNoTitle() {
    assertNull(HeaderReader.read("كلمة ".repeat(80)).title());
  }
}
