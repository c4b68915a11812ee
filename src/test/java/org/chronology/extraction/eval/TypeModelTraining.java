package org.chronology.extraction.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.chronology.extraction.ArabicEventExtractor;
import org.chronology.extraction.ArticleText;
import org.chronology.extraction.EventType;
import org.chronology.extraction.ExtractedEvent;
import org.chronology.extraction.Happening;
import org.chronology.extraction.pipeline.Document;
import org.chronology.extraction.pipeline.EventDraft;

/**
 * Trains and measures a learnt event-type model ({@link TypeModel}) against the rules alone.
 *
 * <p>The examples are the extractor's events that the evaluation matches to a gold event, labelled
 * with that gold event's type (the features are read from the worked document, before titles). The
 * model's type is taken only among the sentence's competing trigger readings, where the rules'
 * confidence is below a cap and the model's probability beats the rules' type's by a margin.
 *
 * <ul>
 *   <li>{@code cv ARTICLES GOLD [folds]}: cross-validation by article (article number modulo the
 *       folds): every event is scored by a model trained on the other folds; prints, for a grid of
 *       caps and margins, the type-right gain over the rules / events retyped (change in matched).
 *       {@code -Dgrid=l2:kinds;...} tries several penalties and feature kinds ({@code all} or e.g.
 *       {@code r,rc,h,hr,a,ra,t,tr,to}) on one extraction.
 *   <li>{@code split ARTICLES GOLD TEST_ARTICLES TEST_GOLD}: trains on the first set and prints the
 *       same grid on the second, which the model never saw (the honest measure).
 *   <li>{@code fit ARTICLES GOLD OUT}: trains on every article and writes the model, with {@code
 *       -Dmargin} and {@code -DmaxConfidence}, as a readable TSV ({@link TypeModel#read}).
 * </ul>
 *
 * Options: {@code -Dl2} (L2 penalty, 10), {@code -Depochs} (30), {@code -DminCount} (a feature seen
 * in fewer training events is dropped, 2).
 */
public final class TypeModelTraining {

  /** One matched event of the rules: its features, confidence, rules' type and gold type. */
  record Example(
      String article,
      ExtractedEvent event,
      Set<String> features,
      double confidence,
      EventType gold) {
    EventType rules() {
      return event.type();
    }
  }

  private static final EventType[] TYPES = EventType.values();

  static double l2 = Double.parseDouble(System.getProperty("l2", "10"));
  static int epochs = Integer.getInteger("epochs", 30);
  static int minCount = Integer.getInteger("minCount", 2);

  private TypeModelTraining() {}

  /** The rules' events of every article with their features; {@code events} gets every event. */
  static List<Example> examples(
      List<ArticleText> articles,
      Map<String, List<GoldEvent>> gold,
      Map<String, List<ExtractedEvent>> events) {
    ArabicEventExtractor x = ArabicEventExtractor.standard();
    List<Example> out = new ArrayList<>();
    for (ArticleText a : articles) {
      Document doc = x.analyse(a);
      List<ExtractedEvent> ev = new ArrayList<>();
      Map<ExtractedEvent, EventDraft> drafts = new IdentityHashMap<>();
      for (EventDraft d : ArabicEventExtractor.ordered(doc)) {
        ExtractedEvent e = ArabicEventExtractor.toEvent(doc, d);
        ev.add(e);
        drafts.put(e, d);
      }
      events.put(a.source(), ev);
      Map<ExtractedEvent, GoldEvent> label = new IdentityHashMap<>();
      Evaluation.score(
          a,
          gold.get(a.source()),
          ev,
          label,
          new ArrayList<>(),
          new ArrayList<>(),
          Collections.newSetFromMap(new IdentityHashMap<>()),
          new ArrayList<>());
      for (ExtractedEvent e : ev) {
        EventDraft d = drafts.get(e);
        GoldEvent g = label.get(e);
        out.add(
            new Example(
                a.source(),
                e,
                TypeModel.features(doc, d),
                d.confidence,
                g == null ? null : g.type()));
      }
    }
    return out;
  }

  /** Multinomial logistic regression with an L2 penalty, trained by AdaGrad on labelled events. */
  static TypeModel train(List<Example> data) {
    List<Example> labelled = data.stream().filter(x -> x.gold() != null).toList();
    Map<String, Integer> count = new HashMap<>();
    for (Example x : labelled) {
      for (String f : x.features()) {
        count.merge(f, 1, Integer::sum);
      }
    }
    Map<String, double[]> w = new HashMap<>();
    Map<String, double[]> g2 = new HashMap<>();
    count.forEach(
        (f, c) -> {
          if (c >= minCount) {
            w.put(f, new double[TYPES.length]);
            g2.put(f, new double[TYPES.length]);
          }
        });
    double[] bias = new double[TYPES.length];
    double[] bias2 = new double[TYPES.length];
    double rate = 0.5;
    int n = labelled.size();
    Random random = new Random(7);
    List<Example> order = new ArrayList<>(labelled);
    for (int epoch = 0; epoch < epochs; epoch++) {
      Collections.shuffle(order, random);
      for (Example x : order) {
        double[] p = new TypeModel(w, bias, 0, 0).probabilities(x.features());
        int y = x.gold().ordinal();
        for (int k = 0; k < TYPES.length; k++) {
          double grad = p[k] - (k == y ? 1 : 0);
          bias2[k] += grad * grad;
          bias[k] -= rate * grad / Math.sqrt(bias2[k] + 1e-8);
          for (String f : x.features()) {
            double[] wf = w.get(f);
            if (wf == null) {
              continue;
            }
            double[] gf = g2.get(f);
            double gk = grad + l2 * wf[k] / n;
            gf[k] += gk * gk;
            wf[k] -= rate * gk / Math.sqrt(gf[k] + 1e-8);
          }
        }
      }
    }
    return new TypeModel(w, bias, 0, 0);
  }

