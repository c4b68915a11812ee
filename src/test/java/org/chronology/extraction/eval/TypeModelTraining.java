package org.chronology.extraction.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronology.extraction.ArabicEventExtractor;
import org.chronology.extraction.ArticleText;
import org.chronology.extraction.EventType;
import org.chronology.extraction.ExtractedEvent;
import org.chronology.extraction.Happening;
import org.chronology.extraction.Span;

/**
 * Measures a learnt event-type model against the rules, honestly.
 *
 * <p>{@code cv ARTICLES GOLD [folds]}: cross-validation by article — the rules' events of each
 * article are labelled with the type of the gold event they overlap; the model is trained on the
 * other folds' articles and scored on the held-out fold against the rules alone (type accuracy, F1,
 * precision, confusion matrices), with the model's type taken only when its probability beats the
 * rules' type's by {@code -Dmargin} (0); {@code -Dbayes=true} for naive Bayes instead of logistic
 * regression ({@code -Dl2}, {@code -Depochs}), {@code -Dkeep=r:,w:} to keep only some feature
 * kinds. {@code errors ARTICLES GOLD}: the rules' type errors with their triggers ({@code
 * -Dall=true}: every labelled event).
 */
public final class TypeModelTraining {

  /** One event of the rules with its features and the gold type it should have (or null). */
  record Example(String article, ExtractedEvent event, Set<String> features, EventType gold) {}

  private static final EventType[] TYPES = EventType.values();

  static double l2 = 1.0;
  static int epochs = 40;

  private TypeModelTraining() {}

  public static Set<String> features(ExtractedEvent e) {
    Span s = e.evidence().sentence();
    Span t = e.evidence().trigger();
    int ts = t == null ? -1 : t.start() - s.start();
    int te = t == null ? -1 : t.end() - s.start();
    Set<String> f = TypeModel.features(e.evidence().text(), ts, te, e.type());
    String keep = System.getProperty("keep");
    if (keep != null) {
      f.removeIf(k -> !keep.contains(k.substring(0, k.indexOf(':') + 1)));
    }
    return f;
  }

  /** The gold type of the happening the event reports: same type as the rules' first. */
  static EventType goldType(ExtractedEvent e, List<GoldEvent> gold) {
    EventType any = null;
    for (GoldEvent g : gold) {
      if (g.overlaps(e.evidence().sentence())) {
        if (g.type() == e.type()) {
          return g.type();
        }
        if (any == null) {
          any = g.type();
        }
      }
    }
    return any;
  }

  /**
   * Naive Bayes: the rules' type gives the prior P(type | rules' type) (add-one), each other
   * feature its add-alpha likelihood P(feature | type), scaled by {@code wordScale}.
   */
  static TypeModel trainBayes(List<Example> data) {
    double alpha = Double.parseDouble(System.getProperty("alpha", "1"));
    double scale = Double.parseDouble(System.getProperty("wordScale", "1"));
    List<Example> labelled = data.stream().filter(x -> x.gold() != null).toList();
    int k = TYPES.length;
    double[][] ruleCounts = new double[k][k];
    Map<String, double[]> counts = new HashMap<>();
    double[] totals = new double[k];
    for (Example x : labelled) {
      int y = x.gold().ordinal();
      ruleCounts[x.event().type().ordinal()][y]++;
      for (String f : x.features()) {
        if (f.startsWith("r:")) {
          continue;
        }
        counts.computeIfAbsent(f, z -> new double[k])[y]++;
        totals[y]++;
      }
    }
    Map<String, double[]> w = new HashMap<>();
    int v = counts.size();
    counts.forEach(
        (f, c) -> {
          double[] wf = new double[k];
          for (int y = 0; y < k; y++) {
            wf[y] = scale * Math.log((c[y] + alpha) / (totals[y] + alpha * v));
          }
          w.put(f, wf);
        });
    for (EventType r : TYPES) {
      double[] wf = new double[k];
      double sum = 0;
      for (int y = 0; y < k; y++) {
        sum += ruleCounts[r.ordinal()][y] + 1;
      }
      for (int y = 0; y < k; y++) {
        wf[y] = Math.log((ruleCounts[r.ordinal()][y] + 1) / sum);
      }
      w.put("r:" + r.code(), wf);
    }
    return new TypeModel(w, new double[k]);
  }

