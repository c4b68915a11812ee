package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.PUBLISHED;
import static org.chronology.extraction.Fixtures.article;
import static org.chronology.extraction.Fixtures.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Live blog entries told in the present tense, and declarations of a step with a date of their own
 * (sentences of our own).
 */
class LiveEntryAndDeclarationTest {

  private static final String BLOG_HEAD = "تغطية مستمرة: أزمة الحدود بين البلدين";

  /** "10:20 - الوزير يرحب …": an entry opening with its clock time happened on the day. */
  @Test
  void presentTenseEntryAfterClockOnTheSameLineIsAStatementOfTheDay() {
    List<ExtractedEvent> e =
        extract(
            article(
                BLOG_HEAD,
                "10:20 - وزير الخارجية الكويتي يرحب بالتفاهم الذي توصلت إليه بغداد وأنقرة بشأن"
                    + " المياه."));
    assertEquals(1, e.size(), e.toString());
    assertEquals(EventType.STATEMENT, e.get(0).type());
    assertEquals(PUBLISHED, e.get(0).date().start());
  }

  @Test
  void presentTenseDenialInALiveEntryIsAStatement() {
    List<ExtractedEvent> e =
        extract(
            article(
                BLOG_HEAD,
                "16:45 - الخارجية الأردنية تنفي وجود أي اتصالات مع الجانب الإسرائيلي بشأن"
                    + " المعبر."));
    assertEquals(1, e.size(), e.toString());
    assertEquals(EventType.STATEMENT, e.get(0).type());
  }

  /** Outside a live entry an undated present verb is a habit, not a happening. */
  @Test
  void undatedPresentTenseOutsideALiveEntryIsNoEvent() {
    List<ExtractedEvent> e =
        extract(
            article(
                "الكويت والوساطة",
                "وترحب الكويت عادة بكل تقارب بين جيرانها، وتدعو إلى حل الخلافات بالحوار."));
    assertTrue(e.isEmpty(), e.toString());
  }

  /** The speaker's own words in the present tense are the saying, told by its frame. */
  @Test
  void quotedPresentTenseVerbLeavesTheDatedSayingAsTheStatement() {
    List<ExtractedEvent> e =
        extract(
            article(
                "الخارجية القطرية تعلق على الخطوة",
                "وقالت وزارة الخارجية القطرية في بيان يوم الثلاثاء إنها \"ترحب بالخطوة وتأمل البناء"
                    + " عليها\"."));
    assertEquals(1, e.size(), e.toString());
    assertEquals(EventType.STATEMENT, e.get(0).type());
    assertEquals(PUBLISHED.minusDays(2), e.get(0).date().start());
  }

  /** "أعلنت … في 5 آذار استئناف عمل بعثتيهما": a dated declaration of a step is a happening. */
  @Test
  void datedDeclarationOfAStepIsKept() {
    List<ExtractedEvent> e =
        extract(
            article(
                "خلفية الأزمة",
                "وأعلنت عمّان ودمشق في الخامس من آذار استئناف عمل بعثتيهما بعد انقطاع طويل."));
    assertEquals(1, e.size(), e.toString());
    assertEquals(PUBLISHED.withDayOfMonth(5), e.get(0).date().start());
  }

  @Test
  void datedDeclarationOfAMourningDayIsKept() {
    List<ExtractedEvent> e =
        extract(
            article(
                "حداد في البلاد",
                "وأعلنت الحكومة اللبنانية يوم الثلاثاء الحداد الرسمي ثلاثة أيام على ضحايا"
                    + " الانفجار."));
    assertEquals(1, e.size(), e.toString());
  }

  /** Without a date of its own, a declaration without what was declared stays out. */
  @Test
  void undatedDeclarationWithoutContentIsNoEvent() {
    List<ExtractedEvent> e =
        extract(article("حداد في البلاد", "وأعلنت الحكومة اللبنانية الحداد الرسمي ثلاثة أيام."));
    assertTrue(e.isEmpty(), e.toString());
  }

  /** Dual calls, troops withdrawn by the verb, the terrorism list: one event of the type each. */
  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وأجرى المبعوث الأممي أمس اتصالين هاتفيين برئيسي حكومتي البلدين.|meeting",
        "وسحبت أنقرة قواتها من المنطقة العازلة في أيلول 2019.|military",
        "وأعادت الإدارة الأميركية في كانون الثاني 2021 إدراج هافانا على قائمة الدول الراعية"
            + " للإرهاب.|diplomatic",
      })
  void vocabularyOfOneHappening(String sentence, String type) {
    List<ExtractedEvent> e = extract(article("خبر", sentence));
    assertEquals(1, e.size(), e.toString());
    assertEquals(type, e.get(0).type().code());
  }
}