  static ExtractedEvent retyped(ExtractedEvent e, EventType t) {
    if (t == e.type()) {
      return e;
    }
    Happening h = e.happening();
    Happening nh =
        new Happening(t, h.status(), h.title(), h.confidence(), h.date(), h.actors(), h.location());
    return new ExtractedEvent(
        e.articleSource(), nh, e.evidence(), e.extractorVersion(), e.alsoReportedIn());
  }

  /** The score of the given events. */
  static Evaluation.Score score(
      List<ArticleText> articles,
      Map<String, List<GoldEvent>> gold,
      Map<String, List<ExtractedEvent>> events) {
    Evaluation.Score total = new Evaluation.Score();
    for (ArticleText a : articles) {
      total.add(
          Evaluation.score(
              a,
              gold.get(a.source()),
              events.get(a.source()),
              new IdentityHashMap<>(),
              new ArrayList<>(),
              new ArrayList<>(),
              Collections.newSetFromMap(new IdentityHashMap<>()),
              new ArrayList<>()));
    }
    return total;
  }

  static int number(String source) {
    return Integer.parseInt(source.replaceAll("^d(\\d+).*", "$1"));
  }

  public static void main(String[] args) throws IOException {
    String mode = args[0];
    List<ArticleText> all = CorpusArticle.read(Path.of(args[1]));
    Map<String, List<GoldEvent>> gold = GoldFile.read(Path.of(args[2]), all);
    List<ArticleText> articles = all.stream().filter(a -> gold.containsKey(a.source())).toList();
    Map<String, List<ExtractedEvent>> events = new HashMap<>();
    List<Example> data = examples(articles, gold, events);
    if (mode.equals("split")) {
      // train on ARTICLES/GOLD, measure on TEST_ARTICLES TEST_GOLD (articles the model never saw)
      List<ArticleText> all2 = CorpusArticle.read(Path.of(args[3]));
      Map<String, List<GoldEvent>> gold2 = GoldFile.read(Path.of(args[4]), all2);
      List<ArticleText> test = all2.stream().filter(a -> gold2.containsKey(a.source())).toList();
      Map<String, List<ExtractedEvent>> events2 = new HashMap<>();
      List<Example> data2 = examples(test, gold2, events2);
      TypeModel m = train(data);
      Map<ExtractedEvent, double[]> probs = new IdentityHashMap<>();
      for (Example x : data2) {
        probs.put(x.event(), m.probabilities(x.features()));
      }
      Evaluation.Score rules = score(test, gold2, events2);
      System.out.printf(
          Locale.ROOT,
          "rules on the unseen articles: matched %d type %d (%.4f)%n",
          rules.matched,
          rules.typeCorrect,
          rules.typeAccuracy());
      grid(data2, test, gold2, events2, rules, probs);
      return;
    }
    if (mode.equals("fit")) {
      double margin = Double.parseDouble(System.getProperty("margin"));
      double maxConfidence = Double.parseDouble(System.getProperty("maxConfidence"));
      write(train(data), margin, maxConfidence, data, Path.of(args[3]));
      return;
    }
    int folds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    Evaluation.Score rules = score(articles, gold, events);
    System.out.printf(
        Locale.ROOT,
        "rules: matched %d type %d (%.4f)  [%d examples, %d labelled]%n",
        rules.matched,
        rules.typeCorrect,
        rules.typeAccuracy(),
        data.size(),
        data.stream().filter(x -> x.gold() != null).count());
    int[] bandAll = new int[11];
    int[] bandRight = new int[11];
    for (Example x : data) {
      if (x.gold() != null) {
        int b = (int) Math.floor(x.confidence() * 10);
        bandAll[b]++;
        bandRight[b] += x.gold() == x.rules() ? 1 : 0;
      }
    }
    for (int b = 0; b <= 10; b++) {
      if (bandAll[b] > 0) {
        System.out.printf(
            Locale.ROOT, "confidence %.1f: %d/%d right%n", b / 10.0, bandRight[b], bandAll[b]);
      }
    }
    // -Dgrid=l2:keep;l2:keep... (keep: feature kinds, comma-separated, or "all")
    for (String config : System.getProperty("grid", l2 + ":all").split(";")) {
      String[] c = config.split(":");
      l2 = Double.parseDouble(c[0]);
      Set<String> keep = c[1].equals("all") ? null : Set.of(c[1].split(","));
      List<Example> kept = new ArrayList<>();
      for (Example x : data) {
        Set<String> f = new java.util.LinkedHashSet<>(x.features());
        if (keep != null) {
          f.removeIf(k -> !keep.contains(k.substring(0, k.indexOf(':'))));
        }
        kept.add(new Example(x.article(), x.event(), f, x.confidence(), x.gold()));
      }
      System.out.println("== l2 " + l2 + " keep " + c[1]);
      crossValidated(kept, articles, gold, events, rules, folds);
    }
  }

