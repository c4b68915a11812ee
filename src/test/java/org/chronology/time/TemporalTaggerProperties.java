package org.chronology.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of the tagger and the detector on arbitrary input: they never throw, offsets stay
 * inside the text and cut out exactly the reported phrase, intervals are ordered, and phrases come
 * in text order without overlapping.
 */
class TemporalTaggerProperties {

  private static final TemporalTagger TAGGER = TemporalTagger.standard();
  private static final PublicationDateDetector DETECTOR = PublicationDateDetector.standard();

  /** Pieces that make the rules fire, mixed with noise so that partial matches are exercised. */
  private static final List<String> PIECES =
      List.of(
          "في",
          "العام",
          "عام",
          "منذ",
          "قبل",
          "بعد",
          "من",
          "إلى",
          "و",
          "بين",
          "الماضي",
          "المقبل",
          "الجاري",
          "نفسه",
          "أيار",
          "/",
          "مايو",
          "كانون الأول",
          "تشرين أول",
          "نيسان",
          "آب",
          "مارس",
          "جانفي",
          "أوت",
          "اليوم",
          "أمس",
          "غداً",
          "الخميس",
          "الاثنين",
          "يوم",
          "الأسبوع",
          "الشهر",
          "أوائل",
          "منتصف",
          "أواخر",
          "نهاية",
          "النصف الثاني",
          "الربع الأول",
          "تسعينات",
          "القرن",
          "العشرين",
          "صيف",
          "شتاء",
          "جمادى الأولى",
          "هـ",
          "الموافق",
          "يومين",
          "ساعة",
          "عاماً",
          "أيام",
          "واحد",
          "2020",
          "1991",
          "٢٠١٩",
          "۱۴۴۶",
          "1446",
          "25",
          "7",
          "31",
          "0",
          "13/05/2020",
          "2015-2019",
          "-",
          "،",
          ",",
          ".",
          "(",
          ")",
          "ـ",
          "ً",
          "\u200f",
          "\n",
          " ",
          "الـ",
          "F-16",
          "60٪",
          "قتيلاً",
          "مليون",
          "ألف",
          "نشر في",
          "12:30",
          "5th",
          "May");

