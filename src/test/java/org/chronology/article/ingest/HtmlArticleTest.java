package org.chronology.article.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Saved web pages of several shapes reduced to their article text and metadata. */
class HtmlArticleTest {

  private static HtmlArticle.Extracted page(String name) throws IOException {
    try (InputStream in = HtmlArticleTest.class.getResourceAsStream("/html/" + name)) {
      return HtmlArticle.extract(in.readAllBytes());
    }
  }

  private static void absent(String text, List<String> furniture) {
    for (String f : furniture) {
      assertFalse(text.contains(f), "dropped: " + f + "\n" + text);
    }
  }

  @Test
  void newsPageWithArticleElement() throws IOException {
    HtmlArticle.Extracted p = page("news-article.html");
    String t = p.text();
    assertTrue(
        t.contains(
            "زار وزير الدفاع الإسرائيلي بيني غانتس أذربيجان هذا الأسبوع، والتقى الرئيس إلهام علييف"
                + " في باكو."),
        t);
    assertTrue(t.contains("التعاون الأمني والعسكري."), "inline markup joins its words: " + t);
    absent(
        t,
        List.of(
            "MENU_SCRIPT_TEXT",
            "color: red",
            "الرئيسية",
            "رياضة",
            "شارك على فيسبوك",
            "غرّد",
            "اقرأ أيضاً",
            "خبر آخر",
            "الأكثر قراءة",
            "جميع الحقوق"));
    assertEquals("وزير الدفاع يزور باكو لبحث التعاون", p.meta().title());
    assertEquals(LocalDate.of(2022, 10, 8), p.meta().published());
    assertEquals("موقع الأخبار", p.meta().outlet());
    assertEquals("https://news.example/2022/10/visit", p.meta().url());
    assertTrue(t.startsWith("وزير الدفاع يزور باكو"), "the headline first: " + t);
    assertEquals(3, t.split("\n").length, "one line per block: " + t);
  }

  @Test
  void blogWithDivsLineBreaksAndALegacyCharset() throws IOException {
    HtmlArticle.Extracted p = page("blog-divs.html");
    String t = p.text();
    assertTrue(t.contains("وصل الرئيس الأذربيجاني إلهام علييف إلى أنقرة يوم الثلاثاء."), t);
    assertTrue(t.contains("\nوعقد لقاء مع نظيره التركي.\n"), "<br> ends a line: " + t);
    assertTrue(t.contains("وقال إن \"العلاقات، في أفضل حالاتها\"."), t);
    absent(t, List.of("البداية", "من نحن", "أرشيف المدونة", "تويتر", "تعليق", "فعّل", "© المدونة"));
    assertEquals(LocalDate.of(2023, 3, 14), p.meta().published());
    assertEquals("مدونة: زيارة علييف", p.meta().title(), "no h1 or og:title: the <title>");
    assertNull(p.meta().url());
  }

  @Test
  void articleBodyByItemprop() throws IOException {
    HtmlArticle.Extracted p = page("amp-itemprop.html");
    String t = p.text();
    assertTrue(t.contains("أعلنت وزارة الخارجية الإسرائيلية افتتاح سفارة في باكو."), t);
    assertTrue(t.contains("الموعد: الشهر المقبل\nالمكان: العاصمة الأذربيجانية"), t);
    absent(t, List.of("إعلان", "اطبع", "اشترك"));
    assertEquals(LocalDate.of(2021, 6, 1), p.meta().published());
    assertEquals("https://amp.example/news/1", p.meta().url());
    assertEquals("خبر عاجل", p.meta().title());
  }

  @Test
  void furnitureWordsAreWholeWords() {
    assertTrue(HtmlArticle.isFurniture("share-buttons"));
    assertTrue(HtmlArticle.isFurniture("top-navbar"));
    assertFalse(HtmlArticle.isFurniture("post-body"), "not furniture");
    assertFalse(HtmlArticle.isFurniture("headline downloads"), "no substring matches");
  }
}
