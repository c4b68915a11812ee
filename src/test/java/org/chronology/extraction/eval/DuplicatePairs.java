package org.chronology.extraction.eval;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.chronology.extraction.ArabicEventExtractor;
import org.chronology.extraction.ArticleText;
import org.chronology.extraction.ExtractedEvent;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.pipeline.Document;
import org.chronology.extraction.pipeline.DuplicateFeatures;
import org.chronology.extraction.pipeline.EventDraft;

/**
 * How separable the within-article duplicates the extractor still leaves are: every pair of events
 * it keeps in one article, with word-independent {@link DuplicateFeatures}, labelled by the
 * evaluation's alignment (both aligned to the same gold happening: 1, a duplicate; to different
 * ones: 0; a pair with an event aligned to none is left out). Fits an L2 logistic regression with
 * cross-validation by article and reports the out-of-fold AUC, the pairs above each probability,
 * and the evaluation's counts after folding every later event whose pair with a kept earlier one
 * reaches a threshold (a final learned folding stage, simulated); then the weights fitted on all
 * articles. {@code --pairs FILE} exports the pairs as TSV for other analyses.
 *
 * <p>On d1-406 with extractor 38 (132 duplicate and 5328 distinct pairs; L2 5): out-of-fold AUC
 * 0.88, but only 5 pairs reach 0.5 (3 duplicates) and the simulated stage gains at most 0.0007 F1
 * (4 duplicates fewer, one match lost), no more than noise; on the validation slice the stage at
 * 0.5 folded nothing. Gradient boosting and random forests on the exported pairs did no better (AP
 * 0.18, 8 duplicates among the 20 likeliest pairs), while folding pays only above about 0.56 pair
 * precision. The residual duplicates are of many type pairs (most of them two types) and half have
 * dates that do not overlap: mostly another act told in a sentence the gold gives as evidence of a
 * happening, not a further mention that word-free features can tell.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * org.chronology.extraction.eval.DuplicatePairs ARTICLES GOLD [--pairs TSV] [--l2 5]}
 */
public final class DuplicatePairs {

  static final int FOLDS = 5;
  static double L2 = 1.0;

  /** One article's events, their alignment and the features of every pair. */
  record Article(
      ArticleText text,
      List<GoldEvent> gold,
      List<ExtractedEvent> events,
      List<int[]> pairs,
      List<double[]> x,
      List<Integer> y,
      int fold) {}

