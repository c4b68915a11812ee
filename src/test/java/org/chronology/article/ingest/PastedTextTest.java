package org.chronology.article.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What names an article pasted into the upload form to a reader, and its stored name. */
class PastedTextTest {

  private static final String LONG =
      "قال المتحدث باسم الحكومة في بيان صدر مساء اليوم إن اللجنة الوزارية أنهت أعمالها بعد ثلاثة"
          + " أيام من الاجتماعات المتواصلة وإنها رفعت توصياتها إلى رئيس الوزراء لاعتمادها في الجلسة"
          + " المقبلة لمجلس الوزراء بعد أن ناقشت الموازنة والخطط الخمسية للقطاعات كافة";

  @Test
  void aHeadlineOnTheFirstLinesNamesIt() {
    String text = "\n  رئيس الوزراء يستقبل وفداً تجارياً في العاصمة  \n\n" + LONG;
    assertEquals("رئيس الوزراء يستقبل وفداً تجارياً في العاصمة", PastedText.headline(text));
  }

  @Test
  void aParagraphFirstIsCutAtAWord() {
    String name = PastedText.headline(LONG + "\n\n" + LONG);
    assertTrue(name.endsWith("…"), name);
    assertTrue(name.length() <= PastedText.MAX_NAME, name);
    String kept = name.substring(0, name.length() - 1);
    assertTrue(LONG.startsWith(kept), name);
    assertEquals(' ', LONG.charAt(kept.length()), "cut at a word: " + name);
  }

  @Test
  void aHeadlineAfterTheFirstParagraphIsNotTheArticles() {
    // A short line of four words after a paragraph of the body is not its headline.
    String name = PastedText.headline(LONG + "\nوأضاف أن الزيارة المقبلة ستكون في الربيع");
    assertTrue(name.startsWith("قال المتحدث باسم الحكومة"), name);
  }

  @Test
  void aBlankTextHasNoName() {
    assertNull(PastedText.headline(" \n\t\n"));
  }

  @Test
  void theStoredNameIsMadeFromTheHashAndKnownAgain() {
    String source = PastedText.source("نص".getBytes(StandardCharsets.UTF_8));
    assertTrue(PastedText.is(source), source);
    assertFalse(PastedText.is("azerbaijan-2022.txt"));
    assertFalse(PastedText.is("upload-notes.txt"));
    assertFalse(PastedText.is(null));
  }
}
