package org.chronology.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.chronology.article.ingest.DecodedText;
import org.chronology.article.ingest.TextDecoder;
import org.chronology.article.ingest.UndecodableTextException;
import org.chronology.extraction.ArabicEventExtractor;
import org.chronology.extraction.ArticleText;
import org.chronology.extraction.Evidence;
import org.chronology.extraction.ExtractedEvent;
import org.chronology.extraction.Span;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.NormalizedText;
import org.chronology.time.TemporalExpression;
import org.chronology.time.TemporalTagger;

/**
 * Fuzzing of everything an article's bytes go through: the decoder, the normaliser, the date tagger
 * and the whole extraction pipeline, on random and mutated Arabic text and bytes. None may throw
 * (the decoder only its documented refusal), none may hang (every try is time-boxed by {@link
 * FuzzLimits}), and every offset handed back must lie inside the text it points into.
 *
 * <p>Short in {@code ./mvnw verify}; a long run: {@code ./mvnw test -Dtest=FuzzProperties
 * -Dfuzz.tries=20000}.
 */
@AddLifecycleHook(FuzzLimits.class)
class FuzzProperties {

  private static final TemporalTagger TAGGER = TemporalTagger.standard();
  private static final ArabicEventExtractor EXTRACTOR = ArabicEventExtractor.standard();
  private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

  /** Words that make the date rules, triggers and actors fire, so mutations hit real paths. */
  private static final List<String> WORDS =
      List.of(
          "في",
          "عام",
          "العام",
          "الماضي",
          "المقبل",
          "يوم",
          "الأحد",
          "الاثنين",
          "أمس",
          "غداً",
          "مارس",
          "آذار",
          "يناير",
          "2022",
          "١٤",
          "14",
          "من",
          "إلى",
          "بين",
          "و",
          "الرئيس",
          "الأذربيجاني",
          "إلهام",
          "علييف",
          "نتنياهو",
          "غانتس",
          "إسرائيل",
          "باكو",
          "تل",
          "أبيب",
          "زار",
          "بزيارة",
          "التقى",
          "وقع",
          "اتفاقية",
          "صفقة",
          "أعلن",
          "قال",
          "هجوم",
          "مناورات",
          "وزير",
          "الخارجية",
          "الدفاع",
          "سفارة",
          "،",
          ".",
          "؟",
          "\n",
          "\n\n",
          "«",
          "»",
          "(",
          ")",
          "ـــ",
          "\u064B",
          "\u0651",
          "\u200F",
          "\u200C",
          "\uFEFF",
          "\u0000",
          "\uD83D\uDE00",
          "٢٠٢٣",
          "هـ",
          "1444",
          "قبل",
          "بعد",
          "أسبوع",
          "شهر",
          "منذ",
          "حتى",
          "نهاية",
          "مطلع",
          "منتصف");

