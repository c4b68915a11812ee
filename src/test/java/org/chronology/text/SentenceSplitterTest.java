package org.chronology.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private static final SentenceSplitter SPLITTER =
      new SentenceSplitter(PageFurniture.standard(), Set.of("بينما", "في حين"));

  private static List<String> sentences(String text) {
    NormalizedText nt = ArabicNormalizer.normalize(text);
    return SPLITTER.split(nt, Tokenizer.tokenize(nt.text())).stream()
        .map(s -> text.substring(s.start(), s.end()))
        .toList();
  }

  @Test
  void testArabicSentenceMarks() {
    assertEquals(
        List.of("زار الوزير أنقرة.", "هل التقى نظيره؟", "نعم!", "ثم عاد؛", "وانتهى اللقاء"),
        sentences("زار الوزير أنقرة. هل التقى نظيره؟ نعم! ثم عاد؛ وانتهى اللقاء"));
  }

  @Test
  void testNumberAndAbbreviationDoNotSplit() {
    assertEquals(
        List.of("بلغت قيمة الصفقة 1.6 مليار دولار وفق د. أحمد."),
        sentences("بلغت قيمة الصفقة 1.6 مليار دولار وفق د. أحمد."));
  }

  @Test
  void testQuotationKeepsItsSentences() {
    assertEquals(
        List.of("قال الوزير «زرنا باكو. وعدنا» ثم غادر.", "وانتهت الزيارة."),
        sentences("قال الوزير «زرنا باكو. وعدنا» ثم غادر. وانتهت الزيارة."));
  }

  @Test
  void testClosingQuoteStaysWithSentence() {
    assertEquals(
        List.of("وقال البيان “إن الزيارة ركزت على الأمن.”", "وعاد الوزير."),
        sentences("وقال البيان “إن الزيارة ركزت على الأمن.” وعاد الوزير."));
  }

  @Test
  void testListBulletIsNotPartOfSentence() {
    assertEquals(
        List.of("في العام 2010، صدر مرسوم.", "بدأت العلاقات في 1992."),
        sentences("_ في العام 2010، صدر مرسوم.\n_بدأت العلاقات في 1992."));
  }

  @Test
  void testLinesAreParagraphsAndHeadlines() {
    NormalizedText nt = ArabicNormalizer.normalize("وفد أمني زار باكو\n\nزار وفد أمني باكو أمس.");
    List<Sentence> s = SPLITTER.split(nt, Tokenizer.tokenize(nt.text()));
    assertEquals(2, s.size());
    assertTrue(s.get(0).headline());
    assertEquals(1, s.get(1).paragraph());
  }

  @Test
  void testATitleAfterItsKickerIsStillAHeadline() {
    NormalizedText nt =
        ArabicNormalizer.normalize(
            "بعد قطيعة طويلة.. تونس وليبيا تعيدان فتح الحدود\n\nوقال الوزير.");
    List<Sentence> s = SPLITTER.split(nt, Tokenizer.tokenize(nt.text()));
    assertEquals(3, s.size());
    assertTrue(s.get(1).headline());
    assertFalse(s.get(2).headline());
  }

  @Test
  void testAHeadlineOpeningWithItsNewsBeforeTheKickerIsATitleInBothParts() {
    // "news.. the second news": both halves are the title, neither is body text
    NormalizedText nt =
        ArabicNormalizer.normalize(
            "وزير الخارجية الأردني يصل بغداد.. ومحادثات مع نظيره العراقي غداً\n\n"
                + "وصل وزير الخارجية الأردني إلى بغداد اليوم.. ثم التقى نظيره.");
    List<Sentence> s = SPLITTER.split(nt, Tokenizer.tokenize(nt.text()));
    assertEquals(4, s.size());
    assertTrue(s.get(0).headline());
    assertTrue(s.get(1).headline());
    // a body line with an ellipsis is no title: it ends with a full stop
    assertFalse(s.get(2).headline());
    assertFalse(s.get(3).headline());
  }

  @Test
  void testAKickerBeforeTheQuestionATitleAsksIsAHeadline() {
    // "news.. question?": a title that asks; a body question opens with no kicker
    NormalizedText nt =
        ArabicNormalizer.normalize(
            "من القطيعة إلى زيارة الرباط.. كيف تغيرت العلاقة بين البلدين؟\n\n"
                + "زار الوزير الرباط أمس.\n\nفما الذي تغير بين البلدين؟");
    List<Sentence> s = SPLITTER.split(nt, Tokenizer.tokenize(nt.text()));
    assertEquals(4, s.size());
    assertTrue(s.get(0).headline());
    assertFalse(s.get(2).headline());
    assertFalse(s.get(3).headline());
  }

  @Test
  void testFurnitureLinesAreSkippedButOffsetsStayOriginal() {
    String text = "محرك البحث\nشاركنا الخبر\nزار الوزير باكو.\nأترك تعليق\nزر الذهاب إلى الأعلى";
    assertEquals(List.of("زار الوزير باكو."), sentences(text));
  }

  @Test
  void testCommaAndClauseWordsSplitClauses() {
    NormalizedText nt =
        ArabicNormalizer.normalize("في العام 2009، زار الرئيس باكو بينما وقعت الحكومة اتفاقية.");
    Sentence s = SPLITTER.split(nt, Tokenizer.tokenize(nt.text())).get(0);
    assertEquals(3, s.clauses().size());
  }
}