  static void crossValidated(
      List<Example> data,
      List<ArticleText> articles,
      Map<String, List<GoldEvent>> gold,
      Map<String, List<ExtractedEvent>> events,
      Evaluation.Score rules,
      int folds) {
    Map<ExtractedEvent, double[]> probs = new IdentityHashMap<>();
    for (int f = 0; f < folds; f++) {
      final int fold = f;
      List<Example> train = data.stream().filter(x -> number(x.article()) % folds != fold).toList();
      TypeModel m = train(train);
      for (Example x : data) {
        if (number(x.article()) % folds == fold) {
          probs.put(x.event(), m.probabilities(x.features()));
        }
      }
    }
    grid(data, articles, gold, events, rules, probs);
  }

  /** Rules against the model, with the given probabilities, for a grid of thresholds. */
  static void grid(
      List<Example> data,
      List<ArticleText> articles,
      Map<String, List<GoldEvent>> gold,
      Map<String, List<ExtractedEvent>> events,
      Evaluation.Score rules,
      Map<ExtractedEvent, double[]> probs) {
    Map<ExtractedEvent, Example> byEvent = new IdentityHashMap<>();
    for (Example x : data) {
      byEvent.put(x.event(), x);
    }
    double[] caps = {0.85, 0.9, 0.95, 2};
    double[] margins = {-1, 0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
    for (double cap : caps) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "cap %.2f:", cap));
      for (double margin : margins) {
        Map<String, List<ExtractedEvent>> retyped = new HashMap<>();
        int changed = 0;
        for (ArticleText a : articles) {
          List<ExtractedEvent> ev = new ArrayList<>();
          for (ExtractedEvent e : events.get(a.source())) {
            Example x = byEvent.get(e);
            EventType t =
                TypeModel.decide(probs.get(e), x.features(), e.type(), x.confidence(), margin, cap);
            changed += t != e.type() ? 1 : 0;
            ev.add(retyped(e, t));
          }
          retyped.put(a.source(), ev);
        }
        Evaluation.Score s = score(articles, gold, retyped);
        line.append(
            String.format(
                Locale.ROOT,
                "  m%.1f %+d/%d(%d)",
                margin,
                s.typeCorrect - rules.typeCorrect,
                changed,
                s.matched - rules.matched));
      }
      System.out.println(line);
    }
  }

  /** Writes a model as the readable TSV the extractor loads. */
  static void write(TypeModel m, double margin, double maxConfidence, List<Example> data, Path out)
      throws IOException {
    Map<String, double[]> sorted = new TreeMap<>(m.weights());
    long labelled = data.stream().filter(x -> x.gold() != null).count();
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      w.println("# A learnt event-type tie-breaker (eval.TypeModel): multinomial logistic");
      w.println("# regression, L2 " + l2 + ", " + epochs + " epochs, features seen in at least");
      w.println(
          "# " + minCount + " of " + labelled + " training events; margin and max-confidence");
      w.println("# as given. Written by: java -Dl2=" + l2 + " -Dmargin=" + margin);
      w.println("#   -DmaxConfidence=" + maxConfidence + " ... eval.TypeModelTraining fit ...");
      w.println(
          "# Features: r: rules' type, c: their confidence in tenths, rc: both, w: a stem of");
      w.println(
          "# the sentence, t: the trigger's stem, tr: with the rules' type, n: a stem within");
      w.println("# three words of the trigger, o: the word after it, to: trigger and that word,");
      w.println("# h: the trigger's lexicon type, hr: with the rules' type, f: its form, s: its");
      w.println("# strength, a: another trigger's type in the sentence, ra: with the rules' type.");
      StringBuilder head = new StringBuilder("# feature");
      for (EventType t : TYPES) {
        head.append('\t').append(t.code());
      }
      w.println(head);
      w.println("margin\t" + margin);
      w.println("max-confidence\t" + maxConfidence);
      w.println(row("bias", m.bias()));
      sorted.forEach(
          (f, v) -> {
            boolean any = false;
            for (double x : v) {
              any |= Math.abs(x) >= 0.0005;
            }
            if (any) {
              w.println(row(f, v));
            }
          });
    }
  }

  private static String row(String key, double[] v) {
    StringBuilder b = new StringBuilder(key);
    for (double x : v) {
      b.append('\t').append(String.format(Locale.ROOT, "%.3f", x));
    }
    return b.toString();
  }
}