  @Provide
  Arbitrary<String> arabicSoup() {
    Arbitrary<String> piece = Arbitraries.of(PIECES);
    Arbitrary<String> sep = Arbitraries.of(" ", "", "  ", "\n", "،", "/");
    return Combinators.combine(piece, sep)
        .as((p, s) -> p + s)
        .list()
        .ofMaxSize(40)
        .map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> randomChars() {
    return Arbitraries.strings()
        .withCharRange('\u0600', '\u06FF')
        .withCharRange('0', '9')
        .withChars(" \n\t-/.,:()%٪\u200f\u00a0ـ")
        .withCharRange('a', 'z')
        .ofMaxLength(200);
  }

  @Provide
  Arbitrary<LocalDate> publicationDates() {
    return Arbitraries.oneOf(
        Arbitraries.just(null),
        Arbitraries.integers().between(0, 60000).map(d -> LocalDate.of(1950, 1, 1).plusDays(d)));
  }

  @Property(tries = 400)
  void invariantsOnArabicSoup(
      @ForAll("arabicSoup") String text, @ForAll("publicationDates") LocalDate pub) {
    checkInvariants(text, pub);
  }

  @Property(tries = 400)
  void invariantsOnRandomCharacters(
      @ForAll("randomChars") String text, @ForAll("publicationDates") LocalDate pub) {
    checkInvariants(text, pub);
  }

  @Property(tries = 200)
  void invariantsOnAnyString(@ForAll String text) {
    checkInvariants(text, LocalDate.of(2024, 5, 15));
  }

  @Property(tries = 300)
  void thePrefilterNeverLosesAMatch(
      @ForAll("arabicSoup") String text, @ForAll("publicationDates") LocalDate pub) {
    assertEquals(TAGGER.tag(text, pub, false), TAGGER.tag(text, pub));
  }

  /**
   * A shrunk failure of the property above: a connector glued to the month before it ("مايوكانون")
   * was read as a range without the pre-filter; glued, it is one word and no date.
   */
  @Example
  void aConnectorGluedToTheMonthBeforeItMakesNoRange() {
    LocalDate pub = LocalDate.of(2024, 5, 1);
    assertEquals(List.of(), TAGGER.tag("مايوكانون الأول الماضي", pub, false));
    assertEquals(List.of(), TAGGER.tag("مايوكانون الأول الماضي", pub));
    List<TemporalExpression> spaced = TAGGER.tag("بين ماي وكانون الأول الماضي", pub, false);
    assertEquals(1, spaced.size(), () -> spaced.toString());
    assertEquals(LocalDate.of(2023, 5, 1), spaced.get(0).start());
    assertEquals(LocalDate.of(2023, 12, 31), spaced.get(0).end());
    assertEquals(spaced, TAGGER.tag("بين ماي وكانون الأول الماضي", pub));
  }

  /**
   * A shrunk failure of the prefilter property: a month phrase anchored to another phrase and not
   * resolved yet, before an anniversary's year, has no interval to compare with the publication's.
   */
  @Example
  void anUnresolvedAnchoredMonthIsNoAnniversary() {
    LocalDate pub = LocalDate.of(1950, 1, 1);
    String text = "منذ جانفي في في في في في في في في في في أيار ";
    assertEquals(TAGGER.tag(text, pub, false), TAGGER.tag(text, pub));
  }

  @Property(tries = 200)
  void aDateFreePrefixOnlyShiftsTheOffsets(
      @ForAll("arabicSoup") String text, @ForAll("publicationDates") LocalDate pub) {
    String prefix = "نص قصير بلا أي تاريخ.\n";
    List<TemporalExpression> plain = TAGGER.tag(text, pub);
    List<TemporalExpression> shifted = TAGGER.tag(prefix + text, pub);
    assertEquals(plain.size(), shifted.size(), () -> plain + " vs " + shifted);
    for (int i = 0; i < plain.size(); i++) {
      TemporalExpression a = plain.get(i);
      TemporalExpression b = shifted.get(i);
      assertEquals(a.startOffset() + prefix.length(), b.startOffset());
      assertEquals(a.text(), b.text());
      assertEquals(a.start(), b.start());
      assertEquals(a.end(), b.end());
      assertEquals(a.precision(), b.precision());
    }
  }

  @Property(tries = 200)
  void relativePhrasesStayUnresolvedWithoutPublicationDate(@ForAll("arabicSoup") String text) {
    for (TemporalExpression e : TAGGER.tag(text, null)) {
      if (e.relative()) {
        assertFalse(e.resolved(), () -> "resolved without a publication date: " + e);
        assertEquals(Precision.UNKNOWN, e.precision());
      }
    }
  }

  @Property(tries = 200)
  void detectorNeverThrowsAndPointsIntoTheText(@ForAll("arabicSoup") String text) {
    DETECTOR
        .detect(text)
        .ifPresent(
            d -> {
              assertTrue(d.startOffset() >= 0 && d.endOffset() <= text.length());
              assertEquals(d.text(), text.substring(d.startOffset(), d.endOffset()));
            });
  }

  @Property(tries = 100)
  void aFullDateIsFoundWhateverTheDay(
      @ForAll @IntRange(min = 1, max = 28) int day,
      @ForAll @IntRange(min = 1, max = 12) int month,
      @ForAll @IntRange(min = 1950, max = 2049) int year) {
    String[] names = {
      "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
      "نوفمبر", "ديسمبر"
    };
    String text = "وقع ذلك في " + day + " " + names[month - 1] + " " + year + " في باكو";
    List<TemporalExpression> found = TAGGER.tag(text, null);
    assertEquals(1, found.size(), () -> found.toString());
    assertEquals(LocalDate.of(year, month, day), found.get(0).start());
    assertEquals(Precision.DAY, found.get(0).precision());
  }

  /**
   * A part a period cannot take (a quarter of a week or of a month) gives no phrase, not an error.
   */
  @net.jqwik.api.Example
  void partsAPeriodCannotTakeAreNoDate() {
    long before = TAGGER.ruleFailures();
    for (String text :
        List.of(
            "الربع الاول الاسبوع",
            "في الربع الأول من الأسبوع الماضي",
            "الربع الأخير من الشهر المقبل",
            "في النصف الثاني من الأسبوع نفسه")) {
      List<TemporalExpression> found = TAGGER.tag(text, LocalDate.of(2024, 5, 15));
      assertTrue(
          found.stream().noneMatch(e -> e.text().startsWith("الربع")), () -> text + " " + found);
    }
    assertEquals(before, TAGGER.ruleFailures(), "a rule threw");
  }

  @net.jqwik.api.lifecycle.AfterProperty
  void noRuleThrew() {
    assertEquals(0, TAGGER.ruleFailures(), "a rule threw on some input");
  }

  private static void checkInvariants(String text, LocalDate pub) {
    List<TemporalExpression> found = TAGGER.tag(text, pub);
    assertNotNull(found);
    int previousEnd = 0;
    for (TemporalExpression e : found) {
      assertTrue(e.startOffset() >= previousEnd, () -> "overlap or disorder: " + found);
      assertTrue(e.startOffset() < e.endOffset(), () -> "empty span: " + e);
      assertTrue(e.endOffset() <= text.length(), () -> "outside the text: " + e);
      assertEquals(text.substring(e.startOffset(), e.endOffset()), e.text());
      if (e.start() != null && e.end() != null) {
        assertFalse(e.end().isBefore(e.start()), () -> "end before start: " + e);
      }
      assertNotNull(e.precision());
      if (e.relative() && e.resolved()) {
        assertEquals(pub, e.resolvedAgainst());
      }
      previousEnd = e.endOffset();
    }
  }
}