  @Provide
  Arbitrary<String> arabicText() {
    Arbitrary<String> word = Arbitraries.of(WORDS);
    Arbitrary<String> noise =
        Arbitraries.strings().withCharRange('\u0600', '\u06FF').ofMaxLength(8);
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(6);
    Arbitrary<String> piece =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(8, word),
            net.jqwik.api.Tuple.of(2, noise),
            net.jqwik.api.Tuple.of(1, any));
    return piece.list().ofMaxSize(120).map(ps -> String.join(" ", ps));
  }

  @Provide
  Arbitrary<byte[]> mutatedBytes() {
    Arbitrary<byte[]> base =
        Combinators.combine(
                arabicText(),
                Arbitraries.of(StandardCharsets.UTF_8, WINDOWS_1256, StandardCharsets.UTF_16LE))
            .as((t, cs) -> t.getBytes(cs));
    Arbitrary<List<int[]>> edits =
        Combinators.combine(
                Arbitraries.integers().between(0, 100_000),
                Arbitraries.integers().between(0, 255),
                Arbitraries.integers().between(0, 2))
            .as((pos, val, op) -> new int[] {pos, val, op})
            .list()
            .ofMaxSize(6);
    return Combinators.combine(base, edits).as(FuzzProperties::mutate);
  }

  /** Flips, inserts or deletes bytes at the given positions (wrapped into the array). */
  private static byte[] mutate(byte[] b, List<int[]> edits) {
    List<Byte> out = new ArrayList<>(b.length + edits.size());
    for (byte x : b) {
      out.add(x);
    }
    for (int[] e : edits) {
      int pos = out.isEmpty() ? 0 : e[0] % (out.size() + 1);
      switch (e[2]) {
        case 0 -> {
          if (pos < out.size()) {
            out.set(pos, (byte) e[1]);
          }
        }
        case 1 -> out.add(pos, (byte) e[1]);
        default -> {
          if (pos < out.size()) {
            out.remove(pos);
          }
        }
      }
    }
    byte[] r = new byte[out.size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = out.get(i);
    }
    return r;
  }

  @Property(tries = 300)
  void decoderAcceptsOrRefusesRandomBytes(@ForAll byte[] bytes) {
    decodeOrRefuse(bytes);
  }

  @Property(tries = 300)
  void decoderAcceptsOrRefusesMutatedArabic(@ForAll("mutatedBytes") byte[] bytes) {
    decodeOrRefuse(bytes);
  }

  private static void decodeOrRefuse(byte[] bytes) {
    try {
      DecodedText d = TextDecoder.decode(bytes);
      assertNotNull(d.text());
      assertTrue(d.text().indexOf('\u0000') < 0, "no NUL reaches storage");
      assertTrue(!d.text().isBlank(), "no blank text is accepted");
    } catch (UndecodableTextException refused) {
      assertNotNull(refused.getMessage(), "a refusal says why");
    }
  }

  @Property(tries = 300)
  void normaliserMapsEveryOffsetBackIntoTheOriginal(@ForAll("arabicText") String text) {
    NormalizedText n = ArabicNormalizer.normalize(text);
    assertEquals(text, n.original());
    for (int i = 0; i <= n.length(); i++) {
      int s = n.originalStart(Math.min(i, Math.max(0, n.length() - 1)));
      int e = n.originalEnd(i);
      assertTrue(s >= 0 && s <= text.length(), "start " + s + " inside the original");
      assertTrue(e >= 0 && e <= text.length(), "end " + e + " inside the original");
    }
    assertNotNull(n.originalSlice(0, n.length()));
  }

  @Property(tries = 200)
  void taggerOffsetsCutOutTheirPhrase(@ForAll("arabicText") String text) {
    List<TemporalExpression> found = TAGGER.tag(text, LocalDate.of(2023, 3, 16));
    for (TemporalExpression e : found) {
      assertTrue(
          0 <= e.startOffset()
              && e.startOffset() <= e.endOffset()
              && e.endOffset() <= text.length(),
          e.toString());
      assertEquals(e.text(), text.substring(e.startOffset(), e.endOffset()));
    }
    assertNotNull(TAGGER.tag(text, null));
  }

  @Property(tries = 150)
  void pipelineOffsetsStayInsideTheArticle(@ForAll("arabicText") String text) {
    check(text, EXTRACTOR.extract(new ArticleText("fuzz.txt", text, LocalDate.of(2023, 3, 16))));
    check(text, EXTRACTOR.extract(new ArticleText("fuzz.txt", text, null)));
  }

  private static void check(String text, List<ExtractedEvent> events) {
    for (ExtractedEvent e : events) {
      Evidence ev = e.evidence();
      span(text, ev.sentence());
      span(text, ev.trigger());
      span(text, ev.datePhrase());
      for (Span s : ev.actorSpans()) {
        span(text, s);
      }
      if (ev.sentence() != null) {
        assertEquals(ev.text(), text.substring(ev.sentence().start(), ev.sentence().end()));
      }
    }
  }

  private static void span(String text, Span s) {
    if (s != null) {
      assertTrue(
          0 <= s.start() && s.start() <= s.end() && s.end() <= text.length(),
          s + " inside a text of " + text.length());
    }
  }
}