  /** Multinomial logistic regression with an L2 penalty, trained by AdaGrad. */
  static TypeModel train(List<Example> data) {
    if (Boolean.getBoolean("bayes")) {
      return trainBayes(data);
    }
    Map<String, double[]> w = new HashMap<>();
    Map<String, double[]> g2 = new HashMap<>();
    double[] bias = new double[TYPES.length];
    double[] bias2 = new double[TYPES.length];
    List<Example> labelled = data.stream().filter(x -> x.gold() != null).toList();
    for (Example x : labelled) {
      for (String f : x.features()) {
        w.computeIfAbsent(f, k -> new double[TYPES.length]);
        g2.computeIfAbsent(f, k -> new double[TYPES.length]);
      }
    }
    double rate = 0.5;
    int n = labelled.size();
    java.util.Random random = new java.util.Random(7);
    List<Example> order = new ArrayList<>(labelled);
    for (int epoch = 0; epoch < epochs; epoch++) {
      java.util.Collections.shuffle(order, random);
      for (Example x : order) {
        TypeModel m = new TypeModel(w, bias);
        double[] p = m.probabilities(x.features());
        int y = x.gold().ordinal();
        for (int k = 0; k < TYPES.length; k++) {
          double grad = p[k] - (k == y ? 1 : 0);
          bias2[k] += grad * grad;
          bias[k] -= rate * grad / Math.sqrt(bias2[k] + 1e-8);
          for (String f : x.features()) {
            double[] wf = w.get(f);
            double[] gf = g2.get(f);
            double gk = grad + l2 * wf[k] / n;
            gf[k] += gk * gk;
            wf[k] -= rate * gk / Math.sqrt(gf[k] + 1e-8);
          }
        }
      }
    }
    return new TypeModel(w, bias);
  }

  static double margin = 0;

  /** The model's type when it beats the rules' type by more than the margin. */
  static EventType decide(TypeModel m, ExtractedEvent e) {
    double[] p = m.probabilities(features(e));
    EventType best = m.best(features(e));
    return p[best.ordinal()] - p[e.type().ordinal()] > margin ? best : e.type();
  }

  static ExtractedEvent retyped(ExtractedEvent e, EventType t) {
    Happening h = e.happening();
    Happening nh =
        new Happening(t, h.status(), h.title(), h.confidence(), h.date(), h.actors(), h.location());
    return new ExtractedEvent(
        e.articleSource(), nh, e.evidence(), e.extractorVersion(), e.alsoReportedIn());
  }

  /** Scores of one fold's articles with the given events; fills the confusion matrix gold×given. */
  static Evaluation.Score score(
      List<ArticleText> articles,
      Map<String, List<GoldEvent>> gold,
      Map<String, List<ExtractedEvent>> events,
      int[][] confusion) {
    Evaluation.Score total = new Evaluation.Score();
    for (ArticleText a : articles) {
      Map<ExtractedEvent, GoldEvent> label = new IdentityHashMap<>();
      Set<ExtractedEvent> right = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      List<ExtractedEvent> ev = events.get(a.source());
      Evaluation.Score s =
          Evaluation.score(
              a,
              gold.get(a.source()),
              ev,
              label,
              new ArrayList<>(),
              new ArrayList<>(),
              right,
              new ArrayList<>());
      for (ExtractedEvent e : right) {
        confusion[label.get(e).type().ordinal()][e.type().ordinal()]++;
      }
      total.add(s);
    }
    return total;
  }

  static String matrix(int[][] m) {
    StringBuilder b = new StringBuilder("gold\\got ");
    for (EventType t : TYPES) {
      b.append(String.format("%6.6s", t.code()));
    }
    b.append('\n');
    for (EventType g : TYPES) {
      b.append(String.format("%-9.9s ", g.code()));
      for (EventType t : TYPES) {
        b.append(String.format("%6d", m[g.ordinal()][t.ordinal()]));
      }
      b.append('\n');
    }
    return b.toString();
  }