  private DuplicatePairs() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    Path goldFile = Path.of(args[1]);
    String pairsOut = option(args, "--pairs");
    if (option(args, "--l2") != null) {
      L2 = Double.parseDouble(option(args, "--l2"));
    }
    ArabicEventExtractor extractor = ArabicEventExtractor.standard();
    DuplicateFeatures features = new DuplicateFeatures(Lexicon.standard());
    List<ArticleText> texts = CorpusArticle.read(corpus);
    Map<String, List<GoldEvent>> gold = GoldFile.read(goldFile, texts);
    List<Article> articles = new ArrayList<>();
    List<String> names = null;
    int n = 0;
    for (ArticleText a : texts) {
      List<GoldEvent> g = gold.get(a.source());
      if (g == null) {
        continue;
      }
      Document doc = extractor.analyse(a);
      List<EventDraft> drafts = ArabicEventExtractor.ordered(doc);
      List<ExtractedEvent> events = new ArrayList<>();
      for (EventDraft d : drafts) {
        events.add(ArabicEventExtractor.toEvent(doc, d));
      }
      Map<ExtractedEvent, GoldEvent> label = new IdentityHashMap<>();
      Evaluation.score(
          a, g, events, label, new ArrayList<>(), new ArrayList<>(), newSet(), new ArrayList<>());
      List<int[]> pairs = new ArrayList<>();
      List<double[]> xs = new ArrayList<>();
      List<Integer> ys = new ArrayList<>();
      for (int j = 0; j < drafts.size(); j++) {
        for (int i = 0; i < j; i++) {
          Map<String, Double> f = features.of(doc, drafts.get(i), drafts.get(j));
          if (names == null) {
            names = List.copyOf(f.keySet());
          }
          GoldEvent gi = label.get(events.get(i));
          GoldEvent gj = label.get(events.get(j));
          pairs.add(new int[] {i, j});
          xs.add(f.values().stream().mapToDouble(Double::doubleValue).toArray());
          ys.add(gi == null || gj == null ? -1 : gi == gj ? 1 : 0);
        }
      }
      articles.add(new Article(a, g, events, pairs, xs, ys, n++ % FOLDS));
    }
    int pos = 0;
    int neg = 0;
    for (Article a : articles) {
      for (int y : a.y()) {
        pos += y == 1 ? 1 : 0;
        neg += y == 0 ? 1 : 0;
      }
    }
    System.out.printf("pairs: %d duplicate, %d distinct%n", pos, neg);
    if (pairsOut != null) {
      writePairs(Path.of(pairsOut), names, articles);
    }
    // out-of-fold probabilities
    Map<Article, double[]> oof = new IdentityHashMap<>();
    for (int k = 0; k < FOLDS; k++) {
      int fold = k;
      double[] w = fit(articles.stream().filter(a -> a.fold() != fold).toList(), names.size());
      for (Article a : articles) {
        if (a.fold() == fold) {
          double[] p = new double[a.x().size()];
          for (int i = 0; i < p.length; i++) {
            p[i] = prob(w, a.x().get(i));
          }
          oof.put(a, p);
        }
      }
    }
    separability(articles, oof);
    double best = 2;
    double bestF1 = simulate(articles, oof, 2, "none");
    double baseF1 = bestF1;
    for (double t = 0.2; t < 0.991; t += 0.05) {
      double f1 = simulate(articles, oof, t, String.format(Locale.ROOT, "%.2f", t));
      if (f1 > bestF1 + 1e-9) {
        bestF1 = f1;
        best = t;
      }
    }
    System.out.printf(
        Locale.ROOT, "best threshold %.2f (CV F1 %.4f, none %.4f)%n", best, bestF1, baseF1);
    double[] w = fit(articles, names.size());
    List<Map.Entry<String, Double>> ranked = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      ranked.add(Map.entry(names.get(i), w[i + 1]));
    }
    ranked.sort((a, b) -> Double.compare(Math.abs(b.getValue()), Math.abs(a.getValue())));
    ranked.forEach(
        e -> System.out.printf(Locale.ROOT, "W %-24s %+.3f%n", e.getKey(), e.getValue()));
  }

  private static Set<ExtractedEvent> newSet() {
    return java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  }

  private static String option(String[] args, String name) {
    for (int i = 2; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return null;
  }

  /** L2-regularised logistic regression by Newton's method; w[0] is the bias (not penalised). */
  static double[] fit(List<Article> data, int features) {
    List<double[]> xs = new ArrayList<>();
    List<Integer> ys = new ArrayList<>();
    for (Article a : data) {
      for (int i = 0; i < a.y().size(); i++) {
        if (a.y().get(i) >= 0) {
          xs.add(a.x().get(i));
          ys.add(a.y().get(i));
        }
      }
    }
    int d = features + 1;
    double[] w = new double[d];
    for (int iter = 0; iter < 30; iter++) {
      double[] g = new double[d];
      double[][] h = new double[d][d];
      for (int r = 0; r < xs.size(); r++) {
        double[] x = xs.get(r);
        double p = prob(w, x);
        double err = p - ys.get(r);
        double s = p * (1 - p);
        for (int i = 0; i < d; i++) {
          double xi = i == 0 ? 1 : x[i - 1];
          g[i] += err * xi;
          for (int j = 0; j < d; j++) {
            h[i][j] += s * xi * (j == 0 ? 1 : x[j - 1]);
          }
        }
      }
      for (int i = 1; i < d; i++) {
        g[i] += L2 * w[i];
        h[i][i] += L2;
      }
      h[0][0] += 1e-6;
      double[] step = solve(h, g);
      double size = 0;
      for (int i = 0; i < d; i++) {
        w[i] -= step[i];
        size = Math.max(size, Math.abs(step[i]));
      }
      if (size < 1e-6) {
        break;
      }
    }
    return w;
  }

  static double prob(double[] w, double[] x) {
    double z = w[0];
    for (int i = 0; i < x.length; i++) {
      z += w[i + 1] * x[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** Gaussian elimination with partial pivoting. */
  private static double[] solve(double[][] a0, double[] b0) {
    int n = b0.length;
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) {
      a[i] = a0[i].clone();
    }
    double[] b = b0.clone();
    for (int c = 0; c < n; c++) {
      int piv = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) {
          piv = r;
        }
      }
      double[] t = a[c];
      a[c] = a[piv];
      a[piv] = t;
      double tb = b[c];
      b[c] = b[piv];
      b[piv] = tb;
      for (int r = c + 1; r < n; r++) {
        double f = a[r][c] / a[c][c];
        for (int k = c; k < n; k++) {
          a[r][k] -= f * a[c][k];
        }
        b[r] -= f * b[c];
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = b[r];
      for (int k = r + 1; k < n; k++) {
        s -= a[r][k] * x[k];
      }
      x[r] = s / a[r][r];
    }
    return x;
  }

  /** AUC and precision/recall of the duplicate label at several thresholds, out of fold. */
  private static void separability(List<Article> articles, Map<Article, double[]> oof) {
    List<double[]> scored = new ArrayList<>(); // {p, y}
    for (Article a : articles) {
      double[] p = oof.get(a);
      for (int i = 0; i < p.length; i++) {
        if (a.y().get(i) >= 0) {
          scored.add(new double[] {p[i], a.y().get(i)});
        }
      }
    }
    scored.sort((u, v) -> Double.compare(v[0], u[0]));
    long pos = scored.stream().filter(s -> s[1] == 1).count();
    long neg = scored.size() - pos;
    double rankSum = 0;
    long negSeen = 0;
    for (double[] s : scored) {
      if (s[1] == 0) {
        negSeen++;
      } else {
        rankSum += neg - negSeen;
      }
    }
    System.out.printf(Locale.ROOT, "CV AUC %.3f%n", rankSum / (pos * (double) neg));
    for (double t = 0.3; t < 0.991; t += 0.1) {
      int tp = 0;
      int fp = 0;
      for (double[] s : scored) {
        if (s[0] >= t) {
          tp += s[1] == 1 ? 1 : 0;
          fp += s[1] == 0 ? 1 : 0;
        }
      }
      System.out.printf(
          Locale.ROOT,
          "CV pairs >= %.1f: %d duplicate, %d distinct (pair precision %.2f, recall %.2f)%n",
          t,
          tp,
          fp,
          tp + fp == 0 ? 1.0 : (double) tp / (tp + fp),
          (double) tp / pos);
    }
  }

  /**
   * The evaluation's counts after the stage's greedy folding at threshold {@code t} with the given
   * probabilities: each later event folds into the earlier kept event it scores highest with.
   */
  private static double simulate(
      List<Article> articles, Map<Article, double[]> oof, double t, String name) {
    Evaluation.Score total = new Evaluation.Score();
    for (Article a : articles) {
      double[] p = oof.get(a);
      Map<Long, Double> byPair = new LinkedHashMap<>();
      for (int i = 0; i < p.length; i++) {
        int[] q = a.pairs().get(i);
        byPair.put((long) q[0] * 10_000 + q[1], p[i]);
      }
      List<Integer> kept = new ArrayList<>();
      for (int j = 0; j < a.events().size(); j++) {
        boolean folded = false;
        for (int i : kept) {
          folded |= byPair.get((long) i * 10_000 + j) >= t;
        }
        if (!folded) {
          kept.add(j);
        }
      }
      List<ExtractedEvent> left = kept.stream().map(a.events()::get).toList();
      total.add(
          Evaluation.score(
              a.text(),
              a.gold(),
              left,
              new IdentityHashMap<>(),
              new ArrayList<>(),
              new ArrayList<>(),
              newSet(),
              new ArrayList<>()));
    }
    System.out.printf(
        Locale.ROOT,
        "SIM %-5s extracted %d matched %d duplicates %d R %.4f P %.4f F1 %.4f%n",
        name,
        total.predicted,
        total.matched,
        total.duplicates(),
        total.recall(),
        total.precision(),
        total.f1());
    return total.f1();
  }

  private static void writePairs(Path out, List<String> names, List<Article> articles)
      throws Exception {
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      w.println("article\ti\tj\tlabel\t" + String.join("\t", names));
      for (Article a : articles) {
        for (int k = 0; k < a.pairs().size(); k++) {
          StringBuilder row = new StringBuilder();
          row.append(a.text().source())
              .append('\t')
              .append(a.pairs().get(k)[0])
              .append('\t')
              .append(a.pairs().get(k)[1])
              .append('\t')
              .append(a.y().get(k));
          for (double v : a.x().get(k)) {
            row.append('\t').append(String.format(Locale.ROOT, "%.3f", v));
          }
          w.println(row);
        }
      }
    }
  }
}
