package org.chronology.extraction.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chronology.extraction.ArticleText;
import org.chronology.extraction.EventType;
import org.chronology.extraction.Fixtures;
import org.chronology.extraction.pipeline.Document;
import org.chronology.extraction.pipeline.EventDraft;
import org.chronology.text.ArabicNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The measuring tool of a learnt event-type tie-breaker (not used by the extractor). */
class TypeModelTest {

  private static String stem(String word) {
    return TypeModel.stem(ArabicNormalizer.key(word));
  }

  @Test
  void featuresNameTheTriggerTheWordAfterItAndTheRulesReading() {
    String sentence = "استقبل الرئيس الفرنسي أمس رئيسة وزراء الدنمارك في الإليزيه";
    int start = sentence.indexOf("استقبل");
    Set<String> f =
        TypeModel.features(sentence, start, start + "استقبل".length(), EventType.MEETING, 0.87);
    String trigger = stem("استقبل");
    assertTrue(f.contains("t:" + trigger), f::toString);
    assertTrue(f.contains("tr:" + trigger + "|meeting"), f::toString);
    assertTrue(f.contains("o:" + stem("الرئيس")), f::toString);
    assertTrue(f.contains("to:" + trigger + "|" + stem("الرئيس")), f::toString);
    assertTrue(f.contains("n:" + stem("الفرنسي")), f::toString);
    assertTrue(f.contains("w:" + stem("الإليزيه")), f::toString);
    assertTrue(f.containsAll(Set.of("r:meeting", "c:8", "rc:meeting|8")), f::toString);
  }

  @Test
  void theLightStemDropsArticleAndEnding() {
    assertEquals(stem("مفاوضات"), stem("المفاوضات"));
    assertEquals(stem("زيارة"), stem("زيارتها").substring(0, stem("زيارة").length()));
    assertEquals("", TypeModel.stem("2024"));
  }

  @Test
  void aWorkedSentenceWithTwoReadingsShowsTheOtherOne() {
    String text =
        Fixtures.article(
            "التقى وزير الخارجية المصري نظيره الأردني في عمان اليوم ووقّع الجانبان اتفاقية للتعاون"
                + " في مجال المياه.");
    Document doc = Fixtures.EXTRACTOR.analyse(new ArticleText("t.txt", text, Fixtures.PUBLISHED));
    boolean competing = false;
    for (EventDraft d : doc.events()) {
      Set<String> f = TypeModel.features(doc, d);
      assertTrue(f.contains("h:" + d.head.trigger().type().code()), f::toString);
      competing |= f.stream().anyMatch(x -> x.startsWith("a:") && !x.equals("a:" + d.type.code()));
    }
    assertTrue(competing, "a meeting and a signing in one sentence compete");
  }

  @Test
  void itTakesAnotherTypeOnlyAmongTheSentenceReadingsAndOnlyByTheMargin() {
    double[] p = new double[EventType.values().length];
    p[EventType.STATEMENT.ordinal()] = 0.15;
    p[EventType.MEETING.ordinal()] = 0.35;
    p[EventType.DEAL.ordinal()] = 0.5; // most probable, but no trigger of the sentence reads it
    Set<String> f = Set.of("r:statement", "h:statement", "a:meeting");
    assertEquals(EventType.MEETING, TypeModel.decide(p, f, EventType.STATEMENT, 0.8, 0.1, 0.95));
    assertEquals(EventType.STATEMENT, TypeModel.decide(p, f, EventType.STATEMENT, 0.8, 0.3, 0.95));
    // the rules are sure: their type stays
    assertEquals(EventType.STATEMENT, TypeModel.decide(p, f, EventType.STATEMENT, 0.96, 0.1, 0.95));
  }

  @Test
  void aTrainedModelLearnsItsExamplesAndReadsBackAsWritten(@TempDir Path dir) throws Exception {
    List<TypeModelTraining.Example> data = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      data.add(example(Set.of("r:statement", "t:x"), EventType.STATEMENT));
      data.add(example(Set.of("r:statement", "t:y"), EventType.DEAL));
      data.add(example(Set.of("r:meeting", "t:y"), EventType.MEETING));
    }
    TypeModel m = TypeModelTraining.train(data);
    double[] p = m.probabilities(Set.of("r:statement", "t:y"));
    assertTrue(p[EventType.DEAL.ordinal()] > p[EventType.STATEMENT.ordinal()] + 0.3);
    double[] q = m.probabilities(Set.of("r:statement", "t:x"));
    assertTrue(q[EventType.STATEMENT.ordinal()] > 0.6);

    Path out = dir.resolve("model.tsv");
    TypeModelTraining.write(m, 0.5, 0.95, data, out);
    assertTrue(Files.readString(out).startsWith("#"));
    TypeModel back = TypeModel.read(out);
    assertEquals(0.5, back.margin());
    assertEquals(0.95, back.maxConfidence());
    double[] r = back.probabilities(Set.of("r:statement", "t:y"));
    for (int k = 0; k < p.length; k++) {
      assertEquals(p[k], r[k], 0.01);
    }
  }

  private static TypeModelTraining.Example example(Set<String> features, EventType gold) {
    return new TypeModelTraining.Example("d1_t.txt", null, features, 0.8, gold);
  }
}