  static List<Example> examples(
      ArabicEventExtractor x,
      List<ArticleText> articles,
      Map<String, List<GoldEvent>> gold,
      Map<String, List<ExtractedEvent>> cache) {
    List<Example> out = new ArrayList<>();
    for (ArticleText a : articles) {
      List<GoldEvent> g = gold.get(a.source());
      List<ExtractedEvent> ev = x.extract(a);
      cache.put(a.source(), ev);
      for (ExtractedEvent e : ev) {
        out.add(new Example(a.source(), e, features(e), goldType(e, g)));
      }
    }
    return out;
  }

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    List<ArticleText> all = CorpusArticle.read(Path.of(args[1]));
    Map<String, List<GoldEvent>> gold = GoldFile.read(Path.of(args[2]), all);
    List<ArticleText> articles = all.stream().filter(a -> gold.containsKey(a.source())).toList();
    if (System.getProperty("l2") != null) {
      l2 = Double.parseDouble(System.getProperty("l2"));
    }
    if (System.getProperty("epochs") != null) {
      epochs = Integer.parseInt(System.getProperty("epochs"));
    }
    if (System.getProperty("margin") != null) {
      margin = Double.parseDouble(System.getProperty("margin"));
    }
    ArabicEventExtractor x = ArabicEventExtractor.standard();
    Map<String, List<ExtractedEvent>> cache = new LinkedHashMap<>();
    List<Example> data = examples(x, articles, gold, cache);
    if (mode.equals("errors")) {
      // the rules' type errors, with the trigger each event was read from
      for (Example e : data) {
        if (e.gold() != null && (Boolean.getBoolean("all") || e.gold() != e.event().type())) {
          Span s = e.event().evidence().sentence();
          Span t = e.event().evidence().trigger();
          String text = a(all, e.article()).text();
          System.out.printf(
              "%s -> %s\t[%s]\t%s\t%s%n",
              e.gold().code(),
              e.event().type().code(),
              t == null ? "" : text.substring(t.start(), t.end()),
              e.article(),
              e.event().evidence().text().replace('\n', ' '));
        }
      }
      return;
    }
    // -Dnewest=167: one split instead, training on the older articles, scoring on d167 onwards
    int newest = Integer.getInteger("newest", 0);
    int folds = newest > 0 ? 1 : args.length > 3 ? Integer.parseInt(args[3]) : 5;
    int[][] rulesConf = new int[TYPES.length][TYPES.length];
    int[][] modelConf = new int[TYPES.length][TYPES.length];
    Evaluation.Score rulesAll = new Evaluation.Score();
    Evaluation.Score modelAll = new Evaluation.Score();
    for (int f = 0; f < folds; f++) {
      final int fold = f;
      List<ArticleText> held = new ArrayList<>();
      List<String> heldNames = new ArrayList<>();
      for (int i = 0; i < articles.size(); i++) {
        if (newest > 0 ? number(articles.get(i).source()) >= newest : i % folds == fold) {
          held.add(articles.get(i));
          heldNames.add(articles.get(i).source());
        }
      }
      List<Example> trainSet = data.stream().filter(e -> !heldNames.contains(e.article())).toList();
      TypeModel m = train(trainSet);
      Map<String, List<ExtractedEvent>> relabelled = new HashMap<>();
      for (ArticleText a : held) {
        List<ExtractedEvent> ev = new ArrayList<>();
        for (ExtractedEvent e : cache.get(a.source())) {
          ev.add(retyped(e, decide(m, e)));
        }
        relabelled.put(a.source(), ev);
      }
      Evaluation.Score r = score(held, gold, cache, rulesConf);
      Evaluation.Score s = score(held, gold, relabelled, modelConf);
      rulesAll.add(r);
      modelAll.add(s);
      System.out.printf(
          "fold %d (%d articles, %d training events)%n  rules  %s%n  model  %s%n",
          fold, held.size(), trainSet.size(), r, s);
    }
    System.out.println("ALL rules  " + rulesAll);
    System.out.println("ALL model  " + modelAll);
    System.out.printf(
        "type right: rules %d/%d, model %d/%d%n",
        rulesAll.typeCorrect, rulesAll.matched, modelAll.typeCorrect, modelAll.matched);
    System.out.printf(
        "exact: rules matched %d predicted %d F1 %.4f type %.4f | model F1 %.4f type %.4f%n",
        rulesAll.matched,
        rulesAll.predicted,
        rulesAll.f1(),
        rulesAll.typeAccuracy(),
        modelAll.f1(),
        modelAll.typeAccuracy());
    System.out.println("rules confusion (held-out folds)\n" + matrix(rulesConf));
    System.out.println("model confusion (held-out folds)\n" + matrix(modelConf));
  }

  private static int number(String source) {
    return Integer.parseInt(source.replaceAll("^d(\\d+).*", "$1"));
  }

  private static ArticleText a(List<ArticleText> all, String source) {
    return all.stream().filter(x -> x.source().equals(source)).findFirst().orElseThrow();
  }
}
